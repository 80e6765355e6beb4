package org.nodevspython.strict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.nodevspython.bake.Bakery;
import org.nodevspython.rules.BuildFailedException;

/**
 * A copy of the real project (content/, data/, templates/, assets/, jbake.properties) in a
 * temporary folder, ready for one small mutation and a bake into {@code target/site}.
 * Every edit fails when the text it edits is gone, so a fixture cannot go stale silently
 * after the real content changes.
 */
public final class Fixture {

    private static final List<String> PROJECT_FILES = List.of("content", "data", "templates", "assets", "jbake.properties");

    private final Path root;

    private Fixture(Path root) {
        this.root = root;
    }

    /** The project the tests run in: Maven's basedir. */
    public static Path realProject() {
        String basedir = System.getProperty("basedir");
        Path dir = Paths.get(basedir != null ? basedir : System.getProperty("user.dir")).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(dir.resolve("jbake.properties")), "not the project folder: " + dir);
        return dir;
    }

    /** Copies the sources of the real project into {@code folder} (a JUnit {@code @TempDir}). */
    public static Fixture copyOfRealProject(Path folder) {
        Path from = realProject();
        for (String name : PROJECT_FILES) {
            copy(from.resolve(name), folder.resolve(name));
        }
        return new Fixture(folder.toAbsolutePath().normalize());
    }

    /** Copies a file or a folder with everything below it. */
    public static void copy(Path source, Path target) {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path to = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(path, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path path(String relPath) {
        return root.resolve(relPath);
    }

    /** Where {@link #bake()} writes the site. */
    public Path output() {
        return root.resolve("target/site");
    }

    public String read(String relPath) {
        try {
            return Files.readString(path(relPath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code from}; fails when it is absent or not unique. */
    public Fixture replaceInFile(String relPath, String from, String to) {
        String text = read(relPath);
        int at = text.indexOf(from);
        if (at < 0) {
            fail("the fixture is stale: " + relPath + " no longer contains: " + from);
        }
        if (text.indexOf(from, at + 1) >= 0) {
            fail("the fixture is ambiguous: " + relPath + " contains more than once: " + from);
        }
        return write(relPath, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    /** Replaces the one line that starts with {@code prefix} (without its line break) by {@code line}. */
    public Fixture replaceLineStartingWith(String relPath, String prefix, String line) {
        List<String> matches = read(relPath).lines().filter(l -> l.startsWith(prefix)).toList();
        if (matches.size() != 1) {
            fail("the fixture expects one line starting with '" + prefix + "' in " + relPath + ", found " + matches);
        }
        return replaceInFile(relPath, matches.get(0) + "\n", line.isEmpty() ? "" : line + "\n");
    }

    /** Inserts {@code text} right before the one occurrence of {@code before}. */
    public Fixture insertBefore(String relPath, String before, String text) {
        return replaceInFile(relPath, before, text + before);
    }

    /** Inserts {@code text} right after the one occurrence of {@code after}. */
    public Fixture insertAfter(String relPath, String after, String text) {
        return replaceInFile(relPath, after, after + text);
    }

    public Fixture write(String relPath, String text) {
        return writeBytes(relPath, text.getBytes(StandardCharsets.UTF_8));
    }

    public Fixture writeBytes(String relPath, byte[] bytes) {
        try {
            Files.createDirectories(path(relPath).getParent());
            Files.write(path(relPath), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Fixture delete(String relPath) {
        try {
            assertTrue(Files.deleteIfExists(path(relPath)), "the fixture is stale: no file " + relPath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Bakes with strict=false, so that a fixture editing a Portuguese page does not also fail for
     * the translation it leaves behind (a warning then), and returns the failure; fails if the bake succeeds.
     */
    public BuildFailedException bake() {
        return bake(false);
    }

    public BuildFailedException bake(boolean strict) {
        try {
            Bakery.Result result = new Bakery(root, strict).bake(output());
            return fail("the bake was expected to fail but succeeded, warnings: " + result.warnings());
        } catch (BuildFailedException e) {
            return e;
        }
    }

    /** Bakes and expects success. */
    public Bakery.Result bakeSucceeds(boolean strict) {
        try {
            return new Bakery(root, strict).bake(output());
        } catch (BuildFailedException e) {
            return fail("the bake was expected to succeed but failed:" + System.lineSeparator() + Expect.list(e.problems()));
        }
    }

    /** The 1-based line of the one occurrence of {@code text} in the file as it is now. */
    public int lineOf(String relPath, String text) {
        String content = read(relPath);
        int at = unique(relPath, content, text);
        return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The 1-based column (in characters) of the one occurrence of {@code text}. */
    public int columnOf(String relPath, String text) {
        String content = read(relPath);
        int at = unique(relPath, content, text);
        int lineStart = content.lastIndexOf('\n', at - 1) + 1;
        return content.codePointCount(lineStart, at) + 1;
    }

    private static int unique(String relPath, String content, String text) {
        int at = content.indexOf(text);
        if (at < 0) {
            fail(relPath + " does not contain: " + text);
        }
        if (content.indexOf(text, at + 1) >= 0) {
            fail(relPath + " contains more than once: " + text);
        }
        return at;
    }

    /** Every file below {@code folder} by relative path (with '/'), with its bytes. */
    public static Map<String, byte[]> snapshot(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Asserts two snapshots hold the same paths and, for each, the same bytes. */
    public static void assertSameTree(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what + ": the files differ");
        for (Map.Entry<String, byte[]> file : expected.entrySet()) {
            if (!java.util.Arrays.equals(file.getValue(), actual.get(file.getKey()))) {
                fail(what + ": " + file.getKey() + " differs");
            }
        }
    }
}
