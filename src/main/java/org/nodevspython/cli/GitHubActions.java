package org.nodevspython.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Function;

import org.nodevspython.i18n.TranslationStatus;
import org.nodevspython.rules.Problem;

/**
 * What a bake tells GitHub Actions, besides its usual lines: each problem as a workflow command
 * ({@code ::error file=…,line=…,col=…,title=…::…}), which GitHub shows at its line in the pull
 * request's diff, and a summary of the bake and of every translation's lag in the job's summary
 * ({@code $GITHUB_STEP_SUMMARY}).
 */
final class GitHubActions {

    private final Function<String, String> environment;

    /** @param environment the process's environment variables (a function, so tests can give their own) */
    GitHubActions(Function<String, String> environment) {
        this.environment = environment;
    }

    /** Whether the bake runs in a GitHub Actions job. */
    boolean active() {
        return "true".equals(environment.apply("GITHUB_ACTIONS"));
    }

    /** The workflow command of a problem, e.g. {@code ::warning file=content/en/x.md,line=7,title=translation-behind::...}. */
    static String command(Problem problem) {
        StringBuilder command = new StringBuilder("::").append(problem.isError() ? "error" : "warning")
                .append(" file=").append(property(problem.path()));
        if (problem.line() > 0) {
            command.append(",line=").append(problem.line());
            if (problem.column() > 0) {
                command.append(",col=").append(problem.column());
            }
        }
        String title = problem.rule() == null ? "site build" : problem.rule().id();
        command.append(",title=").append(property(title)).append("::")
                .append(data(problem.fix() == null || problem.fix().isEmpty() ? problem.message() : problem.message() + " (" + problem.fix() + ")"));
        return command.toString();
    }

    /** The job summary: whether the site was built, its problems, and every translation's state. */
    static String summary(boolean built, List<Problem> problems, TranslationStatus translations) {
        StringBuilder md = new StringBuilder();
        long errors = problems.stream().filter(Problem::isError).count();
        md.append(built ? "### The site was built" : "### The site was not built: " + errors + " error" + (errors == 1 ? "" : "s"))
                .append(problems.isEmpty() ? "" : " (" + (problems.size() - errors) + " warning" + (problems.size() - errors == 1 ? "" : "s") + ")")
                .append("\n\n");
        if (!problems.isEmpty()) {
            md.append("| | where | what | fix |\n|---|---|---|---|\n");
            for (Problem problem : problems) {
                md.append("| ").append(problem.isError() ? "error" : "warning").append(" | `").append(cell(problem.location())).append("` | ")
                        .append(cell(problem.message())).append(" | ").append(cell(problem.fix() == null ? "" : problem.fix())).append(" |\n");
            }
            md.append('\n');
        }
        if (translations != null) {
            md.append("#### Translations\n\n| page | language | state | what lags |\n|---|---|---|---|\n");
            for (TranslationStatus.Entry entry : translations.entries()) {
                String lags;
                if (entry.translation() == null) {
                    lags = "the whole page (the original is published in its place, with a notice)";
                } else {
                    List<String> parts = new java.util.ArrayList<>();
                    entry.outdated().forEach(s -> parts.add("outdated " + TranslationStatus.sectionName(s)));
                    entry.missing().forEach(s -> parts.add("missing " + TranslationStatus.sectionName(s)));
                    if (entry.reordered()) {
                        parts.add("the order of the sections");
                    }
                    lags = String.join(", ", parts);
                }
                md.append("| `content/").append(entry.translation() == null ? entry.source().sourcePath() : entry.translation().sourcePath())
                        .append("` | ").append(entry.lang()).append(" | ").append(entry.state().label()).append(" | ").append(cell(lags))
                        .append(" |\n");
            }
            md.append("\nA translator sees what changed with `./mvnw -q compile exec:java -Dexec.args=\"translations --diff\"`.\n");
        }
        return md.toString();
    }

    /** Appends to the job's summary file, when the job has one. */
    void writeSummary(String markdown) {
        String file = environment.apply("GITHUB_STEP_SUMMARY");
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(file), markdown, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the job summary " + file, e);
        }
    }

    /** A workflow command's message: %, CR and LF escaped, as GitHub's toolkit does. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A workflow command's property value: also : and , escaped. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
