package org.nodevspython.strict;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.nodevspython.rules.BuildFailedException;
import org.nodevspython.rules.Problem;

/** Expected problems of a failed bake, and the assertions that compare them with what it reported. */
public final class Expect {

    /** Any line or column. */
    public static final int ANY = -1;

    private Expect() {
    }

    /**
     * One expected problem.
     *
     * @param line        1-based line, 0 for "the whole file", {@link #ANY} not checked
     * @param column      1-based column, 0 for "unknown", {@link #ANY} not checked
     * @param messagePart a distinctive part of the message
     * @param fixPart     a part of the fix, or null
     */
    public record Error(String file, int line, int column, String messagePart, String fixPart, Problem.Severity severity) {

        public Error fix(String part) {
            return new Error(file, line, column, messagePart, part, severity);
        }

        public Error warning() {
            return new Error(file, line, column, messagePart, fixPart, Problem.Severity.WARNING);
        }

        public boolean matches(Problem problem) {
            return problem.severity() == severity
                    && (file == null || problem.file().toString().replace('\\', '/').equals(file))
                    && (line == ANY || problem.line() == line)
                    && (column == ANY || problem.column() == column)
                    && problem.message().contains(messagePart)
                    && (fixPart == null || (problem.fix() != null && problem.fix().contains(fixPart)));
        }

        @Override
        public String toString() {
            return (file == null ? "*" : file) + ":" + (line == ANY ? "*" : line) + ":" + (column == ANY ? "*" : column) + ": "
                    + severity.name().toLowerCase() + ": …" + messagePart + "…" + (fixPart == null ? "" : " (…" + fixPart + "…)");
        }
    }

    public static Error error(String file, int line, int column, String messagePart) {
        return new Error(file, line, column, messagePart, null, Problem.Severity.ERROR);
    }

    /** An error in any file, at any place: for consequences of a mutation whose places depend on the content. */
    public static Error anywhere(String messagePart) {
        return error(null, ANY, ANY, messagePart);
    }

    public static Error error(String file, int line, String messagePart) {
        return error(file, line, ANY, messagePart);
    }

    /** The errors of the failed bake are exactly {@code expected}, in any order; warnings are ignored. */
    public static void onlyErrors(BuildFailedException failure, Error... expected) {
        errors(failure.problems(), Arrays.asList(expected), List.of());
    }

    /**
     * Every {@code required} error is reported, each by its own problem, and every other error
     * matches one of {@code allowed}: consequences of the mutation that may or may not be reported.
     */
    public static void errors(List<Problem> problems, List<Error> required, List<Error> allowed) {
        List<Problem> errors = new ArrayList<>(problems.stream().filter(Problem::isError).toList());
        List<Error> missing = new ArrayList<>();
        for (Error want : required) {
            Problem match = errors.stream().filter(want::matches).findFirst().orElse(null);
            if (match == null) {
                missing.add(want);
            } else {
                errors.remove(match);
            }
        }
        List<Problem> unexpected = errors.stream().filter(p -> allowed.stream().noneMatch(a -> a.matches(p))).toList();
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            StringBuilder text = new StringBuilder();
            if (!missing.isEmpty()) {
                text.append("expected but not reported:").append(System.lineSeparator());
                missing.forEach(m -> text.append("  ").append(m).append(System.lineSeparator()));
            }
            if (!unexpected.isEmpty()) {
                text.append("reported but not expected:").append(System.lineSeparator());
                unexpected.forEach(p -> text.append("  ").append(p).append(System.lineSeparator()));
            }
            text.append("everything reported:").append(System.lineSeparator()).append(list(problems));
            fail(text.toString());
        }
    }

    /** The one problem matching {@code expected}; fails when none or several match. */
    public static Problem the(List<Problem> problems, Error expected) {
        List<Problem> found = problems.stream().filter(expected::matches).toList();
        if (found.size() != 1) {
            fail((found.isEmpty() ? "not reported: " : "reported " + found.size() + " times: ") + expected
                    + System.lineSeparator() + "everything reported:" + System.lineSeparator() + list(problems));
        }
        return found.get(0);
    }

    public static String list(List<Problem> problems) {
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining(System.lineSeparator()));
    }
}
