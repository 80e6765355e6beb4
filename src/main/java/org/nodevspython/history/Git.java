package org.nodevspython.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs the {@code git} command: the history is optional, so every failure is an empty answer, never an exception. */
public final class Git {

    private static final long TIMEOUT_SECONDS = 30;

    private Git() {
    }

    /** The output of a command run in {@code folder}, or empty when it fails (git missing, not a checkout, a timeout). */
    public static Optional<String> run(Path folder, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            // read before waiting: a long log would otherwise fill the pipe and never end
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroy();
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
