package org.nodevspython.i18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The last commit that changed a source page, to say since which change a translation is behind.
 * Only when the project is a git checkout with git installed: the build itself never needs git.
 */
public final class SourceHistory {

    private SourceHistory() {
    }

    /** e.g. {@code 1a2b3c4 2026-11-26 "Fix the Python page"}, or empty outside a git checkout. */
    public static Optional<String> lastChange(Path project, Path file) {
        if (!Files.exists(project.resolve(".git"))) {
            return Optional.empty();
        }
        ProcessBuilder git = new ProcessBuilder("git", "log", "-1", "--format=%h %ad \"%s\"", "--date=short", "--",
                project.relativize(file.toAbsolutePath().normalize()).toString())
                .directory(project.toFile()).redirectErrorStream(true);
        try {
            Process process = git.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(5, TimeUnit.SECONDS) || process.exitValue() != 0 || out.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(out);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
