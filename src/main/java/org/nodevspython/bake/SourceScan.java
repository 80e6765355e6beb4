package org.nodevspython.bake;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.nodevspython.config.SiteConfig;

/**
 * The sources of a bake as they are now, read in one go: the bytes of every page file (in the order the
 * bake reads them), and one digest of everything else a bake reads ({@code jbake.properties}, templates/, data/,
 * assets/, and the other files of content/). The incremental preview compares two scans to tell what an edit
 * changed: a page (read again and compared), or anything else (the whole site is baked again).
 */
final class SourceScan {

    /** A page file and its bytes, read once: kept, and compared with the next scan's (cheaper than a digest, and exact). */
    record PageSource(File file, byte[] bytes) {

        boolean same(byte[] others) {
            return java.util.Arrays.equals(bytes, others);
        }
    }

    private final Map<String, PageSource> pages;
    private final String others;
    private final boolean unusual;

    private SourceScan(Map<String, PageSource> pages, String others, boolean unusual) {
        this.pages = pages;
        this.others = others;
        this.unusual = unusual;
    }

    /**
     * @param pageFiles the files the bake reads as pages (see {@code ReadPages.files()}), in its order
     */
    static SourceScan of(Path project, SiteConfig config, List<File> pageFiles) {
        Path content = config.contentFolder();
        Map<String, PageSource> pages = new LinkedHashMap<>();
        boolean unusual = false;
        for (File file : pageFiles) {
            Path path = file.toPath().toAbsolutePath().normalize();
            String sourcePath = content.toAbsolutePath().normalize().relativize(path).toString().replace(File.separatorChar, '/');
            // another page format than Markdown: the bake refuses it, which the full bake reports
            unusual |= !sourcePath.endsWith(".md");
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(path);
            } catch (IOException e) {
                unusual = true; // unreadable: the full bake says why
                bytes = new byte[0];
            }
            pages.put(sourcePath, new PageSource(file, bytes));
        }
        Set<Path> pagePaths = pageFiles.stream().map(f -> f.toPath().toAbsolutePath().normalize()).collect(Collectors.toSet());
        Others others = new Others();
        others.file(project.resolve(SiteConfig.FILE), "jbake.properties");
        others.tree(config.templateFolder(), "templates", true, Set.of());
        others.tree(config.dataFolder(), "data", true, Set.of());
        others.tree(config.assetFolder(), "assets", false, Set.of());
        others.tree(content, "content", false, pagePaths);
        return new SourceScan(pages, others.digest(), unusual || others.unusual);
    }

    /** Every page file by its path below the content folder ({@code en/nodejs.md}), in the bake's order. */
    Map<String, PageSource> pages() {
        return pages;
    }

    /** The digest of every source that is not a page file: equal digests, equal files. */
    String others() {
        return others;
    }

    /**
     * Whether the sources hold something only a full bake reports rightly: a symbolic link, a file that cannot be
     * read, a page in another format than Markdown.
     */
    boolean unusual() {
        return unusual;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The digest of the other sources: each file's path and bytes, in the order of their paths. */
    private static final class Others {
        private final Map<String, Path> files = new TreeMap<>();
        private boolean unusual;

        void file(Path file, String name) {
            if (Files.isSymbolicLink(file)) {
                unusual = true;
            } else if (Files.isRegularFile(file)) {
                files.put(name, file);
            }
        }

        /** @param hidden whether the bake reads hidden files of this folder too (a template may include any file) */
        void tree(Path folder, String name, boolean hidden, Set<Path> skip) {
            if (Files.isSymbolicLink(folder)) {
                unusual = true;
                return;
            }
            if (!Files.isDirectory(folder)) {
                return;
            }
            try {
                Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isSymbolicLink() || attributes.isOther()) {
                            unusual = true; // refused by the bake: let the full bake report it
                            return FileVisitResult.CONTINUE;
                        }
                        Path relative = folder.relativize(file);
                        if (!attributes.isRegularFile() || skip.contains(file.toAbsolutePath().normalize())
                                || (!hidden && isHidden(relative))) {
                            return FileVisitResult.CONTINUE;
                        }
                        files.put(name + "/" + relative.toString().replace(File.separatorChar, '/'), file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        unusual = true;
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder, e);
            }
        }

        String digest() {
            MessageDigest digest = sha256();
            List<String> names = new ArrayList<>(files.keySet());
            for (String name : names) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(files.get(name));
                } catch (IOException e) {
                    unusual = true;
                    continue;
                }
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Long.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        }

        private static boolean isHidden(Path relative) {
            for (Path part : relative) {
                if (part.toString().startsWith(".")) {
                    return true;
                }
            }
            return false;
        }
    }
}
