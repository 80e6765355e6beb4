package org.nodevspython.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;

/**
 * The files of a published site as the bake left them (size and time of each), so that an incremental bake can
 * start from them: it fills its staging folder with links to the published files (a copy where the file system
 * has no hard links), writes again only the files its edit changed, and swaps the folder in like any bake. A
 * published site changed by anything else than the bake (deleted, cleaned) is not used: the whole site is baked.
 */
final class PublishedFiles {

    private record Stamp(long size, long modified, Object key) {
    }

    private final Map<String, Stamp> files;

    private PublishedFiles(Map<String, Stamp> files) {
        this.files = files;
    }

    /** The files of {@code site} as they are now. */
    static PublishedFiles of(Path site) {
        Map<String, Stamp> files = new HashMap<>();
        walk(site, (relative, file, attributes) -> {
            files.put(relative, stamp(attributes));
            return attributes.isRegularFile();
        });
        return new PublishedFiles(files);
    }

    /**
     * The record after the files {@code rewritten} (paths in the site) were written again, the others kept: saves
     * walking a site of thousands of files after an edit wrote two of them. A file written and not named here is
     * seen as changed by the next {@link #linkInto}, and the whole site is written then.
     */
    PublishedFiles with(Path site, java.util.Collection<String> rewritten) {
        Map<String, Stamp> files = new HashMap<>(this.files);
        for (String file : rewritten) {
            try {
                files.put(file, stamp(Files.readAttributes(site.resolve(file), BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS)));
            } catch (IOException e) {
                files.remove(file);
            }
        }
        return new PublishedFiles(files);
    }

    /**
     * Fills the empty {@code staging} folder with the published files of {@code site}, linked; false (staging
     * left half filled, for the caller to abandon) when the site is not as this record says.
     */
    boolean linkInto(Path site, Path staging) {
        Map<String, Stamp> seen = new HashMap<>();
        boolean same = walk(site, (relative, file, attributes) -> {
            Stamp stamp = stamp(attributes);
            if (!attributes.isRegularFile() || !stamp.equals(files.get(relative))) {
                return false;
            }
            seen.put(relative, stamp);
            Path target = staging.resolve(relative);
            try {
                Files.createDirectories(target.getParent());
                try {
                    Files.createLink(target, file);
                } catch (UnsupportedOperationException | FileSystemException e) {
                    Files.copy(file, target);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prepare " + target, e);
            }
            return true;
        });
        return same && seen.size() == files.size();
    }

    /**
     * Makes a file of the staging folder its own before a step writes it: a linked file shares its bytes with the
     * published one, which writing in place would change under the readers of the site.
     */
    static void release(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + file, e);
        }
    }

    private static Stamp stamp(BasicFileAttributes attributes) {
        return new Stamp(attributes.size(), attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                attributes.fileKey());
    }

    private interface Visit {
        /** @return whether to go on */
        boolean file(String relative, Path file, BasicFileAttributes attributes);
    }

    /** Visits every file below {@code site} (a folder, or anything else a bake never writes, too); false when a visit stopped. */
    private static boolean walk(Path site, Visit visit) {
        if (!Files.isDirectory(site)) {
            return true;
        }
        boolean[] complete = {true};
        try {
            Files.walkFileTree(site, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (visit.file(site.relativize(file).toString().replace('\\', '/'), file, attributes)) {
                        return FileVisitResult.CONTINUE;
                    }
                    complete[0] = false;
                    return FileVisitResult.TERMINATE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + site, e);
        }
        return complete[0];
    }
}
