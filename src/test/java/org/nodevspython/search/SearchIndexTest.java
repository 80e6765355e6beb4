package org.nodevspython.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.content.Page;
import org.nodevspython.content.PageType;
import org.nodevspython.content.SiteIndex;
import org.nodevspython.content.TestPages;
import org.nodevspython.markdown.Article;
import org.nodevspython.refs.References;

/**
 * The search index: JSON strings that are safe inside a script ({@code </script>}, control
 * characters, U+2028), a page cut into entries at its {@code h2} and {@code h3} with ids (what is
 * not prose left out), the notes entry, the entries of the reference list, and which pages of
 * which languages the whole index holds, in what order. The file written is read back as JSON.
 */
class SearchIndexTest {

    @TempDir
    Path tmp;

    private final Page page = TestPages.page("en/nodejs.md", "en", "nodejs", 2, PageType.PAGE, "# Node.js\n\nText.\n");

    /** The entries of the written index, each as its fields l, u, p, s, t. */
    private List<Map<String, String>> written() throws IOException {
        String js = Files.readString(tmp.resolve(SearchIndex.FILE), StandardCharsets.UTF_8);
        assertTrue(js.startsWith("window.SEARCH_INDEX=["), js);
        assertTrue(js.endsWith("];\n"), js);
        List<Map<String, String>> entries = new ArrayList<>();
        try (JsonParser json = new JsonFactory().createParser(js.substring("window.SEARCH_INDEX=".length(), js.length() - 2))) {
            assertEquals(JsonToken.START_ARRAY, json.nextToken());
            while (json.nextToken() == JsonToken.START_OBJECT) {
                Map<String, String> entry = new LinkedHashMap<>();
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String name = json.currentName();
                    json.nextToken();
                    entry.put(name, json.getText());
                }
                entries.add(entry);
            }
            assertEquals(null, json.nextToken(), "nothing after the array");
        }
        return entries;
    }

    private static Map<String, String> entry(String lang, String url, String page, String section, String text) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("l", lang);
        entry.put("u", url);
        entry.put("p", page);
        entry.put("s", section);
        entry.put("t", text);
        return entry;
    }

    @Test
    void jsonEscapesWhatWouldEndTheStringOrTheScript() {
        assertEquals("\"say \\\"hi\\\" \\\\ now\"", SearchIndex.json("say \"hi\" \\ now"));
        assertEquals("\"a\\nb\\rc\\td\"", SearchIndex.json("a\nb\rc\td"));
        assertEquals("\"\\u003c/script>\\u003c!--\"", SearchIndex.json("</script><!--"));
        assertEquals("\"\\u0000\\u0001\\u001f \"", SearchIndex.json("\u0000\u0001\u001f "));
        assertEquals("\"a\\u2028b\\u2029c\"", SearchIndex.json("a\u2028b\u2029c"));
        assertEquals("\"ação “quotes” 🙂\"", SearchIndex.json("ação “quotes” 🙂"), "other characters as they are");
        assertEquals("\"\"", SearchIndex.json(""));
    }

    @Test
    void whatJsonWritesReadsBackAsTheSameText() throws IOException {
        String text = "</script> \u2028 \u0007 \"q\" \\ é";
        SearchIndex index = new SearchIndex();
        index.add(page, "<h2 id=\"x\">" + text.replace("<", "&lt;").replace("\"", "&quot;") + "</h2>");
        index.write(tmp);
        String js = Files.readString(tmp.resolve(SearchIndex.FILE), StandardCharsets.UTF_8);
        assertFalse(js.contains("</script>"), js);
        assertFalse(js.contains("\u2028"), js);
        assertEquals(text, written().get(0).get("s"));
    }

    @Test
    void aPageIsCutAtItsSectionHeadings() throws IOException {
        SearchIndex index = new SearchIndex();
        index.add(page, """
                <h1>Node.js</h1>
                <p>Intro   text.</p>
                <nav class="toc"><a href="#scale">Scale</a></nav>
                <h2 id="scale">Scale <a class="anchor" href="#scale">#</a></h2>
                <p>It scales<sup><a href="#fn-1">1</a></sup> <a class="cite" href="references.html#ref-x">[1]</a> well.</p>
                <h3 id="cluster">Cluster</h3>
                <p>Many cores.</p>
                <h4 id="deep">Deeper</h4>
                <p>Still cluster.</p>
                <svg><text>chart label</text></svg>
                <h2>No id</h2>
                <h2 id="empty">Empty</h2>
                """);
        index.write(tmp);
        assertEquals(List.of(
                entry("en", "en/nodejs.html", "Node.js", "", "Intro text."),
                entry("en", "en/nodejs.html#scale", "Node.js", "Scale", "It scales well."),
                entry("en", "en/nodejs.html#cluster", "Node.js", "Cluster", "Many cores. Deeper Still cluster. No id"),
                entry("en", "en/nodejs.html#empty", "Node.js", "Empty", "")), written());
    }

    @Test
    void aPageWithoutTextBeforeItsFirstSectionHasNoIntroEntry() throws IOException {
        SearchIndex index = new SearchIndex();
        index.add(page, "<h1>Node.js</h1><h2 id=\"a\">A</h2><p>Text.</p>");
        index.write(tmp);
        assertEquals(List.of(entry("en", "en/nodejs.html#a", "Node.js", "A", "Text.")), written());
    }

    @Test
    void theNotesAreOneEntry() throws IOException {
        SearchIndex index = new SearchIndex();
        index.addNotes(page, "Notes", "<ol><li id=\"fn-1\"><p>First note. <a class=\"footnote-backref\" href=\"#fnref-1\">↩</a></p></li>"
                + "<li><p>Second note.</p></li></ol>");
        index.write(tmp);
        assertEquals(List.of(entry("en", "en/nodejs.html#" + SearchIndex.NOTES_ID, "Node.js", "Notes", "First note. Second note.")),
                written());
    }

    @Test
    void eachReferenceIsAnEntryOfTheReferencesPage() throws IOException {
        Page referencesPage = TestPages.page("en/references.md", "en", "references", 9, PageType.REFERENCES, "# References\n\nSources.\n");
        References references = new References(tmp.resolve("references.yaml"), List.of(TestPages.reference(1, "alpha", "Alpha"),
                new org.nodevspython.refs.Reference(2, "beta", "Beta", null, "Beta Press", null, "https://example.org/b", "en",
                        false, Map.of(), null, 20)));
        SearchIndex index = new SearchIndex();
        index.addReferences(referencesPage, references);
        index.write(tmp);
        assertEquals(List.of(
                entry("en", "en/references.html#ref-alpha", "References", "[1] Alpha", "Author 1 Publisher 1 2020-01 note alpha"),
                entry("en", "en/references.html#ref-beta", "References", "[2] Beta", "Beta Press")), written());
    }

    @Test
    void theSiteIndexHoldsEveryListedPageOfEveryLanguageInOrder() throws IOException {
        Page ptHome = TestPages.page("index.md", "pt-BR", "home", 1, PageType.HOME, "# Início\n\nTexto.\n");
        Page ptNotFound = TestPages.page("404.md", "pt-BR", "not-found", 1, PageType.ERROR, "# Não encontrada\n\nTexto.\n");
        Page ptRefs = TestPages.page("referencias.md", "pt-BR", "references", 9, PageType.REFERENCES, "# Referências\n\nFontes.\n");
        Page enHome = TestPages.page("en/index.md", "en", "home", 1, PageType.HOME, "# Home\n\nText.\n");
        SiteIndex site = TestPages.index(enHome, ptRefs, ptNotFound, ptHome);
        Map<Page, Article> articles = Map.of(
                ptHome, new Article("Início", "<p>Texto.</p>", "<ol><li><p>Nota.</p></li></ol>"),
                ptNotFound, new Article("Não encontrada", "<p>Não há.</p>", ""),
                ptRefs, new Article("Referências", "<p>Fontes.</p>", ""),
                enHome, new Article("Home", "<p>Text.</p>", ""));
        References references = new References(tmp.resolve("references.yaml"), List.of(TestPages.reference(1, "alpha", "Alpha")));
        SearchIndex.write(site, TestPages.localization(), articles, references, tmp);
        assertEquals(List.of(
                entry("pt-BR", "index.html", "Início", "", "Texto."),
                entry("pt-BR", "index.html#footnotes", "Início", "Notas", "Nota."),
                entry("pt-BR", "referencias.html", "Referências", "", "Fontes."),
                entry("pt-BR", "referencias.html#ref-alpha", "Referências", "[1] Alpha", "Author 1 Publisher 1 2020-01 nota alpha"),
                entry("en", "en/index.html", "Home", "", "Text.")), written());
    }
}
