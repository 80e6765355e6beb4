package org.nodevspython.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.rules.Problem;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;

/**
 * The check of the generated files, on a small site written into a temporary folder: a link to a
 * missing file, to a missing {@code #id} (of the same page, of a page read before and of one read
 * after), to a folder, an absolute link, links in repeated blocks (reported once per folder, with
 * their own wording), and the files a bake chose not to make; and the check again of a site of which
 * some files were written again, whole or in parts (the incremental preview).
 */
class OutputLinkCheckerTest {

    @TempDir
    Path tmp;

    private Path site;

    private void write(String path, String body) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<!DOCTYPE html><html><head><title>t</title></head><body>" + body + "</body></html>",
                StandardCharsets.UTF_8);
    }

    /** Runs the check and returns each problem's message. */
    private List<String> check(OutputLinkChecker checker, Problems problems) {
        checker.check(tmp.resolve("templates"));
        for (Problem problem : problems.all()) {
            assertEquals(Rule.OUTPUT_LINK_BROKEN, problem.rule());
            assertEquals("templates", problem.path(), "reported at the templates, which wrote the links");
            assertEquals(0, problem.line());
        }
        return problems.all().stream().map(Problem::message).sorted().toList();
    }

    private List<String> check(String... blocks) {
        Problems problems = new Problems(tmp);
        return check(new OutputLinkChecker(site, problems).repeated(List.of(blocks)), problems);
    }

    private static String broken(String page, String url, String what) {
        return "the generated page " + page + " links to '" + url + "', which " + what;
    }

    private Path site() throws IOException {
        site = Files.createDirectories(tmp.resolve("site"));
        return site;
    }

    @Test
    void aSiteWhoseLinksAllResolveHasNoProblem() throws IOException {
        site();
        write("index.html", "<p id=\"top\"><a href=\"#top\">top</a> <a href=\"en/index.html#intro\">en</a>"
                + " <a href=\"https://example.org/missing.html\">ext</a> <a href=\"mailto:x@example.org\">mail</a>"
                + " <img src=\"img/chart.png\" alt=\"\"> <a href=\"css/site.css#x\">css</a></p>");
        write("en/index.html", "<h2 id=\"intro\">Intro</h2><a href=\"../index.html#top\">pt</a> <a href=\"index.html\">self</a>");
        Files.createDirectories(site.resolve("img"));
        Files.write(site.resolve("img/chart.png"), new byte[] {1});
        Files.createDirectories(site.resolve("css"));
        Files.writeString(site.resolve("css/site.css"), "p{}");
        assertEquals(List.of(), check());
    }

    @Test
    void aLinkToAFileThatIsNotInTheSite() throws IOException {
        site();
        write("index.html", "<a href=\"missing.html\">x</a> <img src=\"img/none.png\" alt=\"\"> <a href=\"../outside.html\">o</a>");
        Files.writeString(tmp.resolve("outside.html"), "<p>outside the site</p>");
        assertEquals(List.of(
                broken("index.html", "../outside.html", "names a file that is not in the site"),
                broken("index.html", "img/none.png", "names a file that is not in the site"),
                broken("index.html", "missing.html", "names a file that is not in the site")), check());
    }

    @Test
    void aLinkToAnIdThePageDoesNotHave() throws IOException {
        site();
        // b.html is read before en/page.html, which is read before index.html: both orders are checked
        write("b.html", "<a href=\"en/page.html#there\">ok</a> <a href=\"en/page.html#gone\">x</a> <a href=\"#nope\">y</a>");
        write("en/page.html", "<h2 id=\"there\">There</h2><a href=\"../index.html#late\">x</a>"
                + " <a href=\"../index.html#top\">ok</a> <a href=\"../b.html#early\">x</a>");
        write("index.html", "<p id=\"top\">top</p>");
        assertEquals(List.of(
                broken("b.html", "#nope", "names the id '#nope', which b.html does not have"),
                broken("b.html", "en/page.html#gone", "names the id '#gone', which en/page.html does not have"),
                broken("en/page.html", "../b.html#early", "names the id '#early', which b.html does not have"),
                broken("en/page.html", "../index.html#late", "names the id '#late', which index.html does not have")), check());
    }

    @Test
    void anEscapedFragmentIsTheIdItDecodesTo() throws IOException {
        site();
        write("index.html", "<p id=\"a b\">x</p><a href=\"#a%20b\">ok</a> <a href=\"#a%20c\">x</a>");
        assertEquals(List.of(broken("index.html", "#a%20c", "names the id '#a c', which index.html does not have")), check());
    }

    @Test
    void aLinkToAFolder() throws IOException {
        site();
        write("index.html", "<a href=\"en/\">en</a> <a href=\"en\">en</a> <a href=\"en/index.html\">ok</a>");
        write("en/index.html", "<p>en</p>");
        String folder = "names a folder, which does not open from file://; name its index.html";
        assertEquals(List.of(broken("index.html", "en", folder), broken("index.html", "en/", folder)), check());
    }

    @Test
    void anAbsoluteLinkOrAnInvalidOne() throws IOException {
        site();
        write("index.html", "<a href=\"/index.html\">abs</a> <a href=\"%zz\">bad</a>");
        assertEquals(List.of(
                broken("index.html", "%zz", "is not a valid address"),
                broken("index.html", "/index.html", "is absolute and breaks under a base path and from file://")), check());
    }

    @Test
    void onlyStylesheetsAndIconsOfTheHeadAreChecked() throws IOException {
        site();
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><head><title>t</title>"
                + "<link rel=\"canonical\" href=\"/index.html\"><link rel=\"alternate\" hreflang=\"en\" href=\"/en/\">"
                + "<link rel=\"stylesheet\" href=\"css/none.css\"><link rel=\"icon\" href=\"/favicon.svg\">"
                + "</head><body><p>x</p></body></html>", StandardCharsets.UTF_8);
        assertEquals(List.of(
                broken("index.html", "/favicon.svg", "is absolute and breaks under a base path and from file://"),
                broken("index.html", "css/none.css", "names a file that is not in the site")), check());
    }

    @Test
    void aFileTheBakeChoseNotToMakeIsNoBrokenLink() throws IOException {
        site();
        write("index.html", "<a href=\"livro.pdf\">pdf</a> <a href=\"en/book.pdf\">pdf</a> <a href=\"other.pdf\">x</a>");
        Problems problems = new Problems(tmp);
        List<String> found = check(new OutputLinkChecker(site, problems).notMade(List.of("livro.pdf", "en/book.pdf")), problems);
        assertEquals(List.of(broken("index.html", "other.pdf", "names a file that is not in the site")), found);
    }

    @Test
    void aBrokenLinkOfARepeatedBlockIsReportedOncePerFolder() throws IOException {
        site();
        String nav = "<nav id=\"site-nav\"><a href=\"index.html\">Home</a> <a href=\"b.html\">B</a> <a href=\"gone.html\">Gone</a></nav>";
        // each page marks its own link in the cached block, as <@cached current=...> does
        write("index.html", nav.replace("<a href=\"index.html\">", "<a href=\"index.html\" aria-current=\"page\">")
                + "<a href=\"#site-nav\">to the navigation</a> <a href=\"gone.html\">in the text</a>");
        write("b.html", nav.replace("<a href=\"b.html\">", "<a href=\"b.html\" aria-current=\"page\">"));
        write("c.html", nav);
        write("en/index.html", nav.replace("<a href=\"index.html\">", "<a href=\"index.html\" aria-current=\"page\">"));
        write("en/b.html", nav);
        String repeated = " (and every page of its folder: the link is in a block they all repeat)";
        assertEquals(List.of(
                // the first page of each folder, in the order the pages are read
                "the generated page b.html" + repeated + " links to 'gone.html', which names a file that is not in the site",
                "the generated page en/b.html" + repeated + " links to 'gone.html', which names a file that is not in the site",
                // outside the block, a link is the page's own
                broken("index.html", "gone.html", "names a file that is not in the site")), check(nav));
    }

    @Test
    void checkedAgainAfterAPageWasWrittenAgainOnlyItsLinksAndTheLinksToIdsItLostAreWrong() throws IOException {
        site();
        write("a.html", "<h2 id=\"one\">One</h2><h2 id=\"two\">Two</h2>");
        write("b.html", "<a href=\"a.html#one\">1</a> <a href=\"a.html#two\">2</a>");
        write("c.html", "<p id=\"c\">c</p>");
        Problems first = new Problems(tmp);
        OutputLinkChecker checker = new OutputLinkChecker(site, first);
        assertEquals(List.of(), check(checker, first));

        // a.html lost #two, and links to c.html#none; b.html, not written again, now links to an id that is gone
        write("a.html", "<h2 id=\"one\">One</h2><a href=\"c.html#none\">x</a> <a href=\"c.html#c\">ok</a>");
        Problems again = new Problems(tmp);
        OutputLinkChecker after = checker.checkAgain(again, List.of(), List.of(Path.of("a.html")));
        assertEquals(List.of(
                broken("a.html", "c.html#none", "names the id '#none', which c.html does not have"),
                broken("b.html", "a.html#two", "names the id '#two', which a.html does not have")),
                again.all().stream().map(Problem::message).sorted().toList());

        // the checker that knew the site before is as it was; the new one knows a.html as it is now
        write("a.html", "<h2 id=\"one\">One</h2><h2 id=\"two\">Two</h2>");
        Problems back = new Problems(tmp);
        checker.checkAgain(back, List.of(), List.of(Path.of("a.html")));
        assertEquals(List.of(), back.all());
        Problems still = new Problems(tmp);
        after.checkAgain(still, List.of(), List.of(Path.of("c.html")));
        assertEquals(List.of(), still.all(), "c.html lost no id: nothing links to an id it lost");
    }

    @Test
    void checkedAgainAfterPartsOfAFileWereReplacedOnlyThePartsAreRead() throws IOException {
        site();
        String one = "<section id=\"p-one\"><h2 id=\"one--a\">A</h2><a href=\"#two--b\">to two</a></section>";
        String two = "<section id=\"p-two\"><h2 id=\"two--b\">B</h2><a href=\"#one--a\">to one</a></section>";
        write("book.html", "<nav><a href=\"#p-one\">1</a> <a href=\"#one--a\">1a</a></nav><main>" + one + two + "</main>");
        Problems first = new Problems(tmp);
        OutputLinkChecker checker = new OutputLinkChecker(site, first);
        assertEquals(List.of(), check(checker, first));

        // the chapter two loses its id #two--b (linked from chapter one), and links to a missing id and file
        String twoNow = "<section id=\"p-two\"><h2 id=\"two--c\">C</h2><a href=\"#one--a\">ok</a> <a href=\"#one--x\">x</a>"
                + " <a href=\"gone.html\">gone</a></section>";
        write("book.html", "<nav><a href=\"#p-one\">1</a> <a href=\"#one--a\">1a</a></nav><main>" + one + twoNow + "</main>");
        Problems again = new Problems(tmp);
        checker.checkAgain(again, List.of(), List.of(), java.util.Map.of(Path.of("book.html"),
                List.of(new OutputLinkChecker.Replaced(two, twoNow))));
        List<String> expected = List.of(
                broken("book.html", "#one--x", "names the id '#one--x', which book.html does not have"),
                broken("book.html", "#two--b", "names the id '#two--b', which book.html does not have"),
                broken("book.html", "gone.html", "names a file that is not in the site"));
        assertEquals(expected, again.all().stream().map(Problem::message).sorted().toList());
        Problems whole = new Problems(tmp);
        assertEquals(expected, check(new OutputLinkChecker(site, whole), whole), "what a check of the whole site finds");
    }

    @Test
    void withoutTheBlocksNamedEveryPageReportsItsOwnLinks() throws IOException {
        site();
        String nav = "<nav><a href=\"gone.html\">Gone</a></nav>";
        write("a.html", nav);
        write("b.html", nav);
        assertEquals(List.of(
                broken("a.html", "gone.html", "names a file that is not in the site"),
                broken("b.html", "gone.html", "names a file that is not in the site")), check());
    }
}
