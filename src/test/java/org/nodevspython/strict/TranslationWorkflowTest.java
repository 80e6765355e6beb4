package org.nodevspython.strict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nodevspython.strict.Expect.error;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.bake.Bakery;
import org.nodevspython.history.TestGit;
import org.nodevspython.rules.Problem;
import org.nodevspython.rules.Rule;

/**
 * The two languages at their own pace, in a real git repository made from a copy of the project:
 * a Portuguese change merges without its translation; English readers are told which sections lag
 * and since when (in the page, the book and its PDF), a new section has its placeholder and a new
 * page its stand-in; the translator gets the word diff; marking brings back the exact site that
 * never lagged; {@code --strict} is still the old gate.
 */
class TranslationWorkflowTest {

    private static final String PT = "content/python.md";
    private static final String EN = "content/en/python.md";
    private static final String OLD = "Existem algumas razões para isso.";
    private static final String NEW = "Existem várias razões para isso.";

    @TempDir
    Path tmp;

    /** A copy of the project, committed once on 2026-11-20. */
    private Fixture repository(String name) {
        Fixture f = Fixture.copyOfRealProject(tmp.resolve(name));
        git(f, "2026-11-20T10:00:00Z", "init", "-q");
        commit(f, "2026-11-20T10:00:00Z", "The site as it was");
        return f;
    }

    /** The Portuguese #ai section changed in a commit of 2026-12-01, its translation left behind. */
    private Fixture changedInPortuguese() {
        Fixture f = repository("project").replaceInFile(PT, OLD, NEW);
        commit(f, "2026-12-01T09:30:00Z", "Mais razões para a IA");
        return f;
    }

    @Test
    void aPortugueseChangeIsPublishedWithANoticeAtItsSection() throws IOException {
        Fixture f = changedInPortuguese();
        Bakery.Result result = f.bakeSucceeds(false);
        Problem warning = Expect.the(result.warnings(), error(EN, f.lineOf(EN, "{#ai}"),
                "the translation is behind content/python.md in the section #ai").warning());
        assertEquals(Rule.TRANSLATION_BEHIND, warning.rule());

        Document page = html(f.output().resolve("en/python.html"));
        Element heading = page.getElementById("ai");
        assertNotNull(heading);
        Element notice = heading.nextElementSibling();
        assertEquals("note", notice.attr("role"), "the notice comes right after the section's heading: " + notice);
        assertEquals("This section changed in the Portuguese original on 2026-12-01, after it was translated. Read the original section.",
                notice.text());
        assertEquals("../python.html#ai", notice.selectFirst("a").attr("href"));
        assertEquals(1, page.select("[role=note]").size(), "only #ai lags: " + page.select("[role=note]"));
        assertTrue(html(f.output().resolve("python.html")).select("[role=note]").isEmpty(), "the original has no notice");

        Document book = html(f.output().resolve("en/book.html"));
        Element inBook = book.getElementById("python--ai").nextElementSibling();
        assertTrue(inBook.text().startsWith("This section changed in the Portuguese original on 2026-12-01"), inBook.text());
        assertEquals("../livro.html#python--ai", inBook.selectFirst("a").attr("href"), "in the book, the original's book");
    }

    @Test
    void theBookPdfCarriesTheNoticeToo() throws IOException {
        Fixture f = changedInPortuguese();
        new Bakery(f.root(), false).bake(f.output());
        try (PDDocument pdf = Loader.loadPDF(f.output().resolve("en/book.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("This section changed in the Portuguese original on 2026-12-01, after it was translated."),
                    "the PDF's text has the notice");
        }
    }

    /** The preview shows the translator, under the notice, the same word diff as translations --diff. */
    @Test
    void thePreviewShowsTheWordDiffUnderTheNotice() {
        Fixture f = changedInPortuguese();
        new Bakery(f.root(), false).pdf(false).translatorDiffs(true).bake(f.output());
        Element notice = html(f.output().resolve("en/python.html")).getElementById("ai").nextElementSibling();
        Element diff = notice.selectFirst("details.lag-diff");
        assertNotNull(diff, "the diff is under the notice: " + notice);
        assertEquals("What changed in the original since it was translated", diff.selectFirst("summary").text());
        assertEquals("algumas", diff.selectFirst("del").text());
        assertEquals("várias", diff.selectFirst("ins").text());
        assertEquals(1, diff.select("del").size() + diff.select("ins").size() - 1, "one word out, one in: " + diff);
        f.bakeSucceeds(false);
        assertTrue(html(f.output().resolve("en/python.html")).select("details.lag-diff").isEmpty(), "the published site has no diff");
    }

    @Test
    void strictKeepsTheOldGate() {
        Fixture f = changedInPortuguese();
        Expect.onlyErrors(f.bake(true), error(EN, f.lineOf(EN, "{#ai}"), "the translation is behind content/python.md in the section #ai")
                .fix("translations --mark en/python.md"));
    }

    @Test
    void theTranslatorGetsTheWordDiffAndTheCommits() {
        Fixture f = changedInPortuguese();
        String head = git(f, null, "rev-parse", "--short=7", "HEAD").strip();
        Cli.Run run = Cli.run("--source", f.root().toString(), "translations", "--diff", "en/python.md");
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("outdated #ai"), run.toString());
        assertTrue(run.out().contains("changed on 2026-12-01 in " + head + " \"Mais razões para a IA\""), run.toString());
        assertTrue(run.out().contains("commit " + head + " 2026-12-01 Mais razões para a IA"), run.toString());
        assertTrue(run.out().contains("Existem [-algumas-]{+várias+} razões para isso."), "exactly the changed word:\n" + run);
        Cli.Run json = Cli.run("--source", f.root().toString(), "translations", "--format", "json", "en/python.md");
        assertTrue(json.out().contains("\"state\" : \"outdated\""), json.toString());
        assertTrue(json.out().contains("\"changedOn\" : \"2026-12-01\""), json.toString());
        assertEquals(1, Cli.run("--source", f.root().toString(), "translations", "--check").code(), "--check still fails");
    }

    @Test
    void withoutTheWholeHistoryTheBuildSaysSo() {
        Fixture full = changedInPortuguese();
        Path shallow = tmp.resolve("shallow");
        git(full, null, "-c", "protocol.file.allow=always", "clone", "-q", "--depth", "1", "file://" + full.root(), shallow.toString());
        Bakery.Result result = new Bakery(shallow, false).pdf(false).bake(shallow.resolve("target/site"));
        assertTrue(result.warnings().stream().anyMatch(w -> w.rule() == Rule.HISTORY_SHALLOW && w.message().contains("shallow")),
                Expect.list(result.warnings()));
        Element notice = html(shallow.resolve("target/site/en/python.html")).getElementById("ai").nextElementSibling();
        assertEquals("This section changed in the Portuguese original after it was translated. Read the original section.", notice.text(),
                "no date without the history");
        Cli.Run diff = Cli.run("--source", shallow.toString(), "translations", "--diff");
        assertTrue(diff.out().contains("shallow git history"), diff.toString());
        assertTrue(diff.out().contains(NEW), "the section as it is now:\n" + diff);
    }

    @Test
    void aNewPortugueseSectionHasItsPlaceholder() {
        Fixture f = repository("project").insertBefore(PT, "## Outros casos de uso",
                "## Uma seção nova {#brand-new}\n\nTexto novo da seção.\n\n");
        commit(f, "2026-12-01T09:30:00Z", "Uma seção nova");
        Bakery.Result result = f.bakeSucceeds(false);
        RuleExpect.is(Rule.SECTION_NOT_TRANSLATED, result.warnings(), error(EN, Expect.ANY,
                "the section '#brand-new' of content/python.md").warning());
        Document page = html(f.output().resolve("en/python.html"));
        Element placeholder = page.getElementById("brand-new");
        assertNotNull(placeholder, "the language switch from the original's #brand-new lands here");
        assertEquals("pt-BR", placeholder.attr("lang"));
        assertEquals("Uma seção nova", placeholder.text());
        assertEquals("other-uses", placeholder.nextElementSibling().nextElementSibling().id(), "in the original's order");
        assertEquals("This section has not been translated yet. Read it in the original.", placeholder.nextElementSibling().text());
        assertEquals("../python.html#brand-new", placeholder.nextElementSibling().selectFirst("a").attr("href"));
    }

    @Test
    void aNewPortuguesePageHasAStandInThatSearchEnginesSkip() {
        Fixture f = repository("project").write("content/extra.md", """
                ---
                title: Extra
                lang: pt-BR
                key: extra
                order: 6
                description: "Uma página nova."
                ---
                # Página extra

                Texto com [um link](python.md#ai) e uma citação. [@v8]

                ## Detalhes {#details}

                Mais texto.
                """);
        commit(f, "2026-12-01T09:30:00Z", "Uma página nova");
        Bakery.Result result = f.bakeSucceeds(false); // the output link check passed: every link to and from it resolves
        RuleExpect.is(Rule.PAGE_NOT_TRANSLATED, result.warnings(), error("content/extra.md", Expect.ANY,
                "the page 'extra' has no en version").warning());
        Document standIn = html(f.output().resolve("en/extra.html"));
        assertEquals("https://node-vs-python.github.io/extra.html", standIn.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("noindex", standIn.selectFirst("meta[name=robots]").attr("content"));
        assertTrue(standIn.select("link[rel=alternate]").isEmpty(), "no hreflang of its own");
        assertEquals("pt-BR", standIn.selectFirst("article").attr("lang"));
        assertTrue(standIn.selectFirst("article [role=note]").text().startsWith("This page has not been translated yet"));
        assertEquals("python.html#ai", standIn.selectFirst("article a[href$=#ai]").attr("href"), "its links lead to English pages");
        assertEquals("references.html#ref-v8", standIn.selectFirst("a.cite").attr("href"));
        assertEquals("../extra.html", standIn.selectFirst("a[data-lang-switch]").attr("href"));
        assertEquals("en/extra.html", html(f.output().resolve("extra.html")).selectFirst("a[data-lang-switch]").attr("href"),
                "the original's language switch leads to the stand-in, not to a 404");
        Element inNav = html(f.output().resolve("en/nodejs.html")).selectFirst("nav.site-nav a[href=../en/extra.html]");
        assertNotNull(inNav, "the English navigation lists it");
        assertEquals("(not translated)", inNav.nextElementSibling().text());
        assertFalse(read(f.output().resolve("sitemap.xml")).contains("en/extra.html"), "not in the sitemap");
        assertFalse(read(f.output().resolve("search-index.js")).contains("\"en/extra.html"), "not in the English search");
        assertTrue(read(f.output().resolve("search-index.js")).contains("\"extra.html"), "the original is in the search");
        assertTrue(html(f.output().resolve("extra.html")).select("link[hreflang=en]").isEmpty(), "the original has no English alternate");
    }

    /** Translating and marking brings back, byte for byte, the site that never lagged. */
    @Test
    void markingGivesTheSiteThatNeverLagged() throws IOException {
        Fixture lagged = changedInPortuguese();
        lagged.replaceInFile(EN, "There are a few reasons for this.", "There are several reasons for this.");
        assertEquals(0, Cli.run("--source", lagged.root().toString(), "translations", "--mark", "en/python.md").code());
        // translated later the same day: every page's "last updated" day is the same in both histories
        commit(lagged, "2026-12-01T18:00:00Z", "Translated");
        lagged.bakeSucceeds(false);

        Fixture never = repository("never").replaceInFile(PT, OLD, NEW)
                .replaceInFile(EN, "There are a few reasons for this.", "There are several reasons for this.");
        assertEquals(0, Cli.run("--source", never.root().toString(), "translations", "--mark", "en/python.md").code());
        commit(never, "2026-12-01T09:30:00Z", "Changed and translated at once");
        never.bakeSucceeds(false);

        assertTrue(html(lagged.output().resolve("en/python.html")).select("[role=note]").isEmpty(), "the notice is gone");
        Fixture.assertSameTree(Fixture.snapshot(never.output()), Fixture.snapshot(lagged.output()), "the site after marking");
    }

    @Test
    void githubActionsShowsEachLagAtItsLineAndATableInTheSummary() throws IOException {
        Fixture f = changedInPortuguese();
        Path summary = tmp.resolve("summary.md");
        Cli.Run run = Cli.runWith(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()),
                "--source", f.root().toString(), "--no-pdf");
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("::warning file=content/en/python.md,line=" + f.lineOf(EN, "{#ai}")
                + ",title=translation-behind::the translation is behind content/python.md in the section #ai (translate the changes,"
                + " then run: "), run.out());
        String table = read(summary);
        assertTrue(table.startsWith("### The site was built (1 warning)"), table);
        assertTrue(table.contains("| `content/en/python.md` | en | outdated | outdated #ai |"), table);
        assertTrue(table.contains("| `content/en/nodejs.md` | en | up to date |  |"), table);
    }

    @Test
    void githubActionsShowsAnErrorAtItsLineAndColumn() throws IOException {
        Fixture f = repository("project").replaceInFile(EN, "## Concurrency and coroutines {#concurrency}",
                "## Concurrency and coroutines {#Concurrency}");
        Path summary = tmp.resolve("summary.md");
        Cli.Run run = Cli.runWith(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()),
                "--source", f.root().toString(), "--no-pdf");
        assertEquals(1, run.code(), run.toString());
        assertTrue(run.out().contains("::error file=content/en/python.md,line=" + f.lineOf(EN, "{#Concurrency}") + ",col=1,"
                + "title=id-not-allowed::the id 'Concurrency' is not allowed"), run.out());
        assertTrue(read(summary).startsWith("### The site was not built: "), read(summary));
        assertFalse(Cli.run("--source", f.root().toString(), "--no-pdf").out().contains("::error"), "only in GitHub Actions");
    }

    // --- a real git repository ---

    private static void commit(Fixture f, String date, String message) {
        TestGit.commit(f.root(), date, message);
    }

    private static String git(Fixture f, String date, String... arguments) {
        return TestGit.git(f.root(), date, arguments);
    }

    private static Document html(Path file) {
        return Jsoup.parse(read(file));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
