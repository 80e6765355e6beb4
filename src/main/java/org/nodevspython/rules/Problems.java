package org.nodevspython.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * Collects every problem of a build instead of stopping at the first: a contributor who
 * pushes a pull request sees all their mistakes in one CI run.
 * Paths are reported relative to the project folder, as a contributor sees them.
 * Steps of the bake run on several threads, so every method is synchronised.
 */
public final class Problems {

    private final Path projectDir;
    private final boolean strict;
    private final TreeSet<Problem> found = new TreeSet<>();

    /** Problems of a build where a lagging translation is a warning. */
    public Problems(Path projectDir) {
        this(projectDir, false);
    }

    /** @param strict a lagging translation ({@link Rule.Kind#LAG}) is an error, not a warning */
    public Problems(Path projectDir, boolean strict) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.strict = strict;
    }

    /** Reports that {@code rule} is broken at {@code file:line:column}; {@code args} fill its message and fix. */
    public void report(Rule rule, Path file, int line, int column, Object... args) {
        Problem.Severity severity = rule.kind() == Rule.Kind.WARNING || (rule.kind() == Rule.Kind.LAG && !strict)
                ? Problem.Severity.WARNING : Problem.Severity.ERROR;
        add(new Problem(relative(file), line, column, severity, rule.message(args), rule.fix(args), rule));
    }

    public synchronized void add(Problem problem) {
        found.add(problem);
    }

    /** An empty collection with the same project and strictness, for one task of a step that runs tasks in parallel. */
    public Problems empty() {
        return new Problems(projectDir, strict);
    }

    /** Adds everything {@code other} collected. */
    public void addAll(Problems other) {
        List<Problem> theirs = other.all();
        synchronized (this) {
            found.addAll(theirs);
        }
    }

    public synchronized boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    public synchronized long errorCount() {
        return found.stream().filter(Problem::isError).count();
    }

    public synchronized List<Problem> all() {
        return Collections.unmodifiableList(new ArrayList<>(found));
    }

    public synchronized List<Problem> errors() {
        return found.stream().filter(Problem::isError).toList();
    }

    public synchronized List<Problem> warnings() {
        return found.stream().filter(p -> !p.isError()).toList();
    }

    /** The path as the contributor knows it: relative to the project, with forward slashes. */
    public Path relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(projectDir) ? projectDir.relativize(absolute) : file;
    }
}
