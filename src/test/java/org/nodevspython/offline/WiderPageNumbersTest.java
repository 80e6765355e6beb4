package org.nodevspython.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book whose page numbers come out wider than guessed from its length (a chapter of little HTML
 * and a hundred page breaks): the print is done again with a wider field, and the contents show
 * every chapter's page right.
 */
class WiderPageNumbersTest {

    @TempDir
    Path tmp;

    @Test
    void theContentsShowThreeDigitPagesOfABookGuessedShorter() throws IOException {
        StringBuilder breaks = new StringBuilder();
        for (int i = 0; i < 110; i++) {
            breaks.append("<div style=\"page-break-before: always\">Page ").append(i).append("</div>");
        }
        String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><style>.book-page { page-break-before: always; }"
                + " .book-toc { page-break-after: always; }</style></head><body class=\"book\"><nav class=\"book-toc\"><ol>"
                + "<li><a href=\"#p-one\">One</a></li><li><a href=\"#p-two\">Two</a></li><li><a href=\"#p-three\">Three</a></li></ol></nav>"
                + "<main id=\"main\"><section class=\"book-page\" id=\"p-one\"><h1>One</h1>" + breaks + "</section>"
                + "<section class=\"book-page\" id=\"p-two\"><h1>Two</h1></section>"
                + "<section class=\"book-page\" id=\"p-three\"><h1>Three</h1></section></main></body></html>\n";
        Path book = tmp.resolve("book.html");
        Files.writeString(book, html, StandardCharsets.UTF_8);
        BookParts parts = new BookParts(org.jsoup.Jsoup.parse(html), "", BookPrinter.PART_BUDGET);
        assertEquals(1, PageNumberField.upTo(parts.estimatedPages()).digits(), "a guess of under ten pages: " + parts.estimatedPages());

        Path pdf = tmp.resolve("book.pdf");
        BookPdf.write(book, "Book", Files.readString(Path.of("templates/book-pdf.css")), pdf, tmp.resolve("cache"), 1_000);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1 + 111 + 1 + 1, document.getNumberOfPages());
            PDPage contents = document.getPage(0);
            List<String> shown = new ArrayList<>();
            for (PDAnnotation annotation : contents.getAnnotations()) {
                PDAnnotationLink link = (PDAnnotationLink) annotation;
                int target = document.getPages().indexOf(((PDPageDestination) ((PDActionGoTo) link.getAction()).getDestination()).getPage());
                PDRectangle r = link.getRectangle();
                PDFTextStripperByArea area = new PDFTextStripperByArea();
                area.addRegion("entry", new Rectangle2D.Float(r.getLowerLeftX(), contents.getMediaBox().getHeight() - r.getUpperRightY(),
                        r.getWidth(), r.getHeight()));
                area.extractRegions(contents);
                String text = area.getTextForRegion("entry").replaceAll("[\\s\u00A0\u2007]+", " ").strip();
                assertTrue(text.endsWith(" " + (target + 1)), "'" + text + "' shows the page it leads to, " + (target + 1));
                shown.add(text.replaceAll("[ .]+(\\d+)$", " $1"));
            }
            assertEquals(List.of("One 2", "Two 113", "Three 114"), shown);
        }
    }
}
