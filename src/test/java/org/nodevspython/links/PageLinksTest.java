package org.nodevspython.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nodevspython.content.Page;
import org.nodevspython.content.SiteIndex;
import org.nodevspython.content.TestPages;

/**
 * What a Markdown link becomes in the generated page: the relative address of the generated file
 * (same page, same folder, another folder), the fragment kept as written; any address that names
 * no page (external, an image, an unknown page) is left as it is.
 */
class PageLinksTest {

    private final Page ptNodejs = TestPages.page("nodejs.md", "pt-BR", "nodejs", 2);
    private final Page enNodejs = TestPages.page("en/nodejs.md", "en", "nodejs", 2);
    private final Page enPython = TestPages.page("en/python.md", "en", "python", 3);
    private final SiteIndex site = TestPages.index(ptNodejs, enNodejs, enPython);
    private final PageLinks links = new PageLinks(site);

    @Test
    void theSamePageWithAFragmentIsTheFragmentAlone() {
        assertEquals("#scalability", links.href(enNodejs, "nodejs.md#scalability"));
        assertEquals("#scalability", links.href(enNodejs, "#scalability"));
    }

    @Test
    void theSamePageWithoutAFragmentIsItsFile() {
        assertEquals("nodejs.html", links.href(enNodejs, "nodejs.md"));
    }

    @Test
    void anotherPageOfTheFolder() {
        assertEquals("python.html", links.href(enNodejs, "python.md"));
        assertEquals("python.html#ai", links.href(enNodejs, "python.md#ai"));
        assertEquals("python.html#a%20b", links.href(enNodejs, "python.md#a%20b"));
    }

    @Test
    void aPageOfAnotherFolder() {
        assertEquals("../nodejs.html#who-uses", links.href(enNodejs, "../nodejs.md#who-uses"));
        assertEquals("en/python.html", links.href(ptNodejs, "en/python.md"));
    }

    @Test
    void whatNamesNoPageIsLeftAsWritten() {
        assertEquals("https://nodejs.org/en/about#x", links.href(enNodejs, "https://nodejs.org/en/about#x"));
        assertEquals("missing.md#x", links.href(enNodejs, "missing.md#x"));
        assertEquals("chart.png", links.href(enNodejs, "chart.png"));
        assertEquals("/en/python.md", links.href(enNodejs, "/en/python.md"));
        assertEquals("../../python.md", links.href(enNodejs, "../../python.md"));
    }

    @Test
    void targetFindsThePageAMarkdownAddressNames() {
        assertSame(enPython, links.target(enNodejs, Address.resolve(enNodejs.sourcePath(), "python.md#ai")).orElseThrow());
        assertSame(ptNodejs, links.target(enNodejs, Address.resolve(enNodejs.sourcePath(), "../nodejs.md")).orElseThrow());
        assertTrue(links.target(enNodejs, Address.resolve(enNodejs.sourcePath(), "chart.png")).isEmpty());
        assertTrue(links.target(enNodejs, Address.resolve(enNodejs.sourcePath(), "/en/python.md")).isEmpty());
        assertTrue(links.target(enNodejs, Address.resolve(enNodejs.sourcePath(), "ruby.md")).isEmpty());
    }
}
