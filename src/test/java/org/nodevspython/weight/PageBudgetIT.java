package org.nodevspython.weight;

import org.nodevspython.site.BakedSite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Page weight: the first view of every page (HTML, CSS and JavaScript, gzip) fits in 14 KB, the
 * first round trip of a new connection; no web font, no render-blocking script, no request to
 * another host. Runs on the baked site ({@code -Dsite.dir}, set by Failsafe; else target/site).
 *
 * <p>The single-page books (livro.html, en/book.html: the {@code book} of each language in
 * data/i18n.yaml) are downloads, not pages: they are left out here, and their size is reported by
 * {@code bench/page-weight.sh}. The favicon is not render-critical: it is not in the bytes, only in
 * the request count. search-index.js is loaded when the reader starts searching: not a first view.
 *
 * <p>Two self-tests run the same checks on synthetic pages, so that the test cannot pass because it
 * measures nothing: a page over the budget, and a page breaking each rule, must be caught.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageBudgetIT {

    /** The books if data/i18n.yaml cannot be read; the names it gives are excluded as well. */
    private static final Set<String> DEFAULT_BOOKS = Set.of("livro.html", "en/book.html");

    private Path root;
    private String host;
    private Set<String> books;
    private List<FirstView> views;

    @BeforeAll
    void measureTheSite() {
        root = Paths.get(System.getProperty("site.dir", "target/site")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            fail("no baked site at " + root + ": run ./mvnw package (or verify) first");
        }
        Path project = findProject(root);
        host = readHost(project.resolve("jbake.properties"));
        books = readBooks(project.resolve("data/i18n.yaml"));
        views = pages(root).stream().filter(p -> !books.contains(p)).map(p -> FirstView.measure(root, p, host)).toList();
        print(views);
    }

    @Test
    void everyPageOfBothLanguagesIsMeasured() {
        assertFalse(views.isEmpty(), "no page found in " + root);
        assertTrue(views.stream().anyMatch(v -> !v.page.contains("/")), "no page at the root (Portuguese) of " + root);
        assertTrue(views.stream().anyMatch(v -> v.page.startsWith("en/")), "no page under en/ (English) in " + root);
        for (FirstView view : views) {
            assertEquals("html", view.parts.get(0).kind(), view.page);
            // a self-contained page (the 404 page, served at any address) carries its styles inline: the html is all of it
            assertTrue(view.parts.size() >= 2 || view.selfContained, view.page + ": no stylesheet or script found: " + view.parts);
        }
        for (String book : books) {
            assertFalse(views.stream().anyMatch(v -> v.page.equals(book)), book + " is a download, not a page");
        }
    }

    @Test
    void everyFirstViewFitsIn14KbGzip() {
        assertNoFailures("pages over the first-view budget of " + FirstView.BUDGET + " B gzip", budgetFailures(views));
    }

    @Test
    void noWebFontNoRenderBlockingScriptNoOtherHost() {
        assertNoFailures("first-view rule violations", ruleFailures(views));
    }

    // ---- self-tests: the checks catch what they are meant to catch ------------------------------

    @Test
    void selfTestAPageOverTheBudgetIsCaught(@TempDir Path dir) throws IOException {
        // ~22 KB of incompressible text: its gzip alone exceeds the budget
        byte[] noise = new byte[16 * 1024];
        new Random(14).nextBytes(noise);
        write(dir.resolve("css/site.css"), "body { margin: 0 }\n");
        write(dir.resolve("js/site.js"), "document.documentElement.className = 'js';\n");
        write(dir.resolve("heavy.html"), page("<p>" + Base64.getEncoder().encodeToString(noise) + "</p>"));
        write(dir.resolve("light.html"), page("<p>Small.</p>"));

        FirstView heavy = FirstView.measure(dir, "heavy.html", "https://example.org/");
        FirstView light = FirstView.measure(dir, "light.html", "https://example.org/");

        assertEquals(List.of("html", "css", "js"), heavy.parts.stream().map(FirstView.Part::kind).toList());
        assertTrue(heavy.overBudget(), "a " + heavy.gzip9() + " B gzip page is not over the budget");
        List<String> failures = budgetFailures(List.of(heavy, light));
        assertEquals(1, failures.size(), failures.toString());
        String message = failures.get(0);
        for (String part : List.of("heavy.html", "css/site.css", "js/site.js", String.valueOf(heavy.gzip9()))) {
            assertTrue(message.contains(part), "the failure does not name " + part + ": " + message);
        }
        assertTrue(ruleFailures(List.of(heavy, light)).isEmpty(), ruleFailures(List.of(heavy, light)).toString());
        assertEquals(List.of("light.html", "favicon.svg", "css/site.css", "js/site.js"), light.requests);
    }

    @Test
    void selfTestFontsBlockingScriptsAndOtherHostsAreCaught(@TempDir Path dir) throws IOException {
        write(dir.resolve("css/site.css"), "/* @import in a comment is fine */\n@font-face { font-family: X; src: url(x.woff2) }\n");
        write(dir.resolve("css/more.css"), "@import url(\"site.css\");\nbody { background: url(https://cdn.example.net/bg.png) }\n");
        write(dir.resolve("js/site.js"), "");
        write(dir.resolve("bad.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Bad</title>
                <link rel="canonical" href="https://elsewhere.example.com/bad.html">
                <link rel="alternate" hreflang="pt-BR" href="https://elsewhere.example.com/pt/bad.html">
                <link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
                <link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">
                <link rel="preload" as="font" href="fonts/x.woff2" crossorigin>
                <link rel="stylesheet" href="https://example.org/css/site.css">
                <link rel="stylesheet" href="css/more.css">
                <script src="js/site.js"></script>
                <script src="https://cdn.example.net/lib.js" defer></script>
                </head><body><img src="https://cdn.example.net/a.png" alt=""></body></html>
                """);
        FirstView bad = FirstView.measure(dir, "bad.html", "https://example.org/");
        List<String> failures = ruleFailures(List.of(bad));
        String all = String.join("\n", failures);
        for (String expected : List.of(
                "fonts.gstatic.com\"> points to another host",
                "fonts.googleapis.com/css?family=Roboto\"> loads a web font",
                "fonts.googleapis.com/css?family=Roboto\"> points to another host",
                "fonts/x.woff2\"> loads a web font",
                "css/site.css declares @font-face",
                "css/more.css uses @import",
                "url(https://cdn.example.net/bg.png) on another host",
                "<script src=\"js/site.js\"> in <head> blocks rendering",
                "<script src=\"https://cdn.example.net/lib.js\"> points to another host",
                "<img src=\"https://cdn.example.net/a.png\"> points to another host")) {
            assertTrue(all.contains(expected), "not caught: " + expected + "\nreported:\n" + all);
        }
        assertFalse(all.contains("canonical") || all.contains("hreflang") || all.contains("elsewhere.example.com"),
                "canonical and alternate links are not requests:\n" + all);
        assertFalse(all.contains("\"https://example.org/css/site.css\""), "the site's own address is not another host:\n" + all);
        assertFalse(all.contains("in a comment"), all);
        // the own-host stylesheet is measured as a file of the site; the other hosts are counted, not fetched
        assertTrue(bad.parts.stream().anyMatch(p -> p.path().equals("css/site.css")), bad.parts.toString());
        assertEquals(List.of("https://fonts.googleapis.com/css?family=Roboto", "https://cdn.example.net/lib.js", "https://cdn.example.net/a.png"),
                bad.otherHostRequests);
    }

    // ---- the checks, shared by the real site and the self-tests -------------------------------

    static List<String> budgetFailures(Collection<FirstView> views) {
        return views.stream().filter(FirstView::overBudget).map(FirstView::budgetMessage).toList();
    }

    static List<String> ruleFailures(Collection<FirstView> views) {
        List<String> failures = new ArrayList<>();
        views.forEach(v -> failures.addAll(v.problems));
        return failures;
    }

    private static void assertNoFailures(String what, List<String> failures) {
        if (!failures.isEmpty()) {
            fail(failures.size() + " " + what + ":\n  - " + String.join("\n  - ", failures));
        }
    }

    // ---- the report printed with the test's output -----------------------------------------------

    private static void print(List<FirstView> views) {
        StringBuilder out = new StringBuilder("First view of each page (B; gzip per response, summed; budget ")
                .append(FirstView.BUDGET).append(" B at level 9):\n");
        out.append(String.format("%-24s %8s %8s %8s %8s %8s  %s%n", "page", "html gz9", "raw", "gzip 6", "gzip 9", "left", "requests"));
        for (FirstView v : views) {
            out.append(String.format("%-24s %8d %8d %8d %8d %8d  %d%s%n", v.page, v.parts.get(0).gzip9(), v.raw(), v.gzip6(), v.gzip9(),
                    FirstView.BUDGET - v.gzip9(), v.requests.size(), v.otherHostRequests.isEmpty() ? "" : " + " + v.otherHostRequests.size() + " other host"));
        }
        views.stream().max((a, b) -> Long.compare(a.gzip9(), b.gzip9()))
                .ifPresent(v -> out.append("heaviest: ").append(v.page).append(", ").append(v.gzip9()).append(" B gzip: ").append(v.parts).append('\n'));
        System.out.print(out);
    }

    // ---- the site and its project ---------------------------------------------------------------

    private static List<String> pages(Path root) {
        return BakedSite.listPages(root);
    }

    /** The project directory (with jbake.properties), looked for from basedir, the working directory and the site's parents. */
    private static Path findProject(Path root) {
        return BakedSite.findProject(root);
    }

    private static String readHost(Path properties) {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(properties)) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String host = props.getProperty("site.host", "").trim();
        if (host.isEmpty()) {
            throw new IllegalStateException(properties + " has no site.host");
        }
        return host.endsWith("/") ? host : host + "/";
    }

    /** The single-page book of each language: {@code <folder>/<book>.html}, the first language at the root. */
    private static Set<String> readBooks(Path i18n) {
        Set<String> books = new TreeSet<>(DEFAULT_BOOKS);
        try {
            Object loaded = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(i18n, StandardCharsets.UTF_8));
            if (loaded instanceof Map<?, ?> map && map.get("languages") instanceof List<?> languages) {
                for (int i = 0; i < languages.size(); i++) {
                    if (languages.get(i) instanceof Map<?, ?> language && language.get("book") != null) {
                        Object folder = language.get("folder");
                        String prefix = i == 0 || folder == null ? "" : folder.toString().replaceAll("^/+|/+$", "") + "/";
                        books.add(prefix + language.get("book") + ".html");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return books;
    }

    // ---- synthetic pages ----------------------------------------------------------------------------

    private static String page(String body) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Synthetic</title>
                <link rel="canonical" href="https://example.org/page.html">
                <link rel="icon" href="favicon.svg" type="image/svg+xml">
                <link rel="stylesheet" href="css/site.css">
                <script src="js/site.js" defer></script>
                </head><body>
                """ + body + "\n</body></html>\n";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        if (file.getFileName().toString().endsWith(".html") && !Files.exists(file.resolveSibling("favicon.svg"))) {
            Files.writeString(file.resolveSibling("favicon.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", StandardCharsets.UTF_8);
        }
    }
}
