package org.nodevspython.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * How a book is cut for printing: the front matter, then runs of whole chapters within the budget;
 * a link to another part made an address the assembly resolves, a link inside its part left alone;
 * the ids other parts, the contents and the bookmarks need listed as the bookmarks of their part.
 */
class BookPartsTest {

    private static final String CHAPTER = "<section class=\"book-page\" id=\"p-%1$s\"><h1>Title %1$s</h1><h2 id=\"%1$s--a\">A <a class=\"anchor\" href=\"#%1$s--a\">#</a></h2>"
            + "<p>%2$s <a href=\"#%3$s\">link</a></p></section>";

    private static Document book() {
        String chapters = String.format(CHAPTER, "one", "x".repeat(100), "two--a") + String.format(CHAPTER, "two", "y".repeat(100), "one--a")
                + String.format(CHAPTER, "three", "z".repeat(100), "p-one");
        return Jsoup.parse("<html lang=\"en\"><head><style>:root { --ink: #111; } p { color: var(--ink); }</style><script>x()</script></head>"
                + "<body class=\"book\"><header class=\"book-cover\">Cover</header><nav class=\"book-toc\"><a href=\"#p-one\">One</a>"
                + "<a href=\"#two--a\">A</a><a href=\"#book-contents\">here</a><h2 id=\"book-contents\">Contents</h2></nav>"
                + "<main id=\"main\">" + chapters + "</main></body></html>");
    }

    /** About two chapters' worth: the three chapters in two runs. */
    private static BookParts parts() {
        return new BookParts(book(), "@page { size: A4; }", 600);
    }

    @Test
    void theFrontMatterThenRunsOfWholeChapters() {
        BookParts parts = parts();
        assertEquals(3, parts.count());
        Document front = parts.document(0);
        assertEquals(List.of("header", "nav"), front.body().children().stream().map(Element::tagName).toList());
        assertEquals(List.of("p-one", "p-two"), parts.document(1).select("main#main > section").stream().map(Element::id).toList());
        assertEquals(List.of("p-three"), parts.document(2).select("main#main > section").stream().map(Element::id).toList());
        assertThrows(IllegalStateException.class, () -> parts.document(1), "a run's chapters are handed over once");
        assertEquals("en", parts.language());
    }

    @Test
    void everyPartHasTheBooksStylesWithoutVariablesAndTheFrontEndsWithoutABreak() {
        BookParts parts = parts();
        for (int part = 0; part < parts.count(); part++) {
            Document document = parts.document(part);
            assertTrue(document.head().html().contains("p { color: #111; }"), "var() replaced");
            assertTrue(document.head().html().contains("@page { size: A4; }"), "the print stylesheet added");
            assertTrue(document.select("script").isEmpty());
        }
        assertTrue(parts().document(0).body().children().last().attr("style").contains("page-break-after: auto"));
    }

    @Test
    void linksIntoAnotherPartGetAnAddressTheAssemblyResolves() {
        BookParts parts = parts();
        Document run = parts.document(1);
        assertEquals("#two--a", run.select("#p-one p a").attr("href"), "within the part: left to openhtmltopdf");
        assertEquals("#one--a", run.select("#p-two p a").attr("href"));
        assertEquals("#one--a", run.select("#one--a a.anchor").attr("href"), "a heading's own anchor");
        String elsewhere = parts.document(2).select("#p-three p a").attr("href");
        assertEquals(BookParts.ELSEWHERE + "p-one", elsewhere);
        assertEquals("p-one", BookParts.elsewhere(elsewhere));
        assertNull(BookParts.elsewhere("https://example.org/"));
        Document front = parts.document(0);
        assertEquals(List.of(BookParts.ELSEWHERE + "p-one", BookParts.ELSEWHERE + "two--a", "#book-contents"),
                BookParts.linksWithPages(front).stream().map(a -> a.attr("href")).toList());
        assertEquals(List.of("p-one", "two--a", "book-contents"), BookParts.linksWithPages(front).stream().map(BookParts::target).toList());
    }

    @Test
    void thePlacesOtherPartsNeedAreBookmarksOfTheirPart() {
        BookParts parts = parts();
        assertEquals(List.of("book-contents"), marks(parts.document(0)));
        assertEquals(List.of("one--a", "p-one", "two--a", "p-two"), marks(parts.document(1)), "the bookmarks' and the contents' targets");
        assertEquals(List.of("three--a", "p-three"), marks(parts.document(2)));
        assertEquals(List.of("Title one", "Title two", "Title three"), parts.bookmarks().stream().map(BookParts.Bookmark::title).toList());
        assertEquals("A", parts.bookmarks().get(0).children().get(0).title().strip(), "a section's own text, without its anchor");
    }

    private static List<String> marks(Document part) {
        return part.select("head > bookmarks > bookmark").stream().map(b -> b.attr("name")).toList();
    }

    @Test
    void aChapterLongerThanTheBudgetIsAPartOfItsOwn() {
        assertEquals(4, new BookParts(book(), "", 10).count());
        assertEquals(2, new BookParts(book(), "", Integer.MAX_VALUE).count());
    }
}
