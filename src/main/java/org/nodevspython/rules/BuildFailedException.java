package org.nodevspython.rules;

import java.util.List;

/** Thrown when a bake found errors: carries them all so the caller can print or assert them. */
public final class BuildFailedException extends RuntimeException {

    private final transient List<Problem> problems;

    public BuildFailedException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        StringBuilder text = new StringBuilder("The site was not built: " + errors
                + (errors == 1 ? " error" : " errors") + " in the sources; the previous output is untouched.");
        for (Problem problem : problems) {
            text.append(System.lineSeparator()).append(problem);
        }
        return text.toString();
    }
}
