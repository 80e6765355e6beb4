package org.nodevspython.history;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real git repository for the tests that read history: commands run with fixed dates, none of the machine's config. */
public final class TestGit {

    private TestGit() {
    }

    /** Commits everything in the folder, dated {@code date} (ISO 8601, e.g. 2026-11-20T10:00:00Z). */
    public static void commit(Path root, String date, String message) {
        git(root, date, "add", "-A");
        git(root, date, "-c", "user.name=Contributor", "-c", "user.email=contributor@example.org", "commit", "-q", "-m", message);
    }

    /** Runs git in the folder; fails the test if it fails. */
    public static String git(Path root, String date, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        if (date != null) {
            builder.environment().put("GIT_AUTHOR_DATE", date);
            builder.environment().put("GIT_COMMITTER_DATE", date);
        }
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        try {
            Process git = builder.start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(git.waitFor(60, TimeUnit.SECONDS) && git.exitValue() == 0, "git " + command + ":\n" + out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
