package org.nodevspython.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.nodevspython.bake.Bakery;
import org.nodevspython.config.SiteConfig;
import org.nodevspython.rules.BuildFailedException;
import org.nodevspython.rules.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line of the build. Without a subcommand it bakes the site and prints a short
 * summary, or every problem as {@code file:line:column: error: ...}; {@code translations}
 * prints and updates the translation status.
 * Maven runs it at {@code prepare-package}, in Maven's own JVM (no start-up to pay).
 */
@Command(name = "site", mixinStandardHelpOptions = true,
        subcommands = {TranslationsCommand.class, RulesCommand.class, org.nodevspython.preview.PreviewCommand.class},
        description = "Bakes the bilingual Node.js vs Python site.")
public final class SiteCommand implements Callable<Integer> {

    @Option(names = "--source", description = "The project folder (content/, templates/, assets/, data/, jbake.properties).",
            defaultValue = ".", scope = CommandLine.ScopeType.INHERIT)
    Path source;

    @Option(names = "--output", description = "Where the site goes (default: target/site).")
    Path output = SiteConfig.OUTPUT;


    /** A translation that lags behind its source is published with a notice; strict makes it an error (a release gate). */
    @Option(names = "--strict", description = "Translations that lag behind their source (outdated or missing sections, pages not"
            + " translated) are errors, not warnings. Off by default, in CI too.", arity = "0..1", fallbackValue = "true")
    boolean strict;

    @Option(names = "--timings", description = "Print the time of each phase of the bake.")
    boolean showTimings;

    @Option(names = "--no-pdf", description = "Skip the PDFs of the books (they take seconds; the preview skips them too).")
    boolean noPdf;

    /** The environment variables the command reads (GITHUB_ACTIONS, GITHUB_STEP_SUMMARY). */
    private java.util.function.Function<String, String> environment = System::getenv;

    public static void main(String[] args) {
        int code = execute(args);
        if (Boolean.getBoolean("site.embedded")) {
            // inside Maven's JVM: System.exit would end Maven itself
            if (code != 0) {
                throw new IllegalStateException("the site build stopped; the reasons are listed above");
            }
            return;
        }
        System.exit(code);
    }

    public static int execute(String... args) {
        return new CommandLine(new SiteCommand()).execute(args);
    }

    /** Runs the command line with these environment variables instead of the process's (what a test of CI output needs). */
    public static int execute(java.util.function.Function<String, String> environment, String... args) {
        SiteCommand command = new SiteCommand();
        command.environment = environment;
        return new CommandLine(command).execute(args);
    }

    /** The project folder, for the subcommands. */
    public Path project() {
        return source.toAbsolutePath().normalize();
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path project = project();
        Path target = project.resolve(output).normalize();
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        GitHubActions github = new GitHubActions(environment);
        try {
            Bakery.Result result = new Bakery(project, strict).pdf(!noPdf).bake(target);
            result.warnings().forEach(err::println);
            if (github.active()) {
                result.warnings().forEach(w -> out.println(GitHubActions.command(w)));
                github.writeSummary(GitHubActions.summary(true, result.warnings(), result.translations()));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String pages = result.pagesPerLanguage().entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(" + "));
            out.printf(Locale.ROOT, "Baked %s pages into %s in %.2f s%s.%n", pages, displayPath(project, target), seconds,
                    result.warnings().isEmpty() ? "" : ", " + result.warnings().size() + " warning(s)");
            if (showTimings) {
                result.timings().millis().forEach((phase, ms) -> out.printf(Locale.ROOT, "  %-28s %8.1f ms%n", phase, ms));
            }
            return 0;
        } catch (BuildFailedException e) {
            for (Problem problem : e.problems()) {
                err.println(problem);
            }
            if (github.active()) {
                e.problems().forEach(p -> out.println(GitHubActions.command(p)));
                github.writeSummary(GitHubActions.summary(false, e.problems(), null));
            }
            long errors = e.problems().stream().filter(Problem::isError).count();
            err.printf(Locale.ROOT, "The site was not built: %d error%s. The previous %s is untouched.%n",
                    errors, errors == 1 ? "" : "s", displayPath(project, target));
            return 1;
        }
    }

    static String displayPath(Path project, Path path) {
        return path.startsWith(project) ? project.relativize(path).toString().replace('\\', '/') : path.toString();
    }
}
