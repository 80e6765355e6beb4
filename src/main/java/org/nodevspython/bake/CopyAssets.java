package org.nodevspython.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.nodevspython.config.Sources;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;

/**
 * Copies the files published as they are: every file of assets/, and the images of content/ next to
 * their pages (the only other files content/ may hold). Hidden files (an editor's or a system's) are
 * left out. A file that cannot be copied is reported at itself, with the reason in the site's terms.
 */
final class CopyAssets {

    private CopyAssets() {
    }

    static void copy(Sources sources, List<String> imageExtensions, Path output, Problems problems) {
        copyTree(sources.config().assetFolder(), output, file -> true, problems);
        copyTree(sources.config().contentFolder(), output,
                file -> imageExtensions.contains(extension(file)), problems);
    }

    private static void copyTree(Path folder, Path output, java.util.function.Predicate<Path> wanted, Problems problems) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).filter(f -> !hidden(folder, f))
                    .filter(wanted).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        for (Path file : files) {
            Path target = output.resolve(folder.relativize(file).toString());
            try {
                if (Files.isDirectory(target)) {
                    throw new FileAlreadyExistsException(target.toString(), null, "a folder of the site");
                }
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (FileAlreadyExistsException e) {
                problems.report(Rule.ASSET_NOT_COPIED, file, 0, 0, "the site already has a folder "
                        + output.relativize(target).toString().replace('\\', '/') + "/ (pages of a language?) where it would go");
            } catch (IOException e) {
                problems.report(Rule.ASSET_NOT_COPIED, file, 0, 0, e.getClass().getSimpleName() + " "
                        + String.valueOf(e.getMessage()).replace(output.toString(), "the site").replace(folder.toString(), "its folder"));
            }
        }
    }

    /** Whether a file, or a folder it is in below {@code root}, is hidden (its name starts with a dot). */
    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
