package org.nodevspython.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Prints a book as a PDF in parts ({@link BookParts}), each laid out and painted on its own, then
 * put together ({@link BookAssembly}). The contents come first but show the pages of chapters
 * printed after them, so:
 * <ol>
 * <li>the front matter is laid out with placeholders as wide as the page numbers will be
 * ({@link PageNumberField}), which says how many pages it takes, so on which page the first
 * chapter starts;</li>
 * <li>the runs of chapters are printed one after the other, each numbered from where the last ended,
 * their bookmarks telling where the ids the book needs landed;</li>
 * <li>the front matter is printed with the numbers, on as many pages as laid out;</li>
 * <li>the pages are put together, the links between parts resolved, the bookmarks made.</li>
 * </ol>
 * If the guess of how wide the numbers are falls short, or the front matter does not take the pages
 * it was laid out on, the book is printed again with what the attempt learnt: the output is what a
 * right first guess would have given. A guess too wide is kept (a figure space more before every
 * number, the same on every print), rather than printing the whole book again.
 */
final class BookPrinter {

    /**
     * About how many characters of HTML a part holds: the memory of a print grows with it, the
     * cost of openhtmltopdf's link resolution with its square; each part also parses the stylesheet
     * again. 300,000 characters is ~100 A4 pages of the synthetic benchmark corpus.
     */
    static final int PART_BUDGET = 300_000;
    private static final int ATTEMPTS = 4;

    private final Path html;
    private final String printCss;
    private final String baseUri;
    private final int budget;

    /**
     * @param html the book's file
     * @param baseUri where the book's relative addresses resolve
     * @param budget about how many characters of HTML each part holds
     */
    BookPrinter(Path html, String printCss, String baseUri, int budget) {
        this.html = html;
        this.printCss = printCss;
        this.baseUri = baseUri;
        this.budget = budget;
    }

    /** Prints the book into {@code pdf}. */
    void print(Path pdf, String title, long documentId) {
        Integer digits = null;
        Integer frontPages = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Attempt outcome = attempt(digits, frontPages, pdf, title, documentId);
            if (outcome == null) {
                return;
            }
            digits = outcome.digits();
            frontPages = outcome.frontPages();
        }
        throw new IllegalStateException("the contents of " + pdf.getFileName() + " do not settle on a number of pages after "
                + ATTEMPTS + " attempts: does the print stylesheet show their page numbers in a font whose digits differ in width?");
    }

    /** What a failed attempt learnt: the field the numbers need, the pages the front matter takes (null: lay it out). */
    private record Attempt(int digits, Integer frontPages) {
    }

    /** One print of the whole book; null when it was written, else what the next attempt should use. */
    private Attempt attempt(Integer knownDigits, Integer knownFrontPages, Path pdf, String title, long documentId) {
        BookParts parts;
        try {
            parts = new BookParts(Jsoup.parse(html.toFile(), "UTF-8"), printCss, budget);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + html, e);
        }
        PageNumberField field = knownDigits == null ? PageNumberField.upTo(parts.estimatedPages()) : new PageNumberField(knownDigits);
        PDDocument document = new PDDocument();
        BookAssembly assembly = new BookAssembly(document);
        try (document; BookFonts fonts = new BookFonts(document); assembly) {
            PartPrinter printer = new PartPrinter(fonts, baseUri);
            Document front = parts.document(0);
            List<Element> numbered = BookParts.linksWithPages(front);
            numbered.forEach(link -> link.attr(BookParts.PAGE_ATTRIBUTE, field.placeholder()));
            int frontPages = knownFrontPages != null ? knownFrontPages : printer.countPages(front);

            int next = frontPages;
            for (int part = 1; part < parts.count(); part++) {
                PartPrinter.Printed run = printer.print(parts.document(part), next + 1);
                assembly.add(run, next);
                next += run.pages().size();
            }
            if (!field.fits(next)) {
                return new Attempt(PageNumberField.upTo(next).digits(), null);
            }
            for (Element link : numbered) {
                link.attr(BookParts.PAGE_ATTRIBUTE, field.of(assembly.pageOf(BookParts.target(link))));
            }
            PartPrinter.Printed printedFront = printer.print(front, 1);
            assembly.add(printedFront, 0);
            if (printedFront.pages().size() != frontPages) {
                return new Attempt(field.digits(), printedFront.pages().size());
            }
            fonts.embedSubsets();
            assembly.write(pdf, parts.bookmarks(), title, parts.language(), documentId);
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot print " + pdf, e);
        }
    }
}
