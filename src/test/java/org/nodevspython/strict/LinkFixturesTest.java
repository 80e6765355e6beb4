package org.nodevspython.strict;

import static org.nodevspython.strict.Expect.error;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links and images, reported at the line and column of the Markdown that writes them. */
class LinkFixturesTest {

    @TempDir
    Path tmp;

    private Fixture fixture() {
        return Fixture.copyOfRealProject(tmp);
    }

    @Test
    void linkToAMissingPage() {
        String page = "content/python.md";
        Fixture f = fixture().replaceInFile(page, "[escalabilidade do Node.js](nodejs.md#scalability)",
                "[escalabilidade do Node.js](nodejs-old.md)");
        String link = "[escalabilidade do Node.js](nodejs-old.md)";
        Expect.onlyErrors(f.bake(), error(page, f.lineOf(page, link), f.columnOf(page, link),
                "the link 'nodejs-old.md' names a page that does not exist (content/nodejs-old.md)"));
    }

    @Test
    void linkToAMissingSection() {
        String page = "content/en/conclusion.md";
        Fixture f = fixture().replaceInFile(page, "[artificial intelligence](python.md#ai)", "[artificial intelligence](python.md#ia)");
        String link = "[artificial intelligence](python.md#ia)";
        Expect.onlyErrors(f.bake(), error(page, f.lineOf(page, link), f.columnOf(page, link),
                "the link 'python.md#ia' names the section '#ia', which does not exist on content/en/python.md").fix("ai"));
    }

    @Test
    void linkToTheGeneratedHtml() {
        String page = "content/en/conclusion.md";
        Fixture f = fixture().replaceInFile(page, "[references](references.md)", "[references](references.html)");
        String link = "[references](references.html)";
        Expect.onlyErrors(f.bake(), error(page, f.lineOf(page, link), f.columnOf(page, link),
                "the link 'references.html' names a generated HTML file").fix("'references.md'"));
    }

    @Test
    void rootAbsoluteLink() {
        String page = "content/en/nodejs.md";
        Fixture f = fixture().replaceInFile(page, "[Python's scalability](python.md#scalability)", "[Python's scalability](/python.md)");
        String link = "[Python's scalability](/python.md)";
        Expect.onlyErrors(f.bake(), error(page, f.lineOf(page, link), f.columnOf(page, link),
                "the link '/python.md' starts with '/'"));
    }

    @Test
    void missingImage() {
        String page = "content/en/python.md";
        Fixture f = fixture().insertBefore(page, "## Concurrency and coroutines", "A figure: ![alt](img/missing.png)\n\n");
        String image = "![alt](img/missing.png)";
        Expect.onlyErrors(f.bake(), error(page, f.lineOf(page, image), f.columnOf(page, image),
                "the image 'img/missing.png' points to a file that does not exist"));
    }

    @Test
    void referenceStyleLinkToAMissingPage() {
        String page = "content/en/python.md";
        Fixture f = fixture().insertBefore(page, "## Concurrency and coroutines", "See [the old page][old].\n\n[old]: nodejs-old.md\n\n");
        Expect.onlyErrors(f.bake(), error(page, f.lineOf(page, "[old]: nodejs-old.md"), 1,
                "the link 'nodejs-old.md' names a page that does not exist (content/en/nodejs-old.md)"));
    }

    /** A link written as raw HTML in a page is the page's mistake, at its line, not a template's. */
    @Test
    void brokenLinkInRawHtml() {
        String page = "content/en/python.md";
        String link = "<a href=\"nodejs-old.html\">";
        Fixture f = fixture().insertBefore(page, "## Concurrency and coroutines", "See " + link + "the old page</a>.\n\n");
        Expect.onlyErrors(f.bake(), error(page, f.lineOf(page, link), "nodejs-old.html"));
    }
}
