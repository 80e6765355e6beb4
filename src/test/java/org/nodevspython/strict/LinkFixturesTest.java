package org.nodevspython.strict;

import static org.nodevspython.strict.Expect.error;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nodevspython.rules.Rule;

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
        RuleExpect.only(Rule.LINK_ABSOLUTE, f.bake(), error(page, f.lineOf(page, link), f.columnOf(page, link),
                "the link '/python.md' starts with '/', which breaks under a base path and from disk")
                .fix("write a relative address, e.g. 'python.md#ai'"));
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

    /**
     * Characters that no address may hold. The fix the rule gives, "escape spaces as %20", does not
     * fit (reported): a space never makes an address invalid, the build reads it as %20.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"python%zz.md", "python.md#a|b", "python.md#{scalability}"})
    void invalidAddress(String address) {
        String page = "content/en/nodejs.md";
        String link = "[Python's scalability](" + address + ")";
        Fixture f = fixture().replaceInFile(page, "[Python's scalability](python.md#scalability)", link);
        RuleExpect.only(Rule.LINK_INVALID, f.bake(), error(page, f.lineOf(page, link), f.columnOf(page, link),
                "the link address '" + address + "' is not a valid address"));
    }

    /**
     * NOT REPORTED (reported to the team, main code unchanged): an address with a space is no
     * Markdown link, so no check sees it: without angle brackets the page shows the Markdown as
     * text, with them ({@code <py thon.md>}) flexmark reads raw HTML and the page gets an element
     * {@code <py>}; the bake succeeds either way. The build should report it at the link.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"py thon.md", "<py thon.md>"})
    void addressWithASpace(String address) {
        String page = "content/en/nodejs.md";
        String link = "[Python's scalability](" + address + ")";
        Fixture f = fixture().replaceInFile(page, "[Python's scalability](python.md#scalability)", link);
        Expect.onlyErrors(f.bake(), error(page, f.lineOf(page, link), f.columnOf(page, link), "py thon.md"));
    }

    @Test
    void linkOutOfTheContentFolder() {
        String page = "content/en/nodejs.md";
        String link = "[Python's scalability](../../README.md)";
        Fixture f = fixture().replaceInFile(page, "[Python's scalability](python.md#scalability)", link);
        RuleExpect.only(Rule.LINK_OUTSIDE, f.bake(), error(page, f.lineOf(page, link), f.columnOf(page, link),
                "the link '../../README.md' points outside the content folder")
                .fix("link to a page or a file inside content/ or assets/"));
    }

    /** '../' from a page of the source language, at the root of content/. */
    @Test
    void linkOneFolderUpFromTheRoot() {
        String page = "content/nodejs.md";
        String link = "[escalabilidade do Python](../python.md)";
        Fixture f = fixture().replaceInFile(page, "[escalabilidade do Python](python.md#scalability)", link);
        RuleExpect.only(Rule.LINK_OUTSIDE, f.bake(), error(page, f.lineOf(page, link), f.columnOf(page, link),
                "the link '../python.md' points outside the content folder"));
    }
}
