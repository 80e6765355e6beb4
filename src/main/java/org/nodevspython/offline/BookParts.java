package org.nodevspython.offline;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A book cut into parts that are printed one at a time: part 0 is the front matter (what the book's
 * body holds before {@code <main>}: the cover and the contents), then runs of whole chapters
 * ({@code main > section.book-page}) of about {@code budget} characters of HTML each. A part is
 * laid out on its own, so the memory a print needs is that of one part, not of the whole book, and
 * openhtmltopdf's cost per internal link, which grows with the pages of the document it resolves
 * the link in, stays that of a part. Every chapter starts on a new page, so cutting between two
 * chapters does not change where anything falls.
 *
 * <p>What a part cannot see the others do for it: a link to an id of another part gets the address
 * {@code x-book-part:<id>} (openhtmltopdf makes it a link annotation to a URI, which the assembly then
 * points at the page of the id), and the ids that other parts, the contents or the bookmarks need
 * are listed as the part's own bookmarks, which is how openhtmltopdf tells on which page, and how
 * far down, an element landed.
 *
 * <p>What starts again in each part: paged-media CSS that counts across the document
 * ({@code counter(pages)}, counters and {@code string-set} of running headers). The page counter
 * is carried over ({@code useInitialPageNumber}); the print stylesheet uses nothing else of the kind.
 */
final class BookParts {

    /** The scheme of a link into another part, resolved once every part is printed. */
    static final String ELSEWHERE = "x-book-part:";
    /** The attribute of a link of the front matter that holds the page of its target, for the print stylesheet. */
    static final String PAGE_ATTRIBUTE = "data-page";
    /** A rough page count of a chapter's HTML, only to guess how many digits the page numbers will have. */
    private static final int CHARACTERS_PER_PAGE = 2000;

    /** A bookmark of the PDF: a chapter with its sections as children. */
    record Bookmark(String title, String id, List<Bookmark> children) {
    }

    private final Element htmlShell;
    private final Element head;
    private final Element bodyShell;
    private final List<Node> front = new ArrayList<>();
    private final Element mainShell;
    private final List<List<Element>> chapters = new ArrayList<>();
    private final List<Node> back = new ArrayList<>();
    private final Map<String, Integer> partOfId = new HashMap<>();
    private final List<Set<String>> exported = new ArrayList<>();
    private final List<Bookmark> bookmarks = new ArrayList<>();
    private final long chapterCharacters;

    /**
     * @param book the book as written, which this takes apart (its chapters are moved into the parts)
     * @param printCss the PDF's own stylesheet, added to the book's
     * @param budget about how many characters of HTML a part holds (a longer chapter is a part of its own)
     */
    BookParts(Document book, String printCss, int budget) {
        book.select("script").remove();
        head = book.head();
        htmlShell = head.parent().shallowClone();
        // openhtmltopdf knows no CSS variables: print with the light theme's values
        for (Element style : head.select("style")) {
            String css = style.data();
            style.empty().appendChild(new DataNode(CssVariables.inline(css)));
        }
        head.appendElement("style").appendChild(new DataNode(printCss));
        bodyShell = book.body().shallowClone();
        Element main = book.body().selectFirst("> main");
        mainShell = main == null ? null : main.shallowClone();
        boolean afterMain = false;
        for (Node node : book.body().childNodes()) {
            if (node == main) {
                afterMain = true;
            } else {
                (afterMain ? back : front).add(node);
            }
        }
        long characters = 0;
        if (main != null) {
            List<Element> run = new ArrayList<>();
            int size = 0;
            for (Element chapter : main.children()) {
                int length = chapter.outerHtml().length();
                characters += length;
                if (!run.isEmpty() && size + length > budget) {
                    chapters.add(run);
                    run = new ArrayList<>();
                    size = 0;
                }
                run.add(chapter);
                size += length;
            }
            if (!run.isEmpty()) {
                chapters.add(run);
            }
        }
        chapterCharacters = characters;
        for (int part = 0; part < count(); part++) {
            exported.add(new LinkedHashSet<>());
            for (Element element : elementsOf(part)) {
                for (Element withId : element.select("[id]")) {
                    partOfId.putIfAbsent(withId.id(), part);
                }
            }
        }
        for (Element chapter : book.select("section.book-page[id]")) {
            Element title = chapter.selectFirst("h1");
            List<Bookmark> sections = new ArrayList<>();
            for (Element section : chapter.select("h2[id]")) {
                sections.add(new Bookmark(section.ownText().isBlank() ? section.text() : section.ownText(), section.id(), List.of()));
                export(section.id());
            }
            bookmarks.add(new Bookmark(title == null ? chapter.id() : title.text(), chapter.id(), sections));
            export(chapter.id());
        }
        for (int part = 0; part < count(); part++) {
            for (Element element : elementsOf(part)) {
                for (Element link : element.select("a[href^=#]")) {
                    String id = link.attr("href").substring(1);
                    Integer target = partOfId.get(id);
                    if (target == null) {
                        continue; // a link to nothing: left as it is, as it would be in one piece
                    }
                    if (part == 0) {
                        export(id); // the contents show the page of their targets
                    }
                    if (target != part) {
                        link.attr("href", ELSEWHERE + URLEncoder.encode(id, StandardCharsets.UTF_8));
                        export(id);
                    }
                }
            }
        }
    }

    /** The id a link into another part leads to, or null for any other address. */
    static String elsewhere(String uri) {
        return uri != null && uri.startsWith(ELSEWHERE) ? URLDecoder.decode(uri.substring(ELSEWHERE.length()), StandardCharsets.UTF_8) : null;
    }

    private void export(String id) {
        Integer part = partOfId.get(id);
        if (part != null) {
            exported.get(part).add(id);
        }
    }

    /** The front matter and the runs of chapters. */
    int count() {
        return 1 + chapters.size();
    }

    /** The chapters' bookmarks, in reading order, each with its sections. */
    List<Bookmark> bookmarks() {
        return bookmarks;
    }

    /** A guess of the book's page count, only good for how many digits its page numbers will have. */
    int estimatedPages() {
        int chapterCount = chapters.stream().mapToInt(List::size).sum();
        return 1 + chapterCount + (int) Math.min(Integer.MAX_VALUE / 2, chapterCharacters / CHARACTERS_PER_PAGE);
    }

    /**
     * The links of the front matter's document that lead into the book: the print stylesheet can
     * show their target's page, which {@link #PAGE_ATTRIBUTE} holds (there is no target-counter()
     * across parts).
     */
    static List<Element> linksWithPages(Document front) {
        return front.body().select("a[href]").stream()
                .filter(link -> elsewhere(link.attr("href")) != null || link.attr("href").startsWith("#")).toList();
    }

    /** The id a link of the front matter leads to. */
    static String target(Element link) {
        String id = elsewhere(link.attr("href"));
        return id != null ? id : link.attr("href").substring(1);
    }

    /**
     * The HTML document of a part: the book's head, with the part's bookmarks, and its share of the body.
     * The front matter can be asked for again (it is printed twice, see {@link BookPrinter}); a run of
     * chapters only once, as its elements are handed over to the document.
     */
    Document document(int part) {
        Document document = new Document("");
        Element html = htmlShell.shallowClone();
        document.appendChild(html);
        Element partHead = head.clone();
        html.appendChild(partHead);
        Element marks = partHead.appendElement("bookmarks");
        for (String id : exported.get(part)) {
            // the id as the bookmark's title: how the printed part says where that id landed
            marks.appendElement("bookmark").attr("name", id).attr("href", "#" + id);
        }
        Element body = bodyShell.shallowClone();
        html.appendChild(body);
        if (part == 0) {
            front.forEach(node -> body.appendChild(node.clone()));
            if (chapters.isEmpty()) {
                back.forEach(node -> body.appendChild(node.clone()));
            }
            // the contents end with a page break before the first chapter: at the end of a part of their
            // own it would leave a blank page (the next part starts on a page of its own anyway)
            withStyle(body.children().last(), "page-break-after: auto");
            return document;
        }
        Element main = mainShell.shallowClone();
        body.appendChild(main);
        List<Element> run = chapters.set(part - 1, List.of());
        if (run.isEmpty()) {
            throw new IllegalStateException("part " + part + " of the book was already printed");
        }
        run.forEach(main::appendChild);
        // the same for the break before a chapter, at the start of a part: openhtmltopdf may make it a blank first page
        withStyle(run.get(0), "page-break-before: auto");
        if (part == count() - 1) {
            back.forEach(body::appendChild);
        }
        return document;
    }

    /** Adds a declaration to an element's own style, which wins over the stylesheets'. */
    private static void withStyle(Element element, String declaration) {
        if (element != null) {
            String style = element.attr("style").strip();
            element.attr("style", style.isEmpty() ? declaration : style + (style.endsWith(";") ? " " : "; ") + declaration);
        }
    }

    /** The top elements of a part (the chapters of a run, the front matter's), with what follows main in the last part. */
    private List<Element> elementsOf(int part) {
        List<Node> nodes = new ArrayList<>(part == 0 ? front : chapters.get(part - 1));
        if (part == count() - 1) {
            nodes.addAll(back);
        }
        return nodes.stream().filter(Element.class::isInstance).map(Element.class::cast).toList();
    }

    /** The book's language, for the PDF's catalog. */
    String language() {
        return htmlShell.attr("lang");
    }
}
