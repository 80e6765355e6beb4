package org.nodevspython.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The site is baked into a staging folder next to the output and swapped in only after every
 * check passed; a failed build deletes its staging folder and leaves the last good site
 * exactly as it was, so a reader or a preview never sees half a site.
 */
public final class AtomicOutput {

    private final Path output;
    private final Path staging;

    public AtomicOutput(Path output) {
        this.output = output.toAbsolutePath().normalize();
        this.staging = this.output.resolveSibling(this.output.getFileName() + ".staging");
    }

    /** A fresh, empty staging folder. */
    public Path begin() {
        delete(staging);
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + staging, e);
        }
        return staging;
    }

    /** Replaces the output with the staging folder. */
    public void commit() {
        Path old = output.resolveSibling(output.getFileName() + ".old");
        delete(old);
        try {
            if (Files.exists(output)) {
                move(output, old);
            }
            move(staging, output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new site into " + output, e);
        }
        delete(old);
    }

    /** Drops the staging folder; the output is not touched. */
    public void abandon() {
        delete(staging);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }
}
