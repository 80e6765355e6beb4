package org.nodevspython.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nodevspython.links.Address.Kind;

/**
 * The one resolver of addresses: every {@link Kind}, the path it resolves to from the file it is
 * written in, fragments (absent, empty, %-escaped), spaces, {@code ..}, and {@link Address#relative}.
 */
class AddressTest {

    private static final String FROM = "en/nodejs.md";

    private static void assertAddress(Kind kind, String path, String fragment, Address address) {
        assertEquals(new Address(kind, path, fragment), address);
    }

    @Test
    void anEmptyAddressIsTheFileItself() {
        assertAddress(Kind.SAME_FILE, FROM, null, Address.resolve(FROM, ""));
    }

    @Test
    void aFragmentAloneIsTheFileItself() {
        assertAddress(Kind.SAME_FILE, FROM, "ai", Address.resolve(FROM, "#ai"));
        assertAddress(Kind.SAME_FILE, FROM, "", Address.resolve(FROM, "#"));
    }

    @Test
    void fragmentsAreKeptAsWrittenAndDecodedById() {
        Address none = Address.resolve(FROM, "python.md");
        Address empty = Address.resolve(FROM, "python.md#");
        Address escaped = Address.resolve(FROM, "python.md#a%20b");
        assertNull(none.fragment());
        assertNull(none.id());
        assertEquals("", empty.fragment());
        assertNull(empty.id(), "a lone # names no id");
        assertEquals("a%20b", escaped.fragment());
        assertEquals("a b", escaped.id());
        assertEquals("ai", Address.resolve(FROM, "python.md#ai").id());
    }

    @Test
    void aRelativeAddressIsResolvedAgainstTheFolderOfItsFile() {
        assertAddress(Kind.RELATIVE, "en/python.md", "ai", Address.resolve(FROM, "python.md#ai"));
        assertAddress(Kind.RELATIVE, "en/python.md", null, Address.resolve(FROM, "./python.md"));
        assertAddress(Kind.RELATIVE, "python.md", null, Address.resolve(FROM, "../python.md"));
        assertAddress(Kind.RELATIVE, "en/images/chart.png", null, Address.resolve(FROM, "images/../images/./chart.png"));
        assertAddress(Kind.RELATIVE, "en/python.md", null, Address.resolve("nodejs.md", "en/python.md"));
        assertAddress(Kind.RELATIVE, "python.md", null, Address.resolve("nodejs.md", "python.md"));
    }

    @Test
    void aSpaceIsReadAsBrowsersReadIt() {
        assertAddress(Kind.RELATIVE, "en/my chart.png", null, Address.resolve(FROM, "my chart.png"));
        assertAddress(Kind.RELATIVE, "en/my chart.png", null, Address.resolve(FROM, "my%20chart.png"));
    }

    @Test
    void climbingOutOfTheTreeIsOutside() {
        assertAddress(Kind.OUTSIDE, "../python.md", null, Address.resolve(FROM, "../../python.md"));
        assertAddress(Kind.OUTSIDE, "..", null, Address.resolve("nodejs.md", ".."));
        assertAddress(Kind.OUTSIDE, "../etc/passwd", null, Address.resolve("nodejs.md", "../etc/passwd"));
        assertFalse(Address.resolve(FROM, "../../python.md").inTree());
    }

    @Test
    void aLeadingSlashIsRootRelative() {
        assertAddress(Kind.ROOT_RELATIVE, "/en/python.html", "ai", Address.resolve(FROM, "/en/python.html#ai"));
        assertAddress(Kind.ROOT_RELATIVE, "/", null, Address.resolve(FROM, "/"));
    }

    @Test
    void schemesAndNetworkPathsAreExternal() {
        for (String url : new String[] {"https://nodejs.org/en/#x", "http://example.org", "mailto:someone@example.org",
                "//cdn.example.org/x.js", "ftp://example.org/file", "javascript:alert(1)", "HTTPS://EXAMPLE.ORG"}) {
            assertAddress(Kind.EXTERNAL, null, null, Address.resolve(FROM, url));
        }
    }

    @Test
    void whatIsNoAddressIsInvalid() {
        for (String url : new String[] {"%zz", "a|b.md", "python.md#a#b", "<python.md>"}) {
            assertAddress(Kind.INVALID, null, null, Address.resolve(FROM, url));
        }
    }

    @Test
    void onlyRelativeAndSameFileAreInTheTree() {
        assertTrue(Address.resolve(FROM, "python.md").inTree());
        assertTrue(Address.resolve(FROM, "#x").inTree());
        assertFalse(Address.resolve(FROM, "/python.md").inTree());
        assertFalse(Address.resolve(FROM, "https://example.org").inTree());
        assertFalse(Address.resolve(FROM, "%zz").inTree());
    }

    @Test
    void relativeGoesFromOneFileToAnother() {
        assertEquals("python.html", Address.relative("en/nodejs.html", "en/python.html"));
        assertEquals("en/index.html", Address.relative("index.html", "en/index.html"));
        assertEquals("../index.html", Address.relative("en/index.html", "index.html"));
        assertEquals("../livro.pdf", Address.relative("en/book.html", "livro.pdf"));
        assertEquals("../b/c.html", Address.relative("a/x.html", "b/c.html"));
        assertEquals("python.html", Address.relative("nodejs.html", "python.html"));
    }

    @Test
    void relativeToItselfIsItsFileName() {
        assertEquals("nodejs.html", Address.relative("en/nodejs.html", "en/nodejs.html"));
        assertEquals("index.html", Address.relative("index.html", "index.html"));
    }
}
