package org.nodevspython.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nodevspython.content.Page;
import org.nodevspython.content.PageType;
import org.nodevspython.content.Site;
import org.nodevspython.content.SiteIndex;
import org.nodevspython.content.TestPages;
import org.nodevspython.i18n.Language;
import org.nodevspython.i18n.Localization;

/**
 * Where a link of a page points once the page is a chapter of its language's book: to a chapter
 * ({@code #p-key}) or a section ({@code #key--id}) of the same book, into the other language's
 * book, to an asset relative to the book, and external or root-relative links left as they are.
 */
class OfflineBookTest {

    private final Localization localization = TestPages.localization();
    private final Language pt = localization.language("pt-BR").orElseThrow();
    private final Language en = localization.language("en").orElseThrow();

    private final Page ptNodejs = TestPages.page("nodejs.md", "pt-BR", "nodejs", 2);
    private final Page ptPython = TestPages.page("python.md", "pt-BR", "python", 3);
    private final Page enHome = TestPages.page("en/index.md", "en", "home", 1, PageType.HOME, "# Home\n\nText.\n");
    private final Page enNodejs = TestPages.page("en/nodejs.md", "en", "nodejs", 2);
    private final Page enPython = TestPages.page("en/python.md", "en", "python", 3);
    private final SiteIndex index = TestPages.index(ptNodejs, ptPython, enHome, enNodejs, enPython);
    // rewrite reads only where the pages are: no documents, store or templates needed
    private final OfflineBook book = new OfflineBook(Path.of("site"), new Site(index, Map.of(), null), localization, null);

    private String inPortuguese(String href) {
        return book.rewrite(href, ptNodejs, pt, pt.bookPath("html"));
    }

    private String inEnglish(String href) {
        return book.rewrite(href, enNodejs, en, en.bookPath("html"));
    }

    @Test
    void aPageOfTheSameLanguageIsAChapterOfTheBook() {
        assertEquals("#p-python", inPortuguese("python.html"));
        assertEquals("#python--ai", inPortuguese("python.html#ai"));
        assertEquals("#p-home", inEnglish("index.html"));
        assertEquals("#python--web", inEnglish("python.html#web"));
    }

    @Test
    void aFragmentOfThePageItselfIsOfItsChapter() {
        assertEquals("#nodejs--scale", inPortuguese("#scale"));
        assertEquals("#nodejs--scale", inEnglish("#scale"));
        assertEquals("#p-nodejs", inEnglish(""));
    }

    @Test
    void aPageOfTheOtherLanguageIsInTheOtherBook() {
        assertEquals("en/book.html#nodejs--scale", inPortuguese("en/nodejs.html#scale"));
        assertEquals("en/book.html#p-home", inPortuguese("en/index.html"));
        assertEquals("../livro.html#p-python", inEnglish("../python.html"));
        assertEquals("../livro.html#nodejs--who-uses", inEnglish("../nodejs.html#who-uses"));
    }

    @Test
    void anAssetIsRelativeToTheBook() {
        assertEquals("img/chart.png", inPortuguese("img/chart.png"));
        assertEquals("../img/chart.png", inEnglish("../img/chart.png"));
        assertEquals("chart.svg#part", inEnglish("chart.svg#part"));
        assertEquals("../livro.pdf", inEnglish("../livro.pdf"));
        assertEquals("missing.html#x", inEnglish("missing.html#x"), "a page the site does not have is kept as a file link");
    }

    @Test
    void whatIsNotInTheSiteIsLeftAsItIs() {
        assertEquals("https://nodejs.org/en#about", inEnglish("https://nodejs.org/en#about"));
        assertEquals("mailto:someone@example.org", inEnglish("mailto:someone@example.org"));
        assertEquals("/en/python.html", inEnglish("/en/python.html"));
        assertEquals("../../outside.html", inEnglish("../../outside.html"));
    }
}
