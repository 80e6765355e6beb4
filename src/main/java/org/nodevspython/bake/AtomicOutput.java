package org.nodevspython.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.nodevspython.files.FileTrees;

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
        FileTrees.delete(staging);
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
        FileTrees.delete(old);
        try {
            if (Files.exists(output)) {
                move(output, old);
            }
            move(staging, output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new site into " + output, e);
        }
        FileTrees.delete(old);
    }

    /** Drops the staging folder; the output is not touched. */
    public void abandon() {
        FileTrees.delete(staging);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
