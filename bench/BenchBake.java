import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nodevspython.bake.Bakery;
import org.nodevspython.rules.BuildFailedException;

/**
 * Bakes a project through {@link Bakery}, the class behind {@code SiteCommand}, for what the command
 * line cannot show:
 * <ul>
 * <li>{@code --no-pdf}: the bake without the book PDFs ({@code Bakery.pdf(false)}, what the preview
 * bakes), the part of the work comparable to Hugo and stock JBake, which make no PDF;</li>
 * <li>{@code --runs K}: K bakes in one JVM, to tell the first (cold: class loading, interpreter,
 * JIT warming up) from the following (warm) ones.</li>
 * </ul>
 * Prints, per bake, {@code Baked N pt-BR + N en pages … in S s.} and the phase timings when the
 * project has them, in SiteCommand's format, then {@code cold S warm-median S}. Compiled by
 * bench/build-speed.sh against the project's classes; methods that older versions lack are
 * looked up by reflection.
 *
 * <pre>java -cp HARNESS:target/classes:CLASSPATH BenchBake PROJECT OUTPUT [--no-pdf] [--runs K]</pre>
 */
public final class BenchBake {
    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath().normalize();
        Path output = Path.of(args[1]).toAbsolutePath().normalize();
        boolean pdf = true;
        int runs = 1;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--no-pdf")) {
                pdf = false;
            } else if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
            }
        }
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            Bakery bakery = new Bakery(project, false);
            if (!pdf) {
                Method off = Bakery.class.getMethod("pdf", boolean.class); // fails loudly if this version has no PDF switch
                off.invoke(bakery, false);
            }
            Bakery.Result result;
            try {
                result = bakery.bake(output);
            } catch (BuildFailedException e) {
                double seconds = (System.nanoTime() - start) / 1e9;
                // Without the PDFs, the final check of the output finds the pages' links to the PDFs
                // broken (the last step, after everything was rendered). Only those errors: the bake
                // did all its work, so its time is reported; anything else is a real failure.
                long pdfLinks = e.problems().stream().filter(p -> p.isError() && p.toString().matches("(?s).*links to '[^']*\\.pdf'.*")).count();
                long errors = e.problems().stream().filter(p -> p.isError()).count();
                if (!pdf && pdfLinks > 0 && pdfLinks == errors) {
                    times.add(seconds);
                    System.out.printf(Locale.ROOT, "Baked (no PDF) pages into %s in %.3f s (the final output check failed only on the %d links to the PDFs not made).%n",
                            output, seconds, pdfLinks);
                    continue;
                }
                e.problems().forEach(System.err::println);
                System.exit(1);
                return;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            times.add(seconds);
            StringBuilder pages = new StringBuilder();
            result.pagesPerLanguage().forEach((code, n) -> pages.append(pages.length() == 0 ? "" : " + ").append(n).append(' ').append(code));
            System.out.printf(Locale.ROOT, "Baked %s pages into %s in %.3f s%s.%n", pages, output, seconds, pdf ? "" : " (no PDF)");
            printTimings(result);
        }
        List<Double> warm = new ArrayList<>(times.subList(1, times.size()));
        warm.sort(Double::compare);
        System.out.printf(Locale.ROOT, "cold %.3f warm-median %.3f%n", times.get(0),
                warm.isEmpty() ? Double.NaN : warm.get(warm.size() / 2));
        System.exit(0);
    }

    @SuppressWarnings("unchecked")
    private static void printTimings(Bakery.Result result) {
        try {
            Object timings = Bakery.Result.class.getMethod("timings").invoke(result);
            Map<String, Double> millis = (Map<String, Double>) timings.getClass().getMethod("millis").invoke(timings);
            millis.forEach((phase, ms) -> System.out.printf(Locale.ROOT, "  %-28s %8.1f ms%n", phase, ms));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a version without phase timings
        }
    }
}
