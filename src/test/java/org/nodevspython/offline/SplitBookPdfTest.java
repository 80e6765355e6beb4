package org.nodevspython.offline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated book of 16 chapters printed in parts of a few chapters each (a small part budget),
 * checked with PDFBox, and against the same book printed in one part: the same pages, the
 * bookmarks (a chapter's leading to the page with its title, its sections as children), the
 * contents (one link per entry, to the page showing the entry, the number printed beside it
 * being that page's), the links between chapters of different parts and of the same part leading
 * to the page of their target, the footers numbered on from part to part, one embedded subset per
 * font face, and the same bytes when printed again.
 */
class SplitBookPdfTest {

    private static final int CHAPTERS = 16;
    private static final int SECTIONS = 3;
    /** A few chapters per part: the generated chapters are ~5,000 characters of HTML each. */
    private static final int SMALL_BUDGET = 12_000;

    @TempDir
    static Path tmp;

    private static Path split;
    private static Path whole;
    private static int parts;

    @BeforeAll
    static void print() throws IOException {
        Path html = tmp.resolve("livro.html");
        Files.writeString(html, book(), StandardCharsets.UTF_8);
        String printCss = Files.readString(Path.of("templates/book-pdf.css"));
        split = tmp.resolve("split.pdf");
        whole = tmp.resolve("whole.pdf");
        BookPdf.write(html, "Livro · Teste", printCss, split, tmp.resolve("cache"), SMALL_BUDGET);
        BookPdf.write(html, "Livro · Teste", printCss, whole, tmp.resolve("cache"), Integer.MAX_VALUE);
        parts = new BookParts(org.jsoup.Jsoup.parse(html.toFile(), "UTF-8"), printCss, SMALL_BUDGET).count();
    }

    /** A book as templates/book.ftl lays it out, its styles inlined: a cover, the contents, the chapters. */
    private static String book() throws IOException {
        String css = Files.readString(Path.of("assets/css/site.css")) + "\n" + Files.readString(Path.of("assets/css/book.css"));
        StringBuilder toc = new StringBuilder();
        StringBuilder chapters = new StringBuilder();
        for (int c = 1; c <= CHAPTERS; c++) {
            toc.append("<li><a href=\"#p-c").append(c).append("\">Chapter ").append(c).append("</a><ol>");
            chapters.append("<section class=\"book-page\" id=\"p-c").append(c).append("\"><h1>Chapter ").append(c).append("</h1>");
            for (int s = 1; s <= SECTIONS; s++) {
                String id = "c" + c + "--s" + s;
                toc.append("<li><a href=\"#").append(id).append("\">Section ").append(c).append('.').append(s).append("</a></li>");
                chapters.append("<h2 id=\"").append(id).append("\">Section ").append(c).append('.').append(s).append("</h2>");
                // every chapter links to a section of a chapter far away (another part) and to the next one
                int far = (c + CHAPTERS / 2 - 1) % CHAPTERS + 1;
                int near = c % CHAPTERS + 1;
                chapters.append("<p>Text of section ").append(c).append('.').append(s).append(". See <a href=\"#c").append(far).append("--s")
                        .append(s).append("\">go").append(far).append('.').append(s).append("</a> and <a href=\"#c").append(near)
                        .append("--s").append(s).append("\">go").append(near).append('.').append(s).append("</a>.</p>");
                // long sections: some chapters take more than a page
                chapters.append("<p>").append("Filler text that takes room on the page. ".repeat(8 + (c % 3) * 25)).append("</p>");
            }
            chapters.append("</section>");
            toc.append("</ol></li>");
        }
        return "<!DOCTYPE html>\n<html lang=\"pt-BR\" dir=\"ltr\"><head><meta charset=\"utf-8\"><title>Livro</title><style>" + css
                + "</style></head><body class=\"book\"><header class=\"book-cover\"><p class=\"site-title\">Test book</p></header>"
                + "<nav class=\"toc book-toc\" aria-labelledby=\"book-contents\"><h2 id=\"book-contents\">Contents</h2><ol>" + toc
                + "</ol></nav><main id=\"main\">" + chapters + "</main></body></html>\n";
    }

    private static List<String> pageTexts(PDDocument pdf) throws IOException {
        List<String> texts = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            texts.add(stripper.getText(pdf).replaceAll("\\s+", " ").strip());
        }
        return texts;
    }

    /** The index of the page a chapter starts on (its footer's number is extracted first). */
    private static int chapterPage(List<String> texts, int chapter) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains("Chapter " + chapter + " Section " + chapter + ".1 ")) {
                return i;
            }
        }
        return -1;
    }

    private static int pageOf(PDDocument pdf, PDAnnotationLink link) throws IOException {
        assertTrue(link.getAction() instanceof PDActionGoTo, "an internal link is a go-to action: " + link.getAction());
        PDPageDestination destination = (PDPageDestination) ((PDActionGoTo) link.getAction()).getDestination();
        return pdf.getPages().indexOf(destination.getPage());
    }

    private static String textIn(PDPage page, PDRectangle r, float padding) throws IOException {
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        float height = page.getMediaBox().getHeight();
        area.addRegion("r", new Rectangle2D.Float(r.getLowerLeftX() - padding, height - r.getUpperRightY(), r.getWidth() + 2 * padding, r.getHeight()));
        area.extractRegions(page);
        return area.getTextForRegion("r").replaceAll("\\s+", " ").strip();
    }

    @Test
    void theBookIsPrintedInSeveralParts() {
        assertTrue(parts >= 5, "a small budget should cut 16 chapters into several parts: " + parts);
    }

    @Test
    void cuttingIntoPartsChangesNoPage() throws IOException {
        try (PDDocument a = Loader.loadPDF(split.toFile()); PDDocument b = Loader.loadPDF(whole.toFile())) {
            assertEquals(pageTexts(b), pageTexts(a), "the text of every page, printed in parts and in one");
        }
    }

    @Test
    void bookmarksLeadToTheirChapterAndSections() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(split.toFile())) {
            List<String> texts = pageTexts(pdf);
            List<PDOutlineItem> chapters = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(chapters::add);
            assertEquals(CHAPTERS, chapters.size());
            for (int c = 1; c <= CHAPTERS; c++) {
                PDOutlineItem chapter = chapters.get(c - 1);
                assertEquals("Chapter " + c, chapter.getTitle());
                int page = pdf.getPages().indexOf(((PDPageDestination) chapter.getDestination()).getPage());
                assertEquals(chapterPage(texts, c), page, "the page the bookmark of chapter " + c + " leads to");
                List<PDOutlineItem> sections = new ArrayList<>();
                chapter.children().forEach(sections::add);
                assertEquals(SECTIONS, sections.size());
                for (int s = 1; s <= SECTIONS; s++) {
                    assertEquals("Section " + c + "." + s, sections.get(s - 1).getTitle());
                    int at = pdf.getPages().indexOf(((PDPageDestination) sections.get(s - 1).getDestination()).getPage());
                    assertTrue(texts.get(at).contains("Section " + c + "." + s + " Text of section"), "section " + c + "." + s + " on page " + (at + 1));
                }
            }
        }
    }

    @Test
    void theContentsNumberEveryEntryWithThePageItLinksTo() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(split.toFile()); PDDocument one = Loader.loadPDF(whole.toFile())) {
            List<String> texts = pageTexts(pdf);
            int entries = 0;
            for (int i = 0; i < chapterPage(texts, 1); i++) {
                for (PDAnnotation annotation : pdf.getPage(i).getAnnotations()) {
                    PDAnnotationLink link = (PDAnnotationLink) annotation;
                    int target = pageOf(pdf, link);
                    String shown = textIn(pdf.getPage(i), link.getRectangle(), 4);
                    Matcher entry = Pattern.compile("(Chapter \\d+|Section \\d+\\.\\d+)\\W.*?(\\d+)$").matcher(shown);
                    assertTrue(entry.find(), "a contents entry with its page: '" + shown + "'");
                    assertEquals(target + 1, Integer.parseInt(entry.group(2)), entry.group(1) + ": the page shown is the page linked to");
                    String title = entry.group(1);
                    if (title.startsWith("Chapter")) {
                        assertEquals(chapterPage(texts, Integer.parseInt(title.substring("Chapter ".length()))), target, title + ": the page linked to");
                    } else {
                        assertTrue(texts.get(target).contains(title + " Text of section"), title + " is on page " + (target + 1));
                    }
                    entries++;
                }
            }
            assertEquals(CHAPTERS * (1 + SECTIONS), entries, "one link per contents entry");
            assertEquals(pageTexts(one).get(0), texts.get(0), "the contents printed in one part show the same pages");
        }
    }

    @Test
    void linksLeadToTheirTargetInThisPartAndInOthers() throws IOException {
        Pattern go = Pattern.compile("go(\\d+)\\.(\\d+)");
        try (PDDocument pdf = Loader.loadPDF(split.toFile())) {
            List<String> texts = pageTexts(pdf);
            int links = 0;
            for (int i = chapterPage(texts, 1); i < pdf.getNumberOfPages(); i++) {
                for (PDAnnotation annotation : pdf.getPage(i).getAnnotations()) {
                    if (!(annotation instanceof PDAnnotationLink link) || link.getAction() instanceof PDActionURI) {
                        continue;
                    }
                    Matcher m = go.matcher(textIn(pdf.getPage(i), link.getRectangle(), 1));
                    assertTrue(m.find(), "a link of page " + (i + 1) + " reads 'go<chapter>.<section>'");
                    int target = pageOf(pdf, link);
                    String heading = "Section " + m.group(1) + "." + m.group(2) + " Text of section";
                    assertTrue(target >= 0 && texts.get(target).contains(heading), m.group() + " on page " + (i + 1) + " leads to page " + (target + 1));
                    links++;
                }
            }
            assertTrue(links >= CHAPTERS * SECTIONS * 2, "every link between chapters kept: " + links);
        }
    }

    @Test
    void theFootersNumberThePagesOnAcrossParts() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(split.toFile())) {
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                PDPage page = pdf.getPage(i);
                PDRectangle box = page.getMediaBox();
                String footer = textIn(page, new PDRectangle(0, 0, box.getWidth(), 50), 0);
                assertEquals(String.valueOf(i + 1), footer, "the footer of page " + (i + 1));
            }
        }
    }

    @Test
    void noLinkKeepsTheAddressOfAnotherPart() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(split.toFile())) {
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        assertTrue(!uri.getURI().startsWith(BookParts.ELSEWHERE), "a link left to " + uri.getURI());
                    }
                }
            }
        }
    }

    @Test
    void eachFaceIsEmbeddedOnce() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(split.toFile())) {
            Set<Object> fonts = new HashSet<>();
            Set<String> names = new HashSet<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                    fonts.add(font.getCOSObject());
                    names.add(font.getName());
                }
            }
            // a subset's name starts with a tag made from its glyphs: parts with subsets of their own would show
            // the same face under several tags
            Set<String> faces = new HashSet<>();
            names.forEach(name -> faces.add(name.replaceFirst("^[A-Z]{6}\\+", "")));
            assertEquals(faces.size(), names.size(), "one subset per face, shared by every part: " + names);
            assertEquals(names.size(), fonts.size(), "one font object per face, shared by every part: " + names);
            assertNotNull(pdf.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void theSameBookGivesTheSameBytes() throws IOException {
        Path again = tmp.resolve("again.pdf");
        BookPdf.write(tmp.resolve("livro.html"), "Livro · Teste", Files.readString(Path.of("templates/book-pdf.css")), again,
                tmp.resolve("no-cache"), SMALL_BUDGET);
        assertArrayEquals(Files.readAllBytes(split), Files.readAllBytes(again));
    }
}
