package org.nodevspython.offline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * The book's PDF put together from its printed parts, with PDFBox: the parts' pages moved in order
 * into the book's document (not copied: their content streams stay where the part wrote them, so
 * the parts stay open until the book is saved), the links put back on them ({@link BookLinks}),
 * those into another part pointed at the page and height of their target, the bookmarks made from
 * the marks, then the metadata and the bytes.
 */
final class BookAssembly implements AutoCloseable {

    /**
     * Books are written one at a time: a book's links are annotations again while it is written, and
     * PDFBox's writer needs half again the memory of the book (its pool of every object, for the
     * compressed object streams); two books printed at the same time reach that point together. The
     * other waits a second or two.
     */
    private static final Object WRITING = new Object();

    private final PDDocument book;
    private final TreeMap<Integer, PartPrinter.Printed> parts = new TreeMap<>();
    private final Map<String, PartPrinter.Mark> marks = new HashMap<>();
    private final BookLinks links = new BookLinks();

    /** @param book the empty document the book's fonts were loaded into */
    BookAssembly(PDDocument book) {
        this.book = book;
    }

    /**
     * Takes a printed part whose first page is page {@code firstPage} (0-based) of the book, in any
     * order (the contents are printed last but come first); its marks become the book's, its internal
     * links are held as numbers until the book is written.
     */
    void add(PartPrinter.Printed part, int firstPage) {
        links.take(part.pages());
        PartPrinter.Printed before = parts.put(firstPage, part);
        if (before != null) {
            PartPrinter.close(before.document());
        }
        part.marks().forEach((id, mark) -> marks.put(id, mark.plus(firstPage)));
    }

    /** Moves the parts' pages into the book, in order, each part starting where the one before ended. */
    private void movePages() {
        for (Map.Entry<Integer, PartPrinter.Printed> part : parts.entrySet()) {
            if (part.getKey() != book.getNumberOfPages()) {
                throw new IllegalStateException("a part printed for page " + (part.getKey() + 1) + " follows " + book.getNumberOfPages() + " pages");
            }
            if (book.getNumberOfPages() == 0) {
                book.setVersion(part.getValue().document().getVersion());
            }
            // the page tree's own add: PDDocument.addPage also walks everything the page leads to for object
            // numbers of a loaded file, which printed pages do not have, and loops on the links between pages
            PDPageTree tree = book.getPages();
            part.getValue().pages().forEach(tree::add);
        }
    }

    /** The book's bookmarks: a chapter's leads to its page, its sections' to theirs. */
    private void outline(List<BookParts.Bookmark> bookmarks) {
        if (bookmarks.isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        add(outline, bookmarks);
        book.getDocumentCatalog().setDocumentOutline(outline);
    }

    private void add(PDOutlineNode parent, List<BookParts.Bookmark> bookmarks) {
        for (BookParts.Bookmark bookmark : bookmarks) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(bookmark.title());
            PartPrinter.Mark mark = marks.get(bookmark.id());
            if (mark != null) {
                item.setDestination(destination(mark));
            }
            parent.addLast(item);
            add(item, bookmark.children());
        }
    }

    private static PDPageXYZDestination destination(PartPrinter.Mark mark) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(mark.pdPage());
        destination.setTop(mark.top());
        return destination;
    }

    /** The 1-based page an id of the book landed on, or 0. */
    int pageOf(String id) {
        PartPrinter.Mark mark = marks.get(id);
        return mark == null ? 0 : mark.page() + 1;
    }

    /**
     * Puts the book together and writes it, with no date: the same book gives the same bytes.
     *
     * @param documentId the PDF's id, derived from the book
     */
    void write(Path pdf, List<BookParts.Bookmark> bookmarks, String title, String language, long documentId) {
        synchronized (WRITING) {
            movePages();
            links.putBack(book.getPages(), marks);
            outline(bookmarks);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            info.setProducer(PartPrinter.PRODUCER);
            book.setDocumentInformation(info);
            book.getDocumentCatalog().setLanguage(language);
            book.setDocumentId(documentId);
            save(pdf);
        }
    }

    private void save(Path pdf) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pdf), 1 << 16)) {
            book.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pdf, e);
        }
    }

    /** Once the book is written (or given up): the parts held the pages' streams. */
    @Override
    public void close() {
        parts.values().forEach(part -> PartPrinter.close(part.document()));
        parts.clear();
    }
}
