package org.nodevspython.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The index of a bake's pages: each language's pages in navigation order (by {@code order}, then
 * by path), the listed ones (no error page), the first page of a type, and a page's translation.
 */
class SiteIndexTest {

    private final Page ptHome = TestPages.page("index.md", "pt-BR", "home", 1, PageType.HOME, "# Início\n\nTexto.\n");
    private final Page ptPython = TestPages.page("python.md", "pt-BR", "python", 3);
    private final Page ptNodejs = TestPages.page("nodejs.md", "pt-BR", "nodejs", 2);
    // the same order as nodejs.md: the path decides
    private final Page ptBenchmarks = TestPages.page("desempenho.md", "pt-BR", "benchmarks", 2);
    private final Page ptReferences = TestPages.page("referencias.md", "pt-BR", "references", 9, PageType.REFERENCES,
            "# Referências\n\nFontes.\n");
    private final Page ptNotFound = TestPages.page("404.md", "pt-BR", "not-found", 1, PageType.ERROR, "# Não encontrada\n\nTexto.\n");
    private final Page enNodejs = TestPages.page("en/nodejs.md", "en", "nodejs", 2);
    private final Page enHome = TestPages.page("en/index.md", "en", "home", 1, PageType.HOME, "# Home\n\nText.\n");
    private final SiteIndex site = TestPages.index(ptPython, enNodejs, ptNotFound, ptReferences, ptNodejs, enHome, ptHome, ptBenchmarks);

    private static List<String> paths(List<Page> pages) {
        return pages.stream().map(p -> p.sourcePath() + (p.original().isPresent() ? " (stand-in)" : "")).toList();
    }

    /** English has only two pages of its own: the untranslated originals are there as stand-ins, in the same order. */
    @Test
    void pagesOfALanguageAreInNavigationOrder() {
        assertEquals(List.of(ptNotFound, ptHome, ptBenchmarks, ptNodejs, ptPython, ptReferences), site.inLanguage("pt-BR"));
        assertEquals(List.of("en/404.md (stand-in)", "en/index.md", "en/desempenho.md (stand-in)", "en/nodejs.md",
                "en/python.md (stand-in)", "en/referencias.md (stand-in)"), paths(site.inLanguage("en")));
    }

    @Test
    void aStandInShowsItsOriginalAtTheOriginalsPathInTheLanguageFolder() {
        Page standIn = site.byOutput("en/python.html").orElseThrow();
        assertSame(ptPython, standIn.original().orElseThrow());
        assertEquals("en", standIn.lang());
        assertSame(standIn, site.counterpart(ptPython, "en").orElseThrow());
        assertSame(enNodejs, site.counterpart(ptNodejs, "en").orElseThrow(), "a translated page has no stand-in");
        assertEquals(4, site.standIns().size());
        assertTrue(site.bySource("en/python.md").isEmpty(), "a stand-in has no file of its own");
    }

    @Test
    void aLanguageWithoutPagesHasNone() {
        assertEquals(List.of(), site.inLanguage("fr"));
        assertEquals(List.of("en/index.md (stand-in)"), paths(TestPages.index(ptHome).inLanguage("en")),
                "a language of the site without pages yet: only stand-ins");
    }

    @Test
    void listedLeavesTheErrorPageOut() {
        assertEquals(List.of(ptHome, ptBenchmarks, ptNodejs, ptPython, ptReferences), site.listed("pt-BR"));
        assertEquals(List.of("en/index.md", "en/desempenho.md (stand-in)", "en/nodejs.md", "en/python.md (stand-in)",
                "en/referencias.md (stand-in)"), paths(site.listed("en")));
        assertEquals(List.of(enHome, enNodejs), site.listedOwn("en"), "what the sitemap and search index hold");
    }

    @Test
    void firstOfAType() {
        assertSame(ptReferences, site.first("pt-BR", PageType.REFERENCES).orElseThrow());
        assertSame(ptHome, site.first("pt-BR", PageType.HOME).orElseThrow());
        assertSame(ptBenchmarks, site.first("pt-BR", PageType.PAGE).orElseThrow(), "the first in navigation order");
        assertSame(ptReferences, site.first("en", PageType.REFERENCES).orElseThrow().original().orElseThrow(),
                "the English reference list stands in for the Portuguese one");
    }

    @Test
    void aTranslationIsThePageOfTheSameKeyInTheOtherLanguage() {
        assertSame(enNodejs, site.translation(ptNodejs, "en").orElseThrow());
        assertSame(ptNodejs, site.translation(enNodejs, "pt-BR").orElseThrow());
        assertSame(enHome, site.translation(ptHome, "en").orElseThrow());
        assertSame(ptNodejs, site.translation(ptNodejs, "pt-BR").orElseThrow(), "in its own language, the page itself");
        assertTrue(site.translation(ptPython, "en").isEmpty());
        assertTrue(site.translation(ptPython, "fr").isEmpty());
    }

    @Test
    void bySourcePathAndAll() {
        assertSame(enNodejs, site.bySource("en/nodejs.md").orElseThrow());
        assertTrue(site.bySource("en/python.md").isEmpty());
        assertEquals(List.of("404.md", "desempenho.md", "en/index.md", "en/nodejs.md", "index.md", "nodejs.md", "python.md",
                "referencias.md"), site.all().stream().map(Page::sourcePath).toList(), "every page, by source path");
    }

    @Test
    void byKeyGroupsEachPageWithItsTranslations() {
        assertEquals(List.of("benchmarks", "home", "nodejs", "not-found", "python", "references"), List.copyOf(site.byKey().keySet()));
        assertEquals(Map.of("pt-BR", ptNodejs, "en", enNodejs), site.byKey().get("nodejs"));
        assertEquals(Map.of("pt-BR", ptPython), site.byKey().get("python"));
    }
}
