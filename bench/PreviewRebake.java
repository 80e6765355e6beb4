import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.nodevspython.bake.Bakery;
import org.nodevspython.bake.IncrementalBake;

/**
 * The preview's re-bake after a one-page edit, against a full bake of the same site, in one warm JVM (what a
 * preview is once it has run a while). Run by bench/preview-rebake.sh; see bench/README.md.
 *
 * <pre>java -cp HARNESS:target/classes:CLASSPATH PreviewRebake PROJECT WORK [--runs K] [--page content/x.md]</pre>
 *
 * <ol>
 * <li>full: K + 1 clean bakes without the PDFs ({@code Bakery.pdf(false)}, what the preview bakes), the first
 * one cold; the median of the others is reported;</li>
 * <li>incremental: the preview's first bake (everything), then K + 1 edits of the body of one page (a sentence
 * appended to its introduction), each baked incrementally; the median of all but the first is reported;</li>
 * <li>the same with a title edit (what every page shows: every page is written again), K runs;</li>
 * <li>the last incremental site is compared, file by file, with a clean bake of the same sources.</li>
 * </ol>
 * Prints each bake, its phases for the median runs, and the figures with their ratio.
 */
public final class PreviewRebake {

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath().normalize();
        Path work = Path.of(args[1]).toAbsolutePath().normalize();
        int runs = 5;
        String page = null;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--page")) {
                page = args[++i];
            }
        }
        if (page == null) {
            page = firstPage(project);
        }
        Path full = work.resolve("full");
        Path preview = work.resolve("preview");
        Path clean = work.resolve("clean");

        List<Run> fulls = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            long start = System.nanoTime();
            Bakery.Result result = new Bakery(project, false).pdf(false).translatorDiffs(true).bake(full);
            fulls.add(new Run(ms(start), result.timings().millis(), "full"));
            System.out.printf(Locale.ROOT, "full bake %d%s: %.0f ms (%s pages)%n", run, run == 0 ? " (cold)" : "", fulls.get(run).ms,
                    result.pagesPerLanguage());
        }

        IncrementalBake bake = new IncrementalBake(project, false).translatorDiffs(true);
        long start = System.nanoTime();
        IncrementalBake.Outcome first = bake.bake(preview);
        System.out.printf(Locale.ROOT, "preview: first bake (%s): %.0f ms%n", first.scope(), ms(start));
        Path edited = project.resolve(page);
        List<Run> bodies = edits(bake, preview, "body of " + page, runs + 1,
                run -> appendToIntroduction(edited, "Uma frase nova, a " + (run + 1) + "ª, escrita pelo benchmark."));
        List<Run> titles = edits(bake, preview, "title of " + page, runs, run -> retitle(edited, "Título novo " + (run + 1)));
        // one more body edit, then the proof: the preview's site is the clean bake's
        appendToIntroduction(edited, "A última frase do benchmark.");
        bake.bake(preview);
        new Bakery(project, false).pdf(false).translatorDiffs(true).bake(clean);
        String same = sameTree(clean, preview);

        Run fullMedian = median(fulls.subList(1, fulls.size()));
        Run bodyMedian = median(bodies.subList(1, bodies.size()));
        Run titleMedian = median(titles);
        System.out.println();
        phases("full bake (median)", fullMedian);
        phases("one-page body edit (median)", bodyMedian);
        phases("title edit (median)", titleMedian);
        System.out.println();
        System.out.printf(Locale.ROOT, "full bake, warm:              %8.0f ms (median of %d)%n", fullMedian.ms, runs);
        System.out.printf(Locale.ROOT, "incremental, one-page body:   %8.0f ms (median of %d)  ratio %.1fx%n", bodyMedian.ms, runs,
                fullMedian.ms / bodyMedian.ms);
        System.out.printf(Locale.ROOT, "incremental, title (shared):  %8.0f ms (median of %d)  ratio %.1fx%n", titleMedian.ms, runs,
                fullMedian.ms / titleMedian.ms);
        System.out.println("preview site vs clean bake:   " + same);
        System.exit(same.startsWith("identical") ? 0 : 1);
    }

    private record Run(double ms, Map<String, Double> phases, String what) {
    }

    /** {@code count} edits, each followed by the preview's re-bake, timed and printed. */
    private static List<Run> edits(IncrementalBake bake, Path preview, String what, int count, java.util.function.IntConsumer edit) {
        List<Run> done = new ArrayList<>();
        for (int run = 0; run < count; run++) {
            edit.accept(run);
            long start = System.nanoTime();
            IncrementalBake.Outcome outcome = bake.bake(preview);
            done.add(new Run(ms(start), outcome.result().timings().millis(), outcome.scope() + ", read " + outcome.pagesRead()
                    + ", wrote " + outcome.pagesWritten()));
            System.out.printf(Locale.ROOT, "preview: %s, edit %d: %.0f ms (%s)%n", what, run, done.get(run).ms, done.get(run).what);
        }
        return done;
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static Run median(List<Run> runs) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort((a, b) -> Double.compare(a.ms, b.ms));
        return sorted.get(sorted.size() / 2);
    }

    private static void phases(String title, Run run) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-30s", title + ":"));
        run.phases.forEach((phase, ms) -> line.append(String.format(Locale.ROOT, " %s %.0f ·", phase, ms)));
        System.out.println(line.substring(0, line.length() - 2));
    }

    /** The first article of the corpus (or of any site): the first page file of the content folder with sections. */
    private static String firstPage(Path project) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("content"))) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted()
                    .filter(f -> read(f).contains("\n## ")).findFirst()
                    .map(f -> project.relativize(f).toString().replace('\\', '/')).orElseThrow();
        }
    }

    /** Adds a paragraph right after the title heading: the body changes, nothing the other pages show of it. */
    private static void appendToIntroduction(Path file, String sentence) {
        String text = read(file);
        int title = text.indexOf("\n# ");
        int end = text.indexOf('\n', title + 1);
        write(file, text.substring(0, end + 1) + "\n" + sentence + "\n" + text.substring(end + 1));
    }

    private static void retitle(Path file, String title) {
        write(file, read(file).replaceFirst("(?m)^title: .*$", "title: \"" + title + "\""));
    }

    private static String sameTree(Path expected, Path actual) throws IOException {
        Map<String, byte[]> a = snapshot(expected);
        Map<String, byte[]> b = snapshot(actual);
        if (!a.keySet().equals(b.keySet())) {
            return "DIFFERENT files";
        }
        for (String file : a.keySet()) {
            if (!Arrays.equals(a.get(file), b.get(file))) {
                return "DIFFERENT: " + file;
            }
        }
        return "identical (" + a.size() + " files, byte for byte)";
    }

    private static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
