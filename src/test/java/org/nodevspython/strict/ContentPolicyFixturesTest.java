package org.nodevspython.strict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.nodevspython.strict.Expect.error;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nodevspython.rules.BuildFailedException;
import org.nodevspython.rules.Problem;
import org.nodevspython.rules.Rule;

/**
 * The site's allow-list, fed what an attacker would write: each forbidden address in each place a
 * link can be written and in each spelling, the attribute syntax with a handler, an address, a
 * style or a class, raw HTML outside the list, and data files with markup or a code-running
 * address. Each is refused at its file, line and column, with the rule it breaks.
 */
class ContentPolicyFixturesTest {

    private static final String PAGE = "content/en/python.md";
    private static final String BEFORE = "## Concurrency and coroutines";

    @TempDir
    Path tmp;

    private Fixture fixture() {
        return Fixture.copyOfRealProject(tmp);
    }

    /** Addresses that run code, spelled as an attacker would: cases, character references, tabs, controls. */
    static Stream<String> codeAddresses() {
        return Stream.of("javascript:alert(1)", "JavaScript:alert(1)", "JAVASCRIPT:alert(1)", "vbscript:msgbox(1)",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)",
                "java&#x09;script:alert(1)", "java&#10;script:alert(1)", "javascript&#58;alert(1)", "javascript&colon;alert(1)");
    }

    /** Each place a Markdown page can write an address, with the text the error must point at. */
    static Stream<Arguments> placesAndAddresses() {
        List<Arguments> cases = new ArrayList<>();
        codeAddresses().forEach(address -> {
            cases.add(Arguments.of("inline link", "Click [here](" + address + ") now.\n", "[here]("));
            cases.add(Arguments.of("reference definition", "Click [here][evil] now.\n\n[evil]: " + address + "\n", "[evil]: "));
            cases.add(Arguments.of("raw HTML link", "Click <a href=\"" + address + "\">here</a> now.\n", "href=\""));
            cases.add(Arguments.of("footnote", "Click[^evil] now.\n\n[^evil]: A note with [a link](" + address + ").\n", "[a link]("));
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("placesAndAddresses")
    void anAddressThatRunsCodeIsRefusedWhereverItIsWritten(String place, String markdown, String at) {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, markdown + "\n");
        BuildFailedException failure = f.bake();
        Expect.onlyErrors(failure, error(PAGE, f.lineOf(PAGE, at), f.columnOf(PAGE, at), "can run code in a reader's browser"));
        assertEquals(Rule.UNSAFE_ADDRESS, failure.problems().get(0).rule());
    }

    @ParameterizedTest(name = "autolink {0}")
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "vbscript:msgbox(1)"})
    void anAutolinkThatRunsCode(String address) {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, "See <" + address + "> now.\n\n");
        Expect.onlyErrors(f.bake(), error(PAGE, f.lineOf(PAGE, "<" + address), f.columnOf(PAGE, address),
                "can run code in a reader's browser"));
    }

    @ParameterizedTest(name = "raw HTML image {0}")
    @ValueSource(strings = {"javascript:alert(1)", " javascript:alert(1)", "&#1;javascript:alert(1)", "data:image/svg+xml,x"})
    void anImageThatRunsCode(String address) {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, "An image <img src=\"" + address + "\" alt=\"x\"> here.\n\n");
        Expect.onlyErrors(f.bake(), error(PAGE, f.lineOf(PAGE, "<img src"), f.columnOf(PAGE, "src=\""), "can run code"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.org/x", "tel:+123", "chrome://settings", "%6Aavascript:alert(1)"})
    void anotherSchemeIsNotAllowed(String address) {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, "Open [it](" + address + ") now.\n\n");
        BuildFailedException failure = f.bake();
        Expect.onlyErrors(failure, error(PAGE, f.lineOf(PAGE, "[it]("), f.columnOf(PAGE, "[it]("), "which a page may not link to")
                .fix("http:, https:, mailto:"));
        assertEquals(Rule.ADDRESS_SCHEME_NOT_ALLOWED, failure.problems().get(0).rule());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"![A chart](https://example.org/chart.png)", "![A chart](//example.org/chart.png)",
            "<img src=\"http://example.org/chart.png\" alt=\"A chart\">"})
    void anImageFromAnotherHost(String markdown) {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, markdown + "\n\n");
        BuildFailedException failure = f.bake();
        Expect.onlyErrors(failure, error(PAGE, f.lineOf(PAGE, markdown), Expect.ANY, "is not a file of the site"));
        assertEquals(Rule.IMAGE_NOT_IN_SITE, failure.problems().get(0).rule());
    }

    @Test
    void theAttributeSyntaxWithAnEventHandler() {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, "Read [this](python.md){onclick=\"alert(1)\"} first.\n\n");
        Expect.onlyErrors(f.bake(), error(PAGE, f.lineOf(PAGE, "{onclick="), f.columnOf(PAGE, "onclick="),
                "the HTML attribute 'onclick=' runs code in a reader's browser"));
    }

    @Test
    void theAttributeSyntaxOnAHeading() {
        Fixture f = fixture().replaceInFile(PAGE, BEFORE + " {#concurrency}", BEFORE + " {#concurrency onmouseover=\"alert(1)\"}");
        Expect.onlyErrors(f.bake(), error(PAGE, f.lineOf(PAGE, "onmouseover"), f.columnOf(PAGE, "onmouseover"),
                "the HTML attribute 'onmouseover=' runs code"));
    }

    @Test
    void theAttributeSyntaxWithAnAddress() {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, "Read [this](python.md){href=\"javascript:alert(1)\"} first.\n\n");
        Expect.onlyErrors(f.bake(), error(PAGE, f.lineOf(PAGE, "{href="), f.columnOf(PAGE, "href="), "can run code"));
    }

    @Test
    void theAttributeSyntaxWithAStyle() {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, "![A logo](../favicon.svg){style=\"position:fixed;inset:0\"}\n\n");
        BuildFailedException failure = f.bake();
        Expect.onlyErrors(failure, error(PAGE, f.lineOf(PAGE, "{style="), f.columnOf(PAGE, "style="),
                "the attribute 'style' is not allowed on <img>"));
        assertEquals(Rule.ATTRIBUTE_NOT_ALLOWED, failure.problems().get(0).rule());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"data-x=\"1\"", "aria-hidden=\"true\"", "target=\"_blank\"", "formaction=\"x\""})
    void theAttributeSyntaxWithAnotherAttribute(String attribute) {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, "Read [this](python.md){" + attribute + "} first.\n\n");
        String name = attribute.substring(0, attribute.indexOf('='));
        Expect.onlyErrors(f.bake(), error(PAGE, f.lineOf(PAGE, "{" + attribute), f.columnOf(PAGE, attribute),
                "the attribute '" + name + "' is not allowed on <a>").fix("allowed on <a>: aria-label, class, dir, href, hreflang"));
    }

    @Test
    void theAttributeSyntaxWithAClassTheSiteDoesNotGive() {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, "Read [this](python.md){.skip .anchor} first.\n\n");
        BuildFailedException failure = f.bake();
        Expect.onlyErrors(failure, error(PAGE, f.lineOf(PAGE, "{.skip"), Expect.ANY, "the class 'skip' is not allowed in a page"));
        assertEquals(Rule.CLASS_NOT_ALLOWED, failure.problems().get(0).rule());
    }

    @Test
    void theAttributeSyntaxWithAReservedId() {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, "![A logo](../favicon.svg){#search-input}\n\n");
        Expect.onlyErrors(f.bake(), error(PAGE, f.lineOf(PAGE, "{#search-input}"), f.columnOf(PAGE, "#search-input"),
                "the id 'search-input' is reserved for the site's own elements"));
    }

    /** The search box's ids were missing from the hand-kept list of reserved ids: they are read from the templates now. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"search-input", "search-status", "search-results", "main", "footnotes", "book-contents"})
    void aSectionIdTheTemplatesUse(String id) {
        Fixture f = fixture().replaceInFile(PAGE, BEFORE + " {#concurrency}", BEFORE + " {#" + id + "}");
        BuildFailedException failure = f.bake();
        Expect.errors(failure.problems(), List.of(error(PAGE, f.lineOf(PAGE, "{#" + id + "}"), 1,
                "the id '" + id + "' is reserved for the site's own elements")), List.of(Expect.anywhere("")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"style", "iframe", "object", "embed", "svg", "math", "form", "input", "button", "base", "meta", "link",
            "details", "video", "audio", "template", "marquee", "font", "center"})
    void rawHtmlElementsOutsideTheList(String tag) {
        String html = "<" + tag + ">x</" + tag + ">";
        Fixture f = fixture().insertBefore(PAGE, BEFORE, "Some text.\n\n" + html + "\n\n");
        BuildFailedException failure = f.bake();
        Expect.onlyErrors(failure, error(PAGE, f.lineOf(PAGE, html), 1, "raw HTML <" + tag + "> is not allowed in a page")
                .fix("allowed elements: p, h1"));
        assertEquals(Rule.UNSAFE_ELEMENT, failure.problems().get(0).rule());
    }

    @Test
    void aBodyTagWithAHandler() {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, "<body onload=\"alert(1)\">\n\n");
        Expect.onlyErrors(f.bake(), error(PAGE, f.lineOf(PAGE, "<body"), Expect.ANY, "raw HTML <body> is not allowed"));
    }

    @Test
    void aStyleAttributeInRawHtml() {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, "A <span style=\"position:fixed;inset:0\">cover</span> here.\n\n");
        Expect.onlyErrors(f.bake(), error(PAGE, f.lineOf(PAGE, "<span"), f.columnOf(PAGE, "style="),
                "the attribute 'style' is not allowed on <span>"));
    }

    @Test
    void aClassInRawHtml() {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, "A <span class=\"vh\">hidden</span> word.\n\n");
        Expect.onlyErrors(f.bake(), error(PAGE, f.lineOf(PAGE, "<span"), f.columnOf(PAGE, "class="), "the class 'vh' is not allowed"));
    }

    @Test
    void theSeveralMistakesOfOneFragmentAreAllReported() {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, "<p style=\"x\" onclick=\"y\"><script>z</script></p>\n\n");
        Expect.onlyErrors(f.bake(),
                error(PAGE, f.lineOf(PAGE, "<p style"), f.columnOf(PAGE, "style="), "the attribute 'style' is not allowed on <p>"),
                error(PAGE, f.lineOf(PAGE, "<p style"), f.columnOf(PAGE, "onclick="), "the HTML attribute 'onclick=' runs code"),
                error(PAGE, f.lineOf(PAGE, "<p style"), f.columnOf(PAGE, "<script>"), "raw HTML <script> is not allowed"));
    }

    /** What the list holds passes, and comes out as written. */
    @Test
    void whatTheListHoldsIsBaked() throws Exception {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, "Press <kbd>Ctrl</kbd>, an <abbr title=\"abbreviation\">abbr.</abbr>, "
                + "[mail](mailto:team@example.org), [a site](https://example.org/a?b=c#d), [a section](#scalability), "
                + "H<sub>2</sub>O and x<sup>2</sup>, `code`, <del>old</del> <ins>new</ins>.\n\n");
        f.bakeSucceeds(false);
        String page = Files.readString(f.output().resolve("en/python.html"));
        for (String kept : List.of("<kbd>Ctrl</kbd>", "<abbr title=\"abbreviation\">abbr.</abbr>", "href=\"mailto:team@example.org\"",
                "href=\"https://example.org/a?b=c#d\"", "H<sub>2</sub>O", "<del>old</del>")) {
            org.junit.jupiter.api.Assertions.assertTrue(page.contains(kept), kept);
        }
        assertFalse(page.contains("data-pos-"), "the source positions are the build's, never the page's");
    }

    @Test
    void aReferenceTitleWithMarkup() {
        Fixture f = fixture().replaceInFile("data/references.yaml", "title: \"Making Netflix.com Faster\"",
                "title: \"Making <b>Netflix.com</b> Faster\"");
        BuildFailedException failure = f.bake();
        Expect.onlyErrors(failure, error("data/references.yaml", f.lineOf("data/references.yaml", "Making <b>"), Expect.ANY,
                "the text has HTML markup ('<b>')"));
        assertEquals(Rule.DATA_TEXT_MARKUP, failure.problems().get(0).rule());
    }

    @Test
    void anInterfaceStringWithACharacterReference() {
        Fixture f = fixture().replaceInFile("data/i18n.yaml", "en: \"Skip to content\"", "en: \"Skip to &lt;content&gt;\"");
        Expect.onlyErrors(f.bake(), error("data/i18n.yaml", f.lineOf("data/i18n.yaml", "Skip to &lt;"), Expect.ANY,
                "the text has HTML markup ('&lt;')"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "example.org/page"})
    void aReferenceAddressThePagesCouldNotCarry(String url) {
        Fixture f = fixture().replaceInFile("data/references.yaml", "url: \"https://netflixtechblog.com/making-netflix-com-faster-f95d15f2e972\"",
                "url: \"" + url + "\"");
        BuildFailedException failure = f.bake();
        Problem problem = Expect.the(failure.problems(), error("data/references.yaml",
                f.lineOf("data/references.yaml", "url: \"" + url), f.columnOf("data/references.yaml", "\"" + url),
                "the address '" + url + "' is not allowed here"));
        assertEquals(Rule.DATA_ADDRESS, problem.rule());
    }

    @Test
    void theSettingsCannotBeRead() throws Exception {
        Fixture f = fixture();
        Files.delete(f.path("jbake.properties"));
        BuildFailedException failure = f.bake();
        Expect.onlyErrors(failure, error("jbake.properties", 0, 0, "cannot read the settings"));
        assertEquals(Rule.SETTINGS_UNREADABLE, failure.problems().get(0).rule());
    }
}
