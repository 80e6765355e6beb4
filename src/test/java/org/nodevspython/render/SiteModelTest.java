package org.nodevspython.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;
import org.nodevspython.content.Page;
import org.nodevspython.content.PageType;
import org.nodevspython.content.SiteIndex;
import org.nodevspython.content.TestPages;
import org.nodevspython.i18n.Localization;
import org.nodevspython.refs.CitationIndex;
import org.nodevspython.refs.Reference;
import org.nodevspython.refs.References;

/**
 * The model templates read besides a page's own fields: absolute addresses ({@link SiteModel#url}),
 * the navigation of each language, a page's table of contents (level 3 nested under level 2),
 * its language versions, its neighbours, the error page's absolute root, and the reference list
 * with where each reference is cited.
 */
class SiteModelTest {

    private static final String HOST = "https://example.org/site/";

    private final Localization localization = TestPages.localization();
    private final References references = new References(TestPages.PROJECT.resolve("data/references.yaml"), List.of(
            TestPages.reference(1, "alpha", "Alpha"),
            new Reference(2, "beta", "Beta", null, "Beta Press", null, "https://example.org/beta", "en", false, Map.of(), "nodejs", 20)));

    private final Page ptHome = TestPages.page("index.md", "pt-BR", "home", 1, PageType.HOME, "# Início\n\nTexto [@alpha].\n", references);
    private final Page ptNodejs = TestPages.page("nodejs.md", "pt-BR", "nodejs", 2, PageType.PAGE, """
            # Node.js

            Intro.

            ## Escala {#scale}

            Texto [@alpha] e [@beta], de novo [@alpha].

            ### Cluster {#cluster}

            Mais.

            #### Fundo {#deep}

            Mais ainda.

            ## Web {#web}

            Texto [@beta].
            """, references);
    private final Page ptPython = TestPages.page("python.md", "pt-BR", "python", 3, PageType.PAGE,
            "# Python\n\n### Cedo {#early}\n\nx\n\n## Tarde {#late}\n\ny\n", references);
    private final Page ptReferences = TestPages.page("referencias.md", "pt-BR", "references", 9, PageType.REFERENCES,
            "# Referências\n\nFontes.\n", references);
    private final Page ptNotFound = TestPages.page("404.md", "pt-BR", "not-found", 1, PageType.ERROR, "# Não encontrada\n\nx\n",
            references);
    private final Page enHome = TestPages.page("en/index.md", "en", "home", 1, PageType.HOME, "# Home\n\nText [@alpha].\n", references);
    private final Page enNodejs = TestPages.page("en/nodejs.md", "en", "nodejs", 2, PageType.PAGE,
            "# Node.js\n\n## Scale {#scale}\n\nText [@beta].\n", references);

    private final SiteIndex site = TestPages.index(ptHome, ptNodejs, ptPython, ptReferences, ptNotFound, enHome, enNodejs);
    private final SiteModel model = new SiteModel("https://example.org/site", localization, site, references,
            new CitationIndex(site, references, localization.languages()));

    private DocumentModel describe(Page page) {
        DocumentModel document = new DocumentModel();
        document.setRootPath("");
        model.describe(page, document);
        return document;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void urlIsAbsoluteAndDropsIndexHtml() {
        assertEquals(HOST, model.url("index.html"));
        assertEquals(HOST + "en/", model.url("en/index.html"));
        assertEquals(HOST + "en/nodejs.html", model.url("en/nodejs.html"));
        assertEquals(HOST + "livro.pdf", model.url("livro.pdf"));
        assertEquals(HOST + "my-index.html", model.url("my-index.html"));
    }

    @Test
    void theNavigationListsTheListedPagesWithTheirSections() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nav = (List<Map<String, Object>>) model.forLanguage("pt-BR").get("nav");
        assertEquals(List.of("index.html", "nodejs.html", "python.html", "referencias.html"), nav.stream().map(i -> i.get("path")).toList(),
                "the error page is not listed");
        assertEquals(map("title", "Node.js", "path", "nodejs.html", "key", "nodejs", "type", "page", "description", "About nodejs.",
                "sections", List.of(Map.of("id", "scale", "text", "Escala"), Map.of("id", "web", "text", "Web"))), nav.get(1));
        assertEquals(List.of(Map.of("id", "late", "text", "Tarde")), nav.get(2).get("sections"), "level 2 sections only");
    }

    @Test
    void theModelOfEachLanguage() {
        Map<String, Object> pt = model.forLanguage("pt-BR");
        Map<String, Object> en = model.forLanguage("en");
        assertEquals("pt-BR", pt.get("lang"));
        assertEquals(HOST, pt.get("host"));
        assertEquals("referencias.html", pt.get("referencesPath"));
        assertEquals("en/referencias.html", en.get("referencesPath"), "no English reference list here: its stand-in is linked");
        assertEquals("livro.html", pt.get("bookPath"));
        assertEquals("en/book.pdf", en.get("pdfPath"));
        assertEquals(Map.of("pt-BR", "pt_BR", "en", "en_US"), pt.get("ogLocales"));
        assertEquals(List.of(Map.of("code", "pt-BR", "name", "Português", "folder", ""), Map.of("code", "en", "name", "English", "folder", "en")),
                en.get("languages"));
        assertSame(pt, model.forLanguage("fr"), "an unknown language: the source language's model");
        assertSame(pt, model.forLanguage(null));
    }

    @Test
    void theNotFoundMessagesStartWithTheLanguageOfThePage() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> messages = (List<Map<String, Object>>) model.forLanguage("en").get("notFound");
        assertEquals(List.of("en", "pt-BR"), messages.stream().map(m -> m.get("lang")).toList());
        assertEquals(HOST + "en/", messages.get(0).get("homeUrl"));
        assertEquals(HOST, messages.get(1).get("homeUrl"));
    }

    @Test
    void theTableOfContentsNestsLevelThreeUnderLevelTwo() {
        assertEquals(List.of(
                map("id", "scale", "text", "Escala", "children", List.of(map("id", "cluster", "text", "Cluster"))),
                map("id", "web", "text", "Web", "children", List.of())), describe(ptNodejs).get("toc"), "level 4 is left out");
    }

    @Test
    void aLevelThreeSectionBeforeAnyLevelTwoIsAtTheTop() {
        assertEquals(List.of(
                map("id", "early", "text", "Cedo", "children", List.of()),
                map("id", "late", "text", "Tarde", "children", List.of())), describe(ptPython).get("toc"));
    }

    @Test
    void alternatesAndCanonical() {
        DocumentModel document = describe(ptNodejs);
        assertEquals(HOST + "nodejs.html", document.get("canonical"));
        assertEquals(List.of(
                map("lang", "pt-BR", "name", "Português", "path", "nodejs.html", "url", HOST + "nodejs.html", "current", true),
                map("lang", "en", "name", "English", "path", "en/nodejs.html", "url", HOST + "en/nodejs.html", "current", false)),
                document.get("alternates"));
        assertEquals(List.of(map("lang", "pt-BR", "name", "Português", "path", "python.html", "url", HOST + "python.html", "current", true)),
                describe(ptPython).get("alternates"), "a page without translation is its only version");
    }

    @Test
    void previousAndNextInNavigationOrder() {
        DocumentModel nodejs = describe(ptNodejs);
        assertEquals(map("title", "Início", "path", "index.html"), nodejs.get("prev"));
        assertEquals(map("title", "Python", "path", "python.html"), nodejs.get("next"));
        assertNull(describe(ptHome).get("prev"));
        assertNull(describe(ptReferences).get("next"));
        assertEquals(map("title", "Node.js", "path", "en/nodejs.html"), describe(enHome).get("next"));
    }

    @Test
    void theErrorPageLinksFromTheSiteRoot() {
        DocumentModel notFound = describe(ptNotFound);
        assertEquals(HOST, notFound.getRootPath(), "served at any depth: its links are absolute");
        assertFalse(notFound.containsKey("prev"));
        assertFalse(notFound.containsKey("next"));
    }

    @Test
    void theReferenceListWithItsBackLinks() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> pt = (List<Map<String, Object>>) model.forLanguage("pt-BR").get("references");
        assertEquals(List.of("alpha", "beta"), pt.stream().map(r -> r.get("key")).toList());
        Map<String, Object> alpha = pt.get(0);
        assertEquals(1, alpha.get("number"));
        assertEquals("ref-alpha", alpha.get("anchor"));
        assertEquals("nota alpha", alpha.get("note"));
        assertNull(alpha.get("page"));
        // each citing section once, with a back-link per citation: Escala cites alpha twice
        assertEquals(List.of(
                place("Início", null, use("index.html#cite-alpha-1", "a")),
                place("Node.js", "Escala", use("nodejs.html#cite-alpha-1", "a"), use("nodejs.html#cite-alpha-2", "b"))),
                alpha.get("citedBy"));
        Map<String, Object> beta = pt.get(1);
        assertEquals("nodejs.html", beta.get("page"), "the page that presents the source, in this language");
        assertEquals(List.of(
                place("Node.js", "Escala", use("nodejs.html#cite-beta-1", "a")),
                place("Node.js", "Web", use("nodejs.html#cite-beta-2", "a"))), beta.get("citedBy"));
    }

    @Test
    void backLinksAreLetteredLikeSpreadsheetColumns() {
        assertEquals(List.of("a", "b", "z", "aa", "az", "ba"),
                List.of(0, 1, 25, 26, 51, 52).stream().map(SiteModel::letter).toList());
    }

    @SafeVarargs
    private static Map<String, Object> place(String page, String section, Map<String, Object>... uses) {
        return map("page", page, "section", section, "uses", List.of(uses));
    }

    private static Map<String, Object> use(String path, String letter) {
        return Map.of("path", path, "letter", letter);
    }

    @Test
    void eachLanguageHasItsOwnBackLinks() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> en = (List<Map<String, Object>>) model.forLanguage("en").get("references");
        assertEquals(List.of(place("Home", null, use("en/index.html#cite-alpha-1", "a"))), en.get(0).get("citedBy"));
        assertEquals("note alpha", en.get(0).get("note"));
        assertEquals("en/nodejs.html", en.get(1).get("page"));
    }

    @Test
    void theSitemapHasEveryListedPageOfEveryLanguage() {
        assertEquals(List.of(HOST, HOST + "nodejs.html", HOST + "python.html", HOST + "referencias.html", HOST + "en/",
                HOST + "en/nodejs.html"), model.sitemap().stream().map(e -> e.get("url")).toList());
    }
}
