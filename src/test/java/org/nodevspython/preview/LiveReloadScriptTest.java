package org.nodevspython.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The script added to HTML responses, the event format, the types and the editor files the watcher ignores. */
class LiveReloadScriptTest {

    @Test
    void goesRightBeforeTheLastClosingBodyTagWhateverItsCase() {
        String page = "<html><body><p>İstanbul</p><!-- </body> in a comment --></BODY></html>";
        String result = new String(LiveReloadScript.inject(page.getBytes(StandardCharsets.UTF_8), "g-1", "{}"), StandardCharsets.UTF_8);
        assertTrue(result.startsWith("<html><body><p>İstanbul</p><!-- </body> in a comment -->"
                + "<script src=\"/__preview/reload.js\" data-generation=\"g-1\" data-strings=\"{}\">"), result);
        assertTrue(result.endsWith("</script>\n</BODY></html>"), result);
        assertTrue(new String(LiveReloadScript.SCRIPT, StandardCharsets.UTF_8).contains("new EventSource(\"/__preview/events\")"));
    }

    /** A book or 404 page allows scripts by hash only, or nothing: the preview lets its own files in, and only them. */
    @Test
    void letsThePreviewsOwnFilesThroughASelfContainedPolicy() {
        String book = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-x'; "
                + "style-src 'sha256-y'; base-uri 'none'\">";
        assertEquals("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-x' 'self'; "
                + "style-src 'sha256-y' 'self'; base-uri 'none'; connect-src 'self'\">", LiveReloadScript.allowOwnFiles(book));
        String page = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self' 'sha256-x'; "
                + "style-src 'self'; connect-src 'self'; form-action 'none'\">";
        assertEquals(page, LiveReloadScript.allowOwnFiles(page), "a page that allows them already stays as it is");
        assertEquals("<p>no policy</p>", LiveReloadScript.allowOwnFiles("<p>no policy</p>"));
    }

    @Test
    void goesAtTheEndOfAPageWithoutBody() {
        String result = new String(LiveReloadScript.inject("<p>x".getBytes(StandardCharsets.UTF_8), "g", "{}"), StandardCharsets.UTF_8);
        assertTrue(result.startsWith("<p>x<script"));
        assertTrue(result.endsWith("</script>\n"));
    }

    @Test
    void escapesTheGeneration() {
        String result = new String(LiveReloadScript.inject("</body>".getBytes(StandardCharsets.UTF_8), "a\"<b", "{}"), StandardCharsets.UTF_8);
        assertTrue(result.startsWith("<script src=\"/__preview/reload.js\" data-generation=\"a&quot;&lt;b\""), result);
    }

    /** The overlay's strings go in an attribute: quotes and markup in them are escaped, the script reads them back as JSON. */
    @Test
    void escapesTheStrings() {
        String result = new String(LiveReloadScript.inject("</body>".getBytes(StandardCharsets.UTF_8), "g",
                "{\"en\":{\"title\":\"<b>&\\\"\"}}"), StandardCharsets.UTF_8);
        assertTrue(result.contains("data-strings=\"{&quot;en&quot;:{&quot;title&quot;:&quot;&lt;b>&amp;\\&quot;&quot;}}\""), result);
    }

    @Test
    void writesOneDataLinePerLineOfAnEvent() {
        assertEquals("event: error\ndata: a.md:1:2: error: x (y)\ndata: b.md:3: error: z\n\n",
                ReloadEvents.event("error", List.of("a.md:1:2: error: x (y)", "b.md:3: error: z\r")));
        assertEquals("event: reload\ndata: \n\n", ReloadEvents.event("reload", List.of()));
    }

    @Test
    void knowsTheTypesOfTheSitesFiles() {
        assertEquals("text/html; charset=utf-8", ContentTypes.of(Path.of("a/index.html")));
        assertEquals("text/css; charset=utf-8", ContentTypes.of(Path.of("site.CSS")));
        assertEquals("text/javascript; charset=utf-8", ContentTypes.of(Path.of("site.js")));
        assertEquals("image/svg+xml", ContentTypes.of(Path.of("favicon.svg")));
        assertEquals("application/xml; charset=utf-8", ContentTypes.of(Path.of("sitemap.xml")));
        assertEquals("text/plain; charset=utf-8", ContentTypes.of(Path.of("robots.txt")));
        assertEquals("application/json", ContentTypes.of(Path.of("index.json")));
        assertEquals("image/png", ContentTypes.of(Path.of("chart.png")));
        assertEquals("application/pdf", ContentTypes.of(Path.of("livro.pdf")));
        assertEquals("application/octet-stream", ContentTypes.of(Path.of("README")));
    }

    @Test
    void ignoresEditorsSwapAndBackupFiles() {
        for (String name : List.of(".nodejs.md.swp", ".#nodejs.md", "nodejs.md~", "4913", "nodejs.md___jb_tmp___", ".DS_Store")) {
            assertTrue(SiteWatcher.ignored(name), name);
        }
        for (String name : List.of("nodejs.md", "site.css", "references.yaml", "base.ftl")) {
            assertTrue(!SiteWatcher.ignored(name), name);
        }
    }
}
