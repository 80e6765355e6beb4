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

    @Test
    void pagesOfALanguageAreInNavigationOrder() {
        assertEquals(List.of(ptNotFound, ptHome, ptBenchmarks, ptNodejs, ptPython, ptReferences), site.inLanguage("pt-BR"));
        assertEquals(List.of(enHome, enNodejs), site.inLanguage("en"));
    }

    @Test
    void aLanguageWithoutPagesHasNone() {
        assertEquals(List.of(), site.inLanguage("fr"));
        assertEquals(List.of(), TestPages.index(ptHome).inLanguage("en"), "a language of the site without pages yet");
    }

    @Test
    void listedLeavesTheErrorPageOut() {
        assertEquals(List.of(ptHome, ptBenchmarks, ptNodejs, ptPython, ptReferences), site.listed("pt-BR"));
        assertEquals(List.of(enHome, enNodejs), site.listed("en"));
    }

    @Test
    void firstOfAType() {
        assertSame(ptReferences, site.first("pt-BR", PageType.REFERENCES).orElseThrow());
        assertSame(ptHome, site.first("pt-BR", PageType.HOME).orElseThrow());
        assertSame(ptBenchmarks, site.first("pt-BR", PageType.PAGE).orElseThrow(), "the first in navigation order");
        assertTrue(site.first("en", PageType.REFERENCES).isEmpty());
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
