package org.nodevspython.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.links.OutputLinkChecker;
import org.nodevspython.rules.BuildFailedException;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;
import org.nodevspython.strict.Fixture;

/**
 * The bake as a whole, on a copy of the real project baked once (PDFs included): its timings name
 * every step in order, it writes target/site (pages of both languages, search index, books, PDFs)
 * and nothing besides, counts each language's pages, and its output passes the output check;
 * {@link Bakery#parse} returns the pages without writing any; a bake without PDFs skips that step.
 */
class BakeryTest {

    private static final List<String> STEPS = List.of("read sources", "read pages", "check the site", "load charts",
            "page history", "translation notices", "render Markdown", "render templates", "search index", "copy assets", "books", "PDF", "check output links",
            "swap output");

    @TempDir
    static Path tmp;

    private static Fixture project;
    private static Bakery.Result result;

    @BeforeAll
    static void bake() {
        project = Fixture.copyOfRealProject(tmp.resolve("project"));
        result = project.bakeSucceeds(false);
    }

    private static String read(String path) throws IOException {
        return Files.readString(project.output().resolve(path), StandardCharsets.UTF_8);
    }

    private static long markdownFiles(String folder) throws IOException {
        try (Stream<Path> files = Files.list(project.path(folder))) {
            return files.filter(f -> f.toString().endsWith(".md")).count();
        }
    }

    @Test
    void theTimingsNameEveryStepInOrder() {
        assertEquals(STEPS, List.copyOf(result.timings().millis().keySet()));
        assertTrue(result.timings().millis().values().stream().allMatch(ms -> ms >= 0), result.timings().millis().toString());
    }

    @Test
    void everyPageOfEveryLanguageIsCounted() throws IOException {
        assertEquals(Map.of("pt-BR", (int) markdownFiles("content"), "en", (int) markdownFiles("content/en")), result.pagesPerLanguage());
        assertEquals(List.of("pt-BR", "en"), List.copyOf(result.pagesPerLanguage().keySet()));
        assertEquals(List.of("pt-BR", "en"), result.localization().codes());
    }

    @Test
    void theSiteIsWrittenToItsOutput() throws IOException {
        for (String file : List.of("index.html", "nodejs.html", "404.html", "en/index.html", "en/nodejs.html", "sitemap.xml",
                "robots.txt", "search-index.js", "livro.html", "livro.pdf", "en/book.html", "en/book.pdf", "css/site.css")) {
            assertTrue(Files.isRegularFile(project.output().resolve(file)), file);
        }
        assertTrue(read("en/nodejs.html").contains("<html lang=\"en\""), "the English page is in English");
        assertTrue(read("nodejs.html").contains("<html lang=\"pt-BR\""));
        assertFalse(Files.exists(project.output().resolveSibling("site.staging")), "the staging folder was swapped in");
        assertFalse(Files.exists(project.path("content/nodejs.html")), "nothing is written into the sources");
    }

    @Test
    void theSearchIndexHasBothLanguages() throws IOException {
        String index = read("search-index.js");
        assertTrue(index.startsWith("window.SEARCH_INDEX=["), index.substring(0, 40));
        assertTrue(index.contains("{\"l\":\"pt-BR\",\"u\":\"nodejs.html#who-uses\""), "a section of a Portuguese page");
        assertTrue(index.contains("{\"l\":\"en\",\"u\":\"en/nodejs.html#who-uses\""), "the same section in English");
        assertFalse(index.contains("404.html"), "the error page is not searched");
    }

    @Test
    void theBakedSitePassesTheOutputCheckAndABrokenLinkDoesNot() throws IOException {
        Path copy = tmp.resolve("checked-site");
        Fixture.copy(project.output(), copy);
        Problems clean = new Problems(project.root());
        new OutputLinkChecker(copy, clean).check(project.path("templates"));
        assertEquals(List.of(), clean.all());

        Path page = copy.resolve("en/nodejs.html");
        Files.writeString(page, Files.readString(page).replace("</main>", "<a href=\"python.html#no-such-id\">x</a></main>"));
        Problems broken = new Problems(project.root());
        new OutputLinkChecker(copy, broken).check(project.path("templates"));
        assertEquals(List.of(Rule.OUTPUT_LINK_BROKEN), broken.all().stream().map(p -> p.rule()).toList());
        assertTrue(broken.all().get(0).message().contains("en/nodejs.html links to 'python.html#no-such-id'"), broken.all().toString());
    }

    @Test
    void parseReturnsThePagesAndWritesNothing() throws IOException {
        Path output = tmp.resolve("parse-only/site");
        Problems problems = new Problems(project.root());
        Bakery.Parsed parsed = new Bakery(project.root(), false).parse(problems, output);
        assertEquals(List.of(), problems.errors());
        assertEquals(markdownFiles("content") + markdownFiles("content/en"), parsed.site().pages().all().size());
        assertEquals("Node.js", parsed.site().pages().bySource("en/nodejs.md").orElseThrow().title());
        assertEquals(parsed.site().pages().all().size(), parsed.site().documents().size(), "a JBake document for every page");
        assertEquals(List.of("pt-BR", "en"), parsed.sources().localization().codes());
        assertFalse(parsed.citations().uses("en", "netflix-techblog").isEmpty(), "the citations are indexed");
        try (Stream<Path> written = Files.exists(output) ? Files.walk(output) : Stream.empty()) {
            assertEquals(List.of(), written.filter(Files::isRegularFile).toList(), "parse writes no file");
        }
    }

    @Test
    void parseStopsWithEveryMistakeOfTheSources() {
        Fixture broken = Fixture.copyOfRealProject(tmp.resolve("broken"));
        broken.replaceInFile("content/en/nodejs.md", "(python.md#scalability)", "(pyton.md#scalability)");
        broken.write("content/en/python.md", broken.read("content/en/python.md") + "\n\nAs shown before. [@no-such-reference]\n");
        BuildFailedException failure = assertThrows(BuildFailedException.class,
                () -> new Bakery(broken.root(), false).parse(new Problems(broken.root()), broken.output()));
        assertEquals(List.of("content/en/nodejs.md LINK_PAGE_UNKNOWN", "content/en/python.md CITATION_UNKNOWN"),
                failure.problems().stream().filter(p -> p.isError()).map(p -> p.path() + " " + p.rule()).toList(),
                "both mistakes, in two files, in one run");
    }

    @Test
    void aBakeWithoutPdfsSkipsThatStep() throws IOException {
        Path output = tmp.resolve("no-pdf/site");
        Bakery.Result quick = new Bakery(project.root(), false).pdf(false).bake(output);
        List<String> steps = STEPS.stream().filter(s -> !s.equals("PDF")).toList();
        assertEquals(steps, List.copyOf(quick.timings().millis().keySet()));
        assertFalse(Files.exists(output.resolve("livro.pdf")));
        assertFalse(Files.exists(output.resolve("en/book.pdf")));
        assertTrue(Files.isRegularFile(output.resolve("livro.html")), "the books are still made");
        assertTrue(Files.readString(output.resolve("index.html")).contains("livro.pdf"), "and linked to, which the check allows");
    }
}
