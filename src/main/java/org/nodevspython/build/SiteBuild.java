package org.nodevspython.build;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.nodevspython.problems.BuildFailedException;
import org.nodevspython.problems.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line of the build: {@code bake} (the default) turns the sources into the site and
 * prints a short summary, or every problem as {@code file:line:column: error: ...}.
 * Run by Maven at {@code prepare-package}, in Maven's own JVM (no start-up to pay).
 */
@Command(name = "site", mixinStandardHelpOptions = true, description = "Bakes the bilingual Node.js vs Python site.")
public final class SiteBuild implements Callable<Integer> {

    @Option(names = "--source", description = "The project folder (content/, templates/, assets/, data/, jbake.properties).",
            defaultValue = ".")
    Path source;

    @Option(names = "--output", description = "Where the site goes.", defaultValue = "target/site")
    Path output;

    @Option(names = "--strict", description = "Treat warnings (outdated translations) as errors; on in CI.",
            defaultValue = "false", arity = "0..1")
    boolean strict;

    public static void main(String[] args) {
        int code = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (Boolean.getBoolean("site.embedded")) {
            // inside Maven's JVM: System.exit would end Maven itself
            if (code != 0) {
                throw new IllegalStateException("the site was not built; the problems are listed above");
            }
            return;
        }
        System.exit(code);
    }

    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new SiteBuild());
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path project = source.toAbsolutePath().normalize();
        Path target = project.resolve(output).normalize();
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        try {
            Bakery.Result result = new Bakery(project).bake(target);
            result.warnings().forEach(w -> err.println(w));
            if (strict && !result.warnings().isEmpty()) {
                err.println("--strict: " + result.warnings().size() + " warning(s) count as errors.");
                return 1;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String pages = result.pagesPerLanguage().entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(" + "));
            out.printf(Locale.ROOT, "Baked %s pages into %s in %.2f s.%n", pages, displayPath(project, target), seconds);
            return 0;
        } catch (BuildFailedException e) {
            for (Problem problem : e.problems()) {
                err.println(problem);
            }
            long errors = e.problems().stream().filter(Problem::isError).count();
            err.printf(Locale.ROOT, "The site was not built: %d error%s. The previous %s is untouched.%n",
                    errors, errors == 1 ? "" : "s", displayPath(project, target));
            return 1;
        }
    }

    private static String displayPath(Path project, Path path) {
        return path.startsWith(project) ? project.relativize(path).toString().replace('\\', '/') : path.toString();
    }
}
