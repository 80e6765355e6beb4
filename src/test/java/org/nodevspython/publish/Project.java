package org.nodevspython.publish;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The project folder the tests run in (Maven's basedir), and its files as text. */
final class Project {

    private Project() {
    }

    static Path dir() {
        String basedir = System.getProperty("basedir");
        Path dir = Paths.get(basedir != null ? basedir : System.getProperty("user.dir")).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(dir.resolve("pom.xml")), "not the project folder: " + dir);
        return dir;
    }

    static Path file(String relative) {
        Path file = dir().resolve(relative);
        assertTrue(Files.isRegularFile(file), "missing: " + relative);
        return file;
    }

    static String read(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
