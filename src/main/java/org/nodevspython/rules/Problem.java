package org.nodevspython.rules;

import java.nio.file.Path;

/**
 * One mistake found in the sources, printed the way compilers do so that editors and CI
 * annotations can jump to it: {@code path:line:column: error: what is wrong (how to fix it)}.
 *
 * @param file   the file at fault, relative to the project when possible
 * @param line   1-based line, or 0 when the mistake is about the whole file
 * @param column 1-based column, or 0 when unknown
 * @param rule   the rule it breaks, or null for a problem of the build itself
 */
public record Problem(Path file, int line, int column, Severity severity, String message, String fix, Rule rule)
        implements Comparable<Problem> {

    public enum Severity {
        ERROR, WARNING;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A problem that is not one of the registered rules (a crash, say). */
    public Problem(Path file, int line, int column, Severity severity, String message, String fix) {
        this(file, line, column, severity, message, fix, null);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Where the problem is, as {@code path:line:column}; missing parts are left out. */
    public String location() {
        StringBuilder where = new StringBuilder(path());
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where.toString();
    }

    /** The file with forward slashes, as every platform's tools and code hosts write it. */
    public String path() {
        return file.toString().replace('\\', '/');
    }

    @Override
    public String toString() {
        String text = location() + ": " + severity.label() + ": " + message;
        return fix == null || fix.isEmpty() ? text : text + " (" + fix + ")";
    }

    /** Sorted by file, then position, so that a report reads top to bottom and never changes order between runs. */
    @Override
    public int compareTo(Problem other) {
        int byFile = path().compareTo(other.path());
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        if (byLine != 0) {
            return byLine;
        }
        int byColumn = Integer.compare(column, other.column);
        return byColumn != 0 ? byColumn : toString().compareTo(other.toString());
    }
}
