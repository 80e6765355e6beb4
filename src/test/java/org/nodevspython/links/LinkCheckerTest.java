package org.nodevspython.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.content.Page;
import org.nodevspython.content.PageType;
import org.nodevspython.content.TestPages;
import org.nodevspython.rules.Problem;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;

/**
 * The check of Markdown links before rendering: each rule it reports (invalid, absolute, outside,
 * unknown page, unknown section, link to HTML, missing file), at the line and column of the link
 * in the Markdown file, and the links it lets through (external, existing pages, sections, ids the
 * templates add, files of content/ and assets/).
 */
class LinkCheckerTest {

    /** The line of the page where {@link #check} writes the Markdown under test. */
    private static final int LINE = 12;

    @TempDir
    Path tmp;

    private Path contentDir;
    private Path assetDir;

    @BeforeEach
    void files() throws IOException {
        contentDir = Files.createDirectories(tmp.resolve("content"));
        assetDir = Files.createDirectories(tmp.resolve("assets"));
        Files.createDirectories(contentDir.resolve("en"));
        Files.write(contentDir.resolve("en/chart.png"), new byte[] {1});
        Files.write(contentDir.resolve("en/my chart.png"), new byte[] {1});
        Files.createDirectories(assetDir.resolve("css"));
        Files.writeString(assetDir.resolve("css/site.css"), "p{}");
    }

    /** The problems of a site where {@code en/nodejs.md} has {@code markdown} at line {@value #LINE}. */
    private List<Problem> check(String markdown) {
        Page nodejs = TestPages.parse("en/nodejs.md", """
                ---
                title: Node.js
                lang: en
                key: nodejs
                order: 2
                description: "About Node.js."
                ---
                # Node.js

                ## Scale {#scale}

                """ + markdown + "\n");
        Page python = TestPages.page("en/python.md", "en", "python", 3, PageType.PAGE,
                "# Python\n\n## AI {#ai}\n\nText.\n\n## Web {#web}\n\nText.\n");
        Page ptPython = TestPages.page("python.md", "pt-BR", "python", 3);
        Problems problems = new Problems(TestPages.PROJECT);
        new LinkChecker(TestPages.index(nodejs, python, ptPython), contentDir, assetDir, page -> {
            Set<String> ids = new LinkedHashSet<>(page.anchors());
            ids.add("from-template");
            return ids;
        }).check(problems);
        return problems.all();
    }

    private static void assertProblem(Rule rule, int column, String message, String fix, List<Problem> problems) {
        assertEquals(1, problems.size(), "one problem: " + problems);
        Problem problem = problems.get(0);
        assertEquals(rule, problem.rule());
        assertEquals("content/en/nodejs.md", problem.path());
        assertEquals(LINE, problem.line(), "the line of the Markdown link");
        assertEquals(column, problem.column(), "the column of the Markdown link");
        assertEquals(message, problem.message());
        if (fix != null) {
            assertEquals(fix, problem.fix());
        }
    }

    @Test
    void goodLinksPass() {
        assertEquals(List.of(), check("[a](python.md) [b](python.md#ai) [c](#scale) [d](https://nodejs.org/) [e](mailto:x@example.org)"
                + " [f](../python.md) ![g](chart.png) ![h](my%20chart.png) ![i](<my chart.png>) [j](../css/site.css)"
                + " [k](python.md#from-template) [l](#from-template) [m](nodejs.md)"));
    }

    @Test
    void invalidAddress() {
        assertProblem(Rule.LINK_INVALID, 5, "the link address '%zz' is not a valid address", "escape spaces as %20",
                check("See [bad](%zz)."));
    }

    @Test
    void absoluteAddress() {
        assertProblem(Rule.LINK_ABSOLUTE, 1, "the link '/en/python.md' starts with '/', which breaks under a base path and from disk",
                null, check("[abs](/en/python.md)"));
    }

    @Test
    void outsideTheContentFolder() {
        assertProblem(Rule.LINK_OUTSIDE, 1, "the image '../../x.png' points outside the content folder", null,
                check("![up](../../x.png)"));
    }

    @Test
    void unknownPage() {
        assertProblem(Rule.LINK_PAGE_UNKNOWN, 7, "the link 'ruby.md#x' names a page that does not exist (content/en/ruby.md)",
                null, check("Ruby: [ruby](ruby.md#x)"));
    }

    @Test
    void unknownPageInAReferenceDefinitionAndInRawHtml() {
        List<Problem> problems = check("[ruby][r] <a href=\"perl.md\">perl</a>\n\n[r]: ruby.md");
        assertEquals(List.of(Rule.LINK_PAGE_UNKNOWN, Rule.LINK_PAGE_UNKNOWN), problems.stream().map(Problem::rule).toList());
        assertEquals(List.of("the link 'perl.md' names a page that does not exist (content/en/perl.md) at line " + LINE,
                        "the link 'ruby.md' names a page that does not exist (content/en/ruby.md) at line " + (LINE + 2)),
                problems.stream().map(p -> p.message() + " at line " + p.line()).sorted().toList());
    }

    @Test
    void unknownSectionOfAnotherPage() {
        assertProblem(Rule.LINK_SECTION_UNKNOWN, 1,
                "the link 'python.md#nope' names the section '#nope', which does not exist on content/en/python.md",
                "use one of its ids: ai, web", check("[s](python.md#nope)"));
    }

    @Test
    void unknownSectionOfTheSamePage() {
        assertProblem(Rule.LINK_SECTION_UNKNOWN, 1,
                "the link '#gone' names the section '#gone', which does not exist on content/en/nodejs.md",
                "use one of its ids: scale", check("[s](#gone)"));
    }

    @Test
    void linkToTheGeneratedHtml() {
        assertProblem(Rule.LINK_TO_HTML, 1, "the link 'python.html#ai' names a generated HTML file",
                "name the Markdown file instead, e.g. 'python.md#ai': it keeps working in the code host's preview",
                check("[h](python.html#ai)"));
    }

    @Test
    void missingFile() {
        assertProblem(Rule.LINK_FILE_MISSING, 1, "the image 'none.png' points to a file that does not exist", null,
                check("![i](none.png)"));
        assertProblem(Rule.LINK_FILE_MISSING, 1, "the link 'data.csv' points to a file that does not exist", null,
                check("[d](data.csv)"));
    }

    @Test
    void everyBrokenLinkOfAPageIsReported() {
        List<Problem> problems = check("[a](ruby.md) [b](/x.md) [c](python.html) ![d](none.png)");
        assertEquals(List.of(Rule.LINK_PAGE_UNKNOWN, Rule.LINK_ABSOLUTE, Rule.LINK_TO_HTML, Rule.LINK_FILE_MISSING),
                problems.stream().map(Problem::rule).toList(), "in the order of the line: " + problems);
        assertEquals(List.of(1, 14, 25, 42), problems.stream().map(Problem::column).toList());
    }
}
