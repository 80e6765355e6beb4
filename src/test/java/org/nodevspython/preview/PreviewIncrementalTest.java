package org.nodevspython.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.bake.Bakery;
import org.nodevspython.bake.IncrementalBake;
import org.nodevspython.bake.IncrementalBake.Scope;
import org.nodevspython.rules.BuildFailedException;
import org.nodevspython.rules.Problem;
import org.nodevspython.strict.Fixture;

/**
 * The preview's incremental bake makes exactly the site a clean bake makes: on a copy of the real project, baked
 * once, each kind of edit is applied and baked again incrementally, then the same sources are baked clean into
 * another folder, and both folders must hold the same files, byte for byte, with the same warnings. Each test also
 * says how much work the edit took (its {@link Scope}), and that the edit did change the site (or the comparison
 * would prove nothing).
 */
class PreviewIncrementalTest {

    private static final String NEW_PAGE = """
            ---
            title: Novidades
            lang: pt-BR
            key: news
            order: 7
            type: page
            description: "Uma página nova, escrita pelo teste da pré-visualização incremental."
            ---
            # Novidades

            Uma página nova, que cita uma fonte. [@v8]

            ## O que mudou {#what-changed}

            Veja a página sobre o [Node.js](nodejs.md#scalability).
            """;

    @TempDir
    Path tmp;

    private Fixture project;
    private IncrementalBake bake;
    private Map<String, byte[]> before;

    @BeforeEach
    void bakeOnce() {
        project = Fixture.copyOfRealProject(tmp.resolve("project"));
        bake = new IncrementalBake(project.root(), false).translatorDiffs(true);
        IncrementalBake.Outcome first = bake.bake(project.output());
        assertEquals(Scope.ALL, first.scope(), "the first bake bakes everything");
        assertSameAsClean(first);
        before = Fixture.snapshot(project.output());
    }

    @Test
    void bodyOfAPortuguesePage() {
        insertAfterTitle("content/nodejs.md", "Uma frase nova no corpo da página.");
        IncrementalBake.Outcome outcome = rebake(Scope.CHANGED_PAGES);
        assertEquals(1, outcome.pagesRead(), "only the file edited is read again");
        // the page, and its translation, whose introduction now lags behind it (a notice)
        assertEquals(2, outcome.pagesWritten());
        assertEquals(2, outcome.booksSpliced(), "each book gets its one chapter made again");
        assertChanged("nodejs.html", "en/nodejs.html", "livro.html", "en/book.html", "search-index.js");
    }

    @Test
    void bodyOfAnEnglishPage() {
        insertAfterTitle("content/en/python.md", "A new sentence in the body of the page.");
        IncrementalBake.Outcome outcome = rebake(Scope.CHANGED_PAGES);
        assertEquals(1, outcome.pagesRead());
        assertEquals(1, outcome.pagesWritten());
        assertChanged("en/python.html", "en/book.html", "search-index.js");
    }

    @Test
    void aOneFileBodyEditReadsAndWritesOnlyThatFile() {
        IncrementalBake.Outcome outcome;
        insertAfterTitle("content/en/conclusion.md", "One more sentence.");
        outcome = rebake(Scope.CHANGED_PAGES);
        assertEquals(1, outcome.pagesRead(), "one file edited, one file parsed");
        assertEquals(1, outcome.pagesWritten(), "one page written through its template");
        // saving the same bytes again changes nothing: nothing is read, nothing written
        project.write("content/en/conclusion.md", project.read("content/en/conclusion.md"));
        outcome = rebake(Scope.CHANGED_PAGES);
        assertEquals(0, outcome.pagesRead());
        assertEquals(0, outcome.pagesWritten());
    }

    @Test
    void aTitle() {
        project.replaceLineStartingWith("content/python.md", "title: ", "title: Python hoje");
        IncrementalBake.Outcome outcome = rebake(Scope.EVERY_PAGE);
        assertEquals(1, outcome.pagesRead());
        assertChanged("python.html", "index.html", "nodejs.html", "livro.html", "search-index.js");
    }

    @Test
    void theTitleHeading() {
        project.replaceInFile("content/en/python.md", "\n# Python\n", "\n# Python today\n");
        rebake(Scope.EVERY_PAGE);
        assertChanged("en/python.html", "en/book.html");
    }

    @Test
    void aSectionHeadingAndItsId() {
        project.replaceInFile("content/nodejs.md", "## Escalabilidade {#scalability}", "## Escalabilidade horizontal {#scalability}");
        rebake(Scope.EVERY_PAGE);
        assertChanged("nodejs.html", "index.html", "livro.html");
        project.replaceInFile("content/nodejs.md", "## Vários núcleos e o módulo cluster {#multi-core}",
                "## Vários núcleos e o módulo cluster {#cores}");
        project.replaceInFile("content/en/nodejs.md", "{#multi-core}", "{#cores}");
        IncrementalBake.Outcome outcome = rebake(Scope.EVERY_PAGE);
        assertEquals(2, outcome.pagesRead());
        assertChanged("nodejs.html", "en/nodejs.html", "index.html");
    }

    @Test
    void aNewCitation() {
        insertAfterTitle("content/python.md", "O V8 é o motor de JavaScript do Chrome. [@v8]");
        rebake(Scope.EVERY_PAGE);
        assertChanged("python.html", "referencias.html", "en/python.html");
    }

    @Test
    void aNewPageThenItsRenameThenItsDeletion() {
        project.write("content/novidades.md", NEW_PAGE);
        IncrementalBake.Outcome added = rebake(Scope.EVERY_PAGE);
        assertEquals(1, added.pagesRead(), "only the new file is read");
        assertChanged("novidades.html", "en/novidades.html", "index.html", "en/index.html", "sitemap.xml");

        // its body: the page, and its stand-in in English (with both books)
        before = Fixture.snapshot(project.output());
        insertAfterTitle("content/novidades.md", "Uma frase nova na página nova.");
        IncrementalBake.Outcome body = rebake(Scope.CHANGED_PAGES);
        assertEquals(2, body.pagesWritten(), "the page and its stand-in");
        assertEquals(2, body.booksSpliced());
        assertChanged("novidades.html", "en/novidades.html", "livro.html", "en/book.html", "search-index.js");

        project.delete("content/novidades.md").write("content/ultimas.md", NEW_PAGE);
        IncrementalBake.Outcome renamed = rebake(Scope.EVERY_PAGE);
        assertEquals(1, renamed.pagesRead());
        assertFalse(Files.exists(project.output().resolve("novidades.html")), "the old address is gone");
        assertTrue(Files.exists(project.output().resolve("ultimas.html")));

        project.delete("content/ultimas.md");
        IncrementalBake.Outcome deleted = rebake(Scope.EVERY_PAGE);
        assertEquals(0, deleted.pagesRead());
        assertFalse(Files.exists(project.output().resolve("ultimas.html")), "the page is gone");
        assertFalse(Files.exists(project.output().resolve("en/ultimas.html")), "and its stand-in");
    }

    @Test
    void aDeletedPage() {
        // the English "not found" page: the Portuguese one then stands in for it
        project.delete("content/en/404.md");
        IncrementalBake.Outcome outcome = rebake(Scope.EVERY_PAGE);
        assertEquals(0, outcome.pagesRead());
        assertChanged("en/404.html");
    }

    @Test
    void anErrorThenItsFix() {
        String original = project.read("content/python.md");
        insertAfterTitle("content/python.md", "Uma afirmação com uma fonte que não existe. [@nope]");
        BuildFailedException failed = assertThrows(BuildFailedException.class, () -> bake.bake(project.output()));
        BuildFailedException clean = assertThrows(BuildFailedException.class,
                () -> new Bakery(project.root(), false).pdf(false).translatorDiffs(true).bake(tmp.resolve("clean")));
        assertEquals(clean.problems(), failed.problems(), "the problems a clean bake reports");
        assertTrue(failed.problems().stream().anyMatch(p -> p.isError() && p.message().contains("nope")), failed.problems().toString());
        Fixture.assertSameTree(before, Fixture.snapshot(project.output()), "a failed bake leaves the last good site");

        // undone: nothing to do again
        project.write("content/python.md", original);
        IncrementalBake.Outcome undone = rebake(Scope.CHANGED_PAGES);
        assertEquals(0, undone.pagesWritten());
        Fixture.assertSameTree(before, Fixture.snapshot(project.output()), "the site as it was");

        // an error in a page that cannot be read at all, then a fix that is not the text it had
        project.write("content/python.md", original.replace("---\n# Python", "# Python"));
        BuildFailedException unreadable = assertThrows(BuildFailedException.class, () -> bake.bake(project.output()));
        assertEquals(assertThrows(BuildFailedException.class,
                () -> new Bakery(project.root(), false).pdf(false).translatorDiffs(true).bake(tmp.resolve("clean"))).problems(),
                unreadable.problems());
        project.write("content/python.md", original.replace("\n# Python\n", "\n# Python\n\nCorrigido.\n"));
        rebake(Scope.CHANGED_PAGES);
        assertChanged("python.html", "en/python.html", "livro.html");
    }

    @Test
    void anEditOnlyTheOutputCheckRefuses() {
        // the error page is a page of the site, but no chapter of the book: a link to it breaks there only
        insertAfterTitle("content/python.md", "Veja a [página de erro](404.md).");
        BuildFailedException failed = assertThrows(BuildFailedException.class, () -> bake.bake(project.output()));
        BuildFailedException clean = assertThrows(BuildFailedException.class,
                () -> new Bakery(project.root(), false).pdf(false).translatorDiffs(true).bake(tmp.resolve("clean")));
        assertEquals(clean.problems(), failed.problems(), "the problems a clean bake reports");
        assertTrue(failed.problems().stream().anyMatch(p -> p.isError() && p.message().contains("livro.html")), failed.problems().toString());
        Fixture.assertSameTree(before, Fixture.snapshot(project.output()), "a failed bake leaves the last good site");
        project.replaceInFile("content/python.md", "Veja a [página de erro](404.md).", "Veja a [página sobre o Node.js](nodejs.md).");
        rebake(Scope.CHANGED_PAGES);
        assertChanged("python.html", "livro.html");
    }

    @Test
    void theOrderOfThePages() {
        project.replaceLineStartingWith("content/nodejs.md", "order: ", "order: 3");
        project.replaceLineStartingWith("content/python.md", "order: ", "order: 2");
        IncrementalBake.Outcome outcome = rebake(Scope.EVERY_PAGE);
        assertEquals(2, outcome.pagesRead());
        assertChanged("index.html", "nodejs.html", "python.html", "livro.html");
    }

    @Test
    void aTemplate() {
        project.replaceInFile("templates/page.ftl", "<#import", "<#-- a comment that changes nothing but the template -->\n<#import");
        rebake(Scope.ALL);
        project.replaceInFile("templates/base.ftl", "</footer>", "<p>Escrito com cuidado.</p></footer>");
        rebake(Scope.ALL);
        assertChanged("nodejs.html", "en/index.html");
    }

    @Test
    void aBookWhoseChaptersDependOnTheirPlaceIsWrittenWhole() {
        project.replaceInFile("templates/book.ftl", "<section class=\"book-page\" id=\"p-${chapter.key}\"",
                "<section class=\"book-page\" data-chapter=\"${chapter?counter}\" id=\"p-${chapter.key}\"");
        rebake(Scope.ALL);
        before = Fixture.snapshot(project.output());
        insertAfterTitle("content/en/python.md", "A new sentence in a chapter that knows its number.");
        IncrementalBake.Outcome outcome = rebake(Scope.CHANGED_PAGES);
        assertEquals(0, outcome.booksSpliced(), "a chapter alone would be the first: the book is written whole");
        assertChanged("en/python.html", "en/book.html");
    }

    @Test
    void theReferences() {
        project.replaceInFile("data/references.yaml", "title: \"NodeJS vs Python 3 Performance\"", "title: \"NodeJS vs Python 3: Performance\"");
        rebake(Scope.ALL);
        assertChanged("referencias.html", "en/references.html", "nodejs.html", "search-index.js");
    }

    @Test
    void anAsset() {
        project.write("assets/css/site.css", project.read("assets/css/site.css") + "/* changed by the test */\n");
        rebake(Scope.ALL);
        assertChanged("css/site.css", "404.html", "livro.html");
        project.write("assets/notes/new.txt", "a new file of the site\n");
        rebake(Scope.ALL);
        assertChanged("notes/new.txt");
    }

    @Test
    void successiveEditsKeepTheSiteExact() {
        insertAfterTitle("content/nodejs.md", "Primeira frase nova.");
        rebake(Scope.CHANGED_PAGES);
        insertAfterTitle("content/en/nodejs.md", "A first new sentence.");
        rebake(Scope.CHANGED_PAGES);
        project.replaceLineStartingWith("content/en/nodejs.md", "title: ", "title: Node.js, today");
        rebake(Scope.EVERY_PAGE);
        insertAfterTitle("content/en/nodejs.md", "A second new sentence.");
        rebake(Scope.CHANGED_PAGES);
        project.replaceInFile("templates/page.ftl", "<#import", "<#-- changed -->\n<#import");
        rebake(Scope.ALL);
        insertAfterTitle("content/nodejs.md", "Segunda frase nova.");
        insertAfterTitle("content/python.md", "Mais uma frase nova.");
        IncrementalBake.Outcome two = rebake(Scope.CHANGED_PAGES);
        assertEquals(2, two.pagesRead());
    }

    @Test
    void aRehearsalPublishesNothing() {
        assertTrue(bake.rehearse(project.output()));
        Fixture.assertSameTree(before, Fixture.snapshot(project.output()), "a rehearsal leaves the site as it is");
        insertAfterTitle("content/en/nodejs.md", "A sentence after the rehearsal.");
        rebake(Scope.CHANGED_PAGES);
    }

    @Test
    void aSiteChangedBehindItsBackIsBakedAgain() throws Exception {
        Files.delete(project.output().resolve("en/python.html"));
        insertAfterTitle("content/en/nodejs.md", "A sentence after the site lost a page.");
        IncrementalBake.Outcome outcome = rebake(Scope.EVERY_PAGE);
        assertEquals(1, outcome.pagesRead(), "the pages are still known; the site is written again");
    }

    @Test
    void aCommitDatesTheNoticesOfTheTranslations() {
        project = Fixture.copyOfRealProject(tmp.resolve("git"));
        project.write(".gitignore", "target/\n");
        git("2026-11-20T10:00:00Z", "init", "-q");
        commit("2026-11-20T10:00:00Z", "The site as it was");
        bake = new IncrementalBake(project.root(), false).translatorDiffs(true);
        assertEquals(Scope.ALL, bake.bake(project.output()).scope());
        before = Fixture.snapshot(project.output());

        // not committed yet: the English page says its section is outdated, with the words changed, but not since when
        project.replaceInFile("content/python.md", "Existem algumas razões para isso.", "Existem várias razões para isso.");
        rebake(Scope.CHANGED_PAGES);
        assertChanged("python.html", "en/python.html");
        before = Fixture.snapshot(project.output());

        // committed: no file changed, but the notice now has its date, and the Portuguese page its "last updated" day,
        // which the sitemap and the book show too: every page is written again
        commit("2026-12-01T09:30:00Z", "Mais razões para a IA");
        IncrementalBake.Outcome committed = rebake(Scope.EVERY_PAGE);
        assertEquals(0, committed.pagesRead());
        assertChanged("en/python.html", "python.html", "sitemap.xml", "livro.html");
        assertTrue(project.read("target/site/en/python.html").contains("2026-12-01"), "the date of the commit");
        before = Fixture.snapshot(project.output());

        // the next body edit, with the dates as they were: only that page again
        project.replaceInFile("content/nodejs.md", "Existem", "Há");
        rebake(Scope.CHANGED_PAGES);
        assertChanged("nodejs.html");
    }

    // ---------------------------------------------------------------- helpers

    private void commit(String date, String message) {
        git(date, "add", "-A");
        git(date, "-c", "user.name=Contributor", "-c", "user.email=contributor@example.org", "commit", "-q", "-m", message);
    }

    private void git(String date, String... arguments) {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("git"));
        command.addAll(java.util.List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.root().toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_AUTHOR_DATE", date);
        builder.environment().put("GIT_COMMITTER_DATE", date);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        try {
            Process git = builder.start();
            String out = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(git.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && git.exitValue() == 0, "git " + command + ":\n" + out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Bakes incrementally, then clean into another folder, and compares. */
    private IncrementalBake.Outcome rebake(Scope expected) {
        IncrementalBake.Outcome outcome = bake.bake(project.output());
        assertSameAsClean(outcome);
        assertEquals(expected, outcome.scope(), "how much was made again");
        return outcome;
    }

    private void assertSameAsClean(IncrementalBake.Outcome outcome) {
        Path clean = tmp.resolve("clean");
        Bakery.Result result = new Bakery(project.root(), false).pdf(false).translatorDiffs(true).bake(clean);
        Fixture.assertSameTree(Fixture.snapshot(clean), Fixture.snapshot(project.output()), "the incremental bake against a clean one");
        assertEquals(result.warnings().stream().map(Problem::toString).toList(),
                outcome.result().warnings().stream().map(Problem::toString).toList(), "the warnings");
        assertEquals(result.pagesPerLanguage(), outcome.result().pagesPerLanguage());
        assertFalse(Files.exists(project.output().resolveSibling("site.staging")), "no staging folder is left behind");
    }

    /** Every file named differs from the site baked before the edits (so the comparison with a clean bake means something). */
    private void assertChanged(String... files) {
        Map<String, byte[]> now = Fixture.snapshot(project.output());
        Set<String> same = new TreeSet<>();
        for (String file : files) {
            if (before.containsKey(file) && now.containsKey(file) && Arrays.equals(before.get(file), now.get(file))) {
                same.add(file);
            }
        }
        assertEquals(Set.of(), same, "these files should have changed");
    }

    /** Adds a paragraph right after the page's title heading. */
    private void insertAfterTitle(String relative, String paragraph) {
        String text = project.read(relative);
        int title = text.indexOf("\n# ");
        assertTrue(title > 0, relative + " has no title heading");
        int endOfLine = text.indexOf('\n', title + 1);
        project.write(relative, text.substring(0, endOfLine + 1) + "\n" + paragraph + "\n" + text.substring(endOfLine + 1));
    }
}
