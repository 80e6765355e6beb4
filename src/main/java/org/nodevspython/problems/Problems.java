package org.nodevspython.problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * Collects every problem of a build instead of stopping at the first: a contributor who
 * pushes a pull request sees all their mistakes in one CI run.
 * Paths are reported relative to the project folder, as a contributor sees them.
 */
public final class Problems {

    private final Path projectDir;
    private final TreeSet<Problem> found = new TreeSet<>();

    public Problems(Path projectDir) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
    }

    public void error(Path file, int line, int column, String message, String fix) {
        add(new Problem(relative(file), line, column, Problem.Severity.ERROR, message, fix));
    }

    public void warning(Path file, int line, int column, String message, String fix) {
        add(new Problem(relative(file), line, column, Problem.Severity.WARNING, message, fix));
    }

    public void add(Problem problem) {
        found.add(problem);
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return found.stream().filter(Problem::isError).count();
    }

    public List<Problem> all() {
        return Collections.unmodifiableList(new ArrayList<>(found));
    }

    public List<Problem> errors() {
        return found.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return found.stream().filter(p -> !p.isError()).toList();
    }

    /** The path as the contributor knows it: relative to the project, with forward slashes. */
    public Path relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(projectDir) ? projectDir.relativize(absolute) : file;
    }

    public Path projectDir() {
        return projectDir;
    }
}
