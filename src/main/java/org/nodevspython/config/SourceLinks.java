package org.nodevspython.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;

/**
 * No symbolic link in the project's sources: the build runs on the pull requests of anyone, on a
 * machine that holds other things than the project, and a link added under assets/ (or content/,
 * templates/, data/) would copy whatever it points to into the published site (Jekyll's safe mode
 * refuses links for the same reason). Every link is refused, wherever it points: simpler to
 * explain than "links inside the project only", and no site needs one.
 */
final class SourceLinks {

    private SourceLinks() {
    }

    /** Reports every symbolic link at or below each of {@code sources}, without following any. */
    static void refuse(Path project, List<Path> sources, Problems problems) {
        for (Path source : sources) {
            if (Files.isSymbolicLink(source)) {
                report(project, source, problems);
                continue;
            }
            if (!Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(source)) {
                paths.filter(Files::isSymbolicLink).sorted().forEach(link -> report(project, link, problems));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + source, e);
            }
        }
    }

    private static void report(Path project, Path link, Problems problems) {
        String target;
        try {
            target = Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            target = "?";
        }
        problems.report(Rule.SYMBOLIC_LINK, link, 0, 0, project.relativize(link).toString().replace('\\', '/'), target);
    }
}
