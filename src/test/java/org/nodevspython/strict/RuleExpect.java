package org.nodevspython.strict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.nodevspython.rules.BuildFailedException;
import org.nodevspython.rules.Problem;
import org.nodevspython.rules.Rule;

/**
 * Expected problems together with the rule of the registry they break: a fixture test names
 * the rule it feeds ({@code Rule.CHART_NO_ROWS}), so the registry's test knows the rule is fed.
 */
public final class RuleExpect {

    private RuleExpect() {
    }

    /** The bake failed with exactly {@code expected} as its only error, and that error breaks {@code rule}. */
    public static Problem only(Rule rule, BuildFailedException failure, Expect.Error expected) {
        Expect.onlyErrors(failure, expected);
        return is(rule, failure.problems(), expected);
    }

    /**
     * The bake failed with {@code expected}, which breaks {@code rule}; every other error matches one of
     * {@code allowed}: consequences of the mutation that may or may not be reported.
     */
    public static Problem among(Rule rule, BuildFailedException failure, Expect.Error expected, Expect.Error... allowed) {
        Expect.errors(failure.problems(), List.of(expected), Arrays.asList(allowed));
        return is(rule, failure.problems(), expected);
    }

    /** The one problem matching {@code expected} breaks {@code rule}. */
    public static Problem is(Rule rule, List<Problem> problems, Expect.Error expected) {
        Problem problem = Expect.the(problems, expected);
        assertEquals(rule, problem.rule(), "the rule of " + problem);
        return problem;
    }

    /**
     * Makes a file unreadable (mode 000); skips the test when that does not stop this process from
     * reading it, as for root, which reads any file whatever its mode.
     */
    public static void makeUnreadable(Path file) {
        try {
            Files.setPosixFilePermissions(file, Set.of());
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions on this file system");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean readable;
        try {
            Files.readAllBytes(file);
            readable = true;
        } catch (AccessDeniedException e) {
            readable = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assumeTrue(!readable, "this process reads a file of mode 000 (it runs as root): " + file);
    }
}
