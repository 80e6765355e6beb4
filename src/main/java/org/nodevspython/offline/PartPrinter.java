package org.nodevspython.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * Prints one part of a book with openhtmltopdf, in fast mode, into a document of its own whose
 * pages the assembly then takes, with the book's fonts. A part's bookmarks are ids whose place the
 * book needs (see {@link BookParts}): they are read back as marks and taken out of the part.
 */
final class PartPrinter {

    static final String PRODUCER = "node-vs-python site build (openhtmltopdf)";

    static {
        // openhtmltopdf logs every CSS property it does not know; the build prints problems itself
        XRLog.setLoggingEnabled(false);
    }

    /** Where an id landed: the page (its index in the part, and the page itself) and how far down. */
    record Mark(int page, PDPage pdPage, int top) {

        Mark plus(int pages) {
            return new Mark(page + pages, pdPage, top);
        }
    }

    /** A printed part: its document (open: its pages' streams live in it) and its marks by id. */
    record Printed(PDDocument document, List<PDPage> pages, Map<String, Mark> marks) {
    }

    private final BookFonts fonts;
    private final String baseUri;

    /** @param baseUri where relative addresses of the book (the other language's book) resolve */
    PartPrinter(BookFonts fonts, String baseUri) {
        this.fonts = fonts;
        this.baseUri = baseUri;
    }

    /** How many pages the part takes, laid out without painting. */
    int countPages(Document part) {
        PDDocument scratch = new PDDocument();
        try (scratch; PdfBoxRenderer renderer = builder(part, scratch, 1).buildPdfRenderer()) {
            renderer.layout();
            return renderer.getRootBox().getLayer().getPages().size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out a part of the book", e);
        }
    }

    /**
     * Prints the part, its first page numbered {@code firstPage} (the footers' page counter). Its pages'
     * content streams go to a scratch file, not the heap: the book holds every part until it is saved,
     * tens of megabytes of streams for a book of thousands of pages.
     */
    Printed print(Document part, int firstPage) {
        PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        boolean printed = false;
        try {
            try (PdfBoxRenderer renderer = builder(part, document, firstPage).buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            List<PDPage> pages = new java.util.ArrayList<>();
            document.getPages().forEach(pages::add);
            Printed done = new Printed(document, pages, marks(document, pages));
            printed = true;
            return done;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot print a part of the book", e);
        } finally {
            // whatever went wrong (a stack overflow too), the part's scratch file goes with it
            if (!printed) {
                close(document);
            }
        }
    }

    private PdfRendererBuilder builder(Document part, PDDocument target, int firstPage) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(new W3CDom().fromJsoup(part), baseUri);
        builder.withProducer(PRODUCER);
        builder.usePDDocument(target);
        builder.useInitialPageNumber(firstPage);
        fonts.useIn(builder);
        return builder;
    }

    /** The part's bookmarks as marks, and the part without them: the book's bookmarks are made by the assembly. */
    private static Map<String, Mark> marks(PDDocument document, List<PDPage> pages) {
        Map<COSDictionary, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            index.put(pages.get(i).getCOSObject(), i);
        }
        Map<String, Mark> marks = new LinkedHashMap<>();
        PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
        if (outline == null) {
            return marks;
        }
        for (PDOutlineItem item : outline.children()) {
            try {
                // a bookmark whose id was not found leads to the first page, by another kind of destination
                if (item.getDestination() instanceof PDPageXYZDestination xyz && xyz.getPage() != null) {
                    Integer page = index.get(xyz.getPage().getCOSObject());
                    if (page != null) {
                        marks.put(item.getTitle(), new Mark(page, xyz.getPage(), xyz.getTop()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        document.getDocumentCatalog().setDocumentOutline(null);
        return marks;
    }

    static void close(PDDocument document) {
        try {
            document.close();
        } catch (IOException e) {
            // closing releases the scratch file of a printed part: if that fails, the system's temporary
            // folder keeps a file, which is no reason to fail a book that was written
        }
    }
}
