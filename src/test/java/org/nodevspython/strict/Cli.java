package org.nodevspython.strict;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.nodevspython.cli.SiteCommand;

/** Runs the command line in this JVM and keeps what it printed. */
public final class Cli {

    /** The exit code and the output of one run. */
    public record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit code " + code + System.lineSeparator() + "stdout:" + System.lineSeparator() + out
                    + "stderr:" + System.lineSeparator() + err;
        }
    }

    private Cli() {
    }

    public static Run run(String... args) {
        return runWith(null, args);
    }

    /** Runs with these environment variables (and no other) instead of the process's. */
    public static synchronized Run runWith(java.util.Map<String, String> environment, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            code = environment == null ? SiteCommand.execute(args) : SiteCommand.execute(environment::get, args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Run(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    }
}
