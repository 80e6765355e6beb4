package org.nodevspython.strict;

import static org.nodevspython.strict.Expect.error;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Raw HTML and addresses that could run code in a reader's browser. */
class UnsafeHtmlFixturesTest {

    private static final String PAGE = "content/en/python.md";
    private static final String BEFORE = "## Concurrency and coroutines";

    @TempDir
    Path tmp;

    private Fixture fixture() {
        return Fixture.copyOfRealProject(tmp);
    }

    @Test
    void scriptBlock() {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, "<script>alert(1)</script>\n\n");
        Expect.onlyErrors(f.bake(), error(PAGE, f.lineOf(PAGE, "<script>"), 1, "raw HTML <script> is not allowed"));
    }

    @Test
    void iframeBlock() {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, "<iframe src=x></iframe>\n\n");
        Expect.onlyErrors(f.bake(), error(PAGE, f.lineOf(PAGE, "<iframe"), 1, "raw HTML <iframe> is not allowed"));
    }

    @Test
    void eventHandlerAttributeInline() {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, "An image <img src=x onerror=alert(1)> in a sentence.\n\n");
        Expect.onlyErrors(f.bake(), error(PAGE, f.lineOf(PAGE, "<img src=x"), f.columnOf(PAGE, "onerror="),
                "the HTML attribute 'onerror=' runs code"));
    }

    @Test
    void eventHandlerAttributeBlock() {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, "<img src=x onerror=alert(1)>\n\n");
        Expect.onlyErrors(f.bake(), error(PAGE, f.lineOf(PAGE, "<img src=x"), f.columnOf(PAGE, "onerror="),
                "the HTML attribute 'onerror=' runs code"));
    }

    @Test
    void javascriptLink() {
        Fixture f = fixture().insertBefore(PAGE, BEFORE, "Click [x](javascript:alert(1)) now.\n\n");
        Expect.onlyErrors(f.bake(), error(PAGE, f.lineOf(PAGE, "[x](javascript:"), f.columnOf(PAGE, "[x](javascript:"),
                "the address 'javascript:alert(1)' can run code in a reader's browser"));
    }

    /**
     * Browsers decode character references in attribute values and drop tabs from addresses:
     * each of these is a javascript: link in the baked page.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "javascript&#58;alert(1)",
            "javascript&colon;alert(1)", "java&#x09;script:alert(1)", "java\tscript:alert(1)"})
    void javascriptAddressHiddenInRawHtml(String address) {
        String link = "<a href=\"" + address + "\">";
        Fixture f = fixture().insertBefore(PAGE, BEFORE, "Click " + link + "here</a> now.\n\n");
        // the error points at the attribute that holds the address
        Expect.onlyErrors(f.bake(), error(PAGE, f.lineOf(PAGE, link), f.columnOf(PAGE, link) + "<a ".length(),
                "can run code in a reader's browser"));
    }
}
