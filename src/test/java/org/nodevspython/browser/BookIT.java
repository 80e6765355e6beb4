package org.nodevspython.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nodevspython.browser.SiteFiles.assertNoFailures;
import static org.nodevspython.browser.SiteFiles.collapse;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The single-page book of each language (livro.html, en/book.html) and its PDF (livro.pdf,
 * en/book.pdf), checked against the baked pages they are made from: every page in the site's
 * navigation order, one chapter each, every section with its id prefixed by the page's key, every
 * link resolving inside the book (or in the other language's book), the reference list once at
 * the end, self-contained with a print stylesheet; the PDF with bookmarks, embedded fonts,
 * extractable text and working internal links.
 */
class BookIT {

    /** One section of a page: its heading's tag, id and text. */
    record Section(String tag, String id, String text) {
    }

    /** One page of a language, as the book should hold it. */
    record Chapter(String page, String key, String title, List<Section> sections) {

        List<Section> h2() {
            return sections.stream().filter(s -> s.tag().equals("h2")).toList();
        }
    }

    private static final List<String> ID_REFERENCES = List.of("aria-labelledby", "aria-describedby", "aria-controls", "for", "headers");

    static Stream<SiteFiles.Language> languages() {
        return SiteFiles.languages().stream();
    }

    /** The pages of a language in the order of its navigation (the "not found" page is in no navigation). */
    private static List<Chapter> chapters(Path site, SiteFiles.Language language, List<String> failures) {
        Map<String, String> keys = SiteFiles.pageKeys();
        Document index = SiteFiles.parse(site.resolve(language.index()));
        List<Chapter> chapters = new ArrayList<>();
        Path folder = site.resolve(language.index()).getParent();
        for (Element link : index.select("nav.site-nav a[href]")) {
            String page = site.relativize(folder.resolve(link.attr("href")).normalize()).toString().replace('\\', '/');
            Document doc = SiteFiles.parse(site.resolve(page));
            if (SiteFiles.isNotFoundPage(doc)) {
                continue;
            }
            String key = keys.get(page);
            if (key == null) {
                failures.add("the navigation of " + language.index() + " links to " + page + ", which no content/*.md makes");
                continue;
            }
            Element article = doc.selectFirst("main article");
            if (article == null) {
                failures.add(page + " has no <main><article>");
                continue;
            }
            Element copy = article.clone();
            copy.select("nav.toc, section.map").remove();
            List<Section> sections = new ArrayList<>();
            for (Element heading : copy.select("h2[id], h3[id]")) {
                sections.add(new Section(heading.tagName(), heading.id(), SiteFiles.headingText(heading)));
            }
            Element h1 = copy.selectFirst("h1");
            chapters.add(new Chapter(page, key, h1 == null ? "" : collapse(h1.text()), sections));
        }
        // every page of the language is in the navigation (so in the book), but the book and the "not found" page
        Set<String> inNavigation = new HashSet<>();
        chapters.forEach(c -> inNavigation.add(c.page()));
        for (String page : SiteFiles.htmlPages(site)) {
            boolean ofLanguage = language.folder().isEmpty() ? !page.contains("/") : page.startsWith(language.folder() + "/")
                    && page.indexOf('/', language.folder().length() + 1) < 0;
            if (ofLanguage && !page.equals(language.bookHtml()) && !inNavigation.contains(page)
                    && !SiteFiles.isNotFoundPage(SiteFiles.parse(site.resolve(page)))) {
                failures.add(page + " is a page of " + language.code() + " missing from the navigation of " + language.index() + ", so from the book");
            }
        }
        return chapters;
    }

    // ---- the HTML book -------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void htmlBookHoldsEveryPageAndResolvesEveryLink(SiteFiles.Language language) throws IOException {
        Path site = SiteFiles.siteDir();
        List<String> failures = new ArrayList<>();
        List<Chapter> expected = chapters(site, language, failures);
        assertFalse(expected.isEmpty(), "no page found in the navigation of " + language.index());
        String bookPath = language.bookHtml();
        Path bookFile = site.resolve(bookPath);
        assertTrue(Files.isRegularFile(bookFile), "no book " + bookPath + " in " + site);
        Document book = SiteFiles.parse(bookFile);

        // one chapter per page, in the navigation's order
        List<Element> found = book.select("section.book-page");
        List<String> foundIds = found.stream().map(Element::id).toList();
        List<String> expectedIds = expected.stream().map(c -> "p-" + c.key()).toList();
        if (!foundIds.equals(expectedIds)) {
            failures.add(bookPath + ": chapters " + foundIds + ", expected (the navigation's order) " + expectedIds);
        }
        for (Chapter chapter : expected) {
            Element section = book.getElementById("p-" + chapter.key());
            if (section == null || !section.is("section.book-page")) {
                failures.add(bookPath + ": no <section class=book-page id=p-" + chapter.key() + "> for " + chapter.page());
                continue;
            }
            Element h1 = section.selectFirst("h1");
            if (h1 == null || !collapse(h1.text()).equals(chapter.title())) {
                failures.add(bookPath + "#p-" + chapter.key() + ": title " + (h1 == null ? "missing" : "'" + collapse(h1.text()) + "'")
                        + ", expected '" + chapter.title() + "' (the <h1> of " + chapter.page() + ")");
            }
            for (Section s : chapter.sections()) {
                String id = chapter.key() + "--" + s.id();
                Element heading = book.getElementById(id);
                if (heading == null) {
                    failures.add(bookPath + ": no #" + id + " for the section #" + s.id() + " (" + s.text() + ") of " + chapter.page());
                } else if (!heading.tagName().equals(s.tag()) || !SiteFiles.headingText(heading).equals(s.text())) {
                    failures.add(bookPath + "#" + id + ": <" + heading.tagName() + "> '" + SiteFiles.headingText(heading) + "', expected <" + s.tag()
                            + "> '" + s.text() + "' as on " + chapter.page());
                } else if (heading.closest("section.book-page") != section) {
                    failures.add(bookPath + "#" + id + " is not in the chapter of " + chapter.page());
                }
            }
        }

        // ids are unique, and every reference to one resolves
        Map<String, Integer> idCounts = new HashMap<>();
        book.select("[id]").forEach(e -> idCounts.merge(e.id(), 1, Integer::sum));
        idCounts.forEach((id, n) -> {
            if (n > 1) {
                failures.add(bookPath + ": the id '" + id + "' is used " + n + " times");
            }
        });
        for (String attribute : ID_REFERENCES) {
            for (Element element : book.select("[" + attribute + "]")) {
                for (String id : element.attr(attribute).trim().split("\\s+")) {
                    if (!id.isEmpty() && book.getElementById(id) == null) {
                        failures.add(bookPath + ": <" + element.tagName() + " " + attribute + "=\"" + element.attr(attribute) + "\">: no element with id " + id);
                    }
                }
            }
        }
        Set<String> books = new LinkedHashSet<>();
        SiteFiles.languages().forEach(l -> books.add(l.bookHtml()));
        int intoOtherBook = 0;
        Path folder = bookFile.getParent();
        for (Element element : book.select("[href], [src]")) {
            String value = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            String where = bookPath + ": <" + element.tagName() + " " + (element.hasAttr("href") ? "href" : "src") + "=\"" + value + "\">";
            if (value.startsWith("#")) {
                String id = decode(value.substring(1));
                if (id.isEmpty() || book.getElementById(id) == null) {
                    failures.add(where + ": no element with that id in the book");
                }
                continue;
            }
            URI uri;
            try {
                uri = new URI(value);
            } catch (URISyntaxException e) {
                failures.add(where + ": not a URI");
                continue;
            }
            if (uri.getScheme() != null || value.startsWith("//")) {
                continue; // a source on the web
            }
            Path target = folder.resolve(decode(uri.getRawPath())).normalize();
            String targetPath = site.relativize(target).toString().replace('\\', '/');
            if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                failures.add(where + ": no such file " + targetPath);
            } else if (books.contains(targetPath) && !targetPath.equals(bookPath)) {
                intoOtherBook++;
                String fragment = uri.getRawFragment();
                if (fragment != null && !fragment.isEmpty() && SiteFiles.parse(target).getElementById(decode(fragment)) == null) {
                    failures.add(where + ": " + targetPath + " has no element with id " + decode(fragment));
                }
            } else if (targetPath.endsWith(".html")) {
                failures.add(where + ": leads out of the book to the page " + targetPath + " (it should be a link inside the book)");
            }
        }
        if (intoOtherBook == 0 && SiteFiles.languages().size() > 1) {
            failures.add(bookPath + ": no link to the other language's book");
        }

        // the reference list: once, in the last chapter; every citation and back-link resolves both ways
        List<Element> lists = book.select("ol.references");
        if (lists.size() != 1) {
            failures.add(bookPath + ": " + lists.size() + " reference lists (ol.references), expected exactly 1");
        } else if (found.isEmpty() || lists.get(0).closest("section.book-page") != found.get(found.size() - 1)) {
            failures.add(bookPath + ": the reference list is not in the last chapter");
        }
        int backLinks = 0;
        for (Element back : book.select("ol.references .cited-by a")) {
            backLinks++;
            String href = back.attr("href");
            Element target = href.startsWith("#") ? book.getElementById(decode(href.substring(1))) : null;
            if (target == null) {
                failures.add(bookPath + ": back-link <a href=\"" + href + "\"> does not resolve in the book");
            } else if (!target.is("a.cite") || !target.id().contains("--cite-")) {
                failures.add(bookPath + ": back-link <a href=\"" + href + "\"> leads to a <" + target.tagName() + "> that is not a citation mark");
            }
        }
        if (backLinks == 0) {
            failures.add(bookPath + ": the reference list has no back-link (.cited-by a)");
        }
        for (Element cite : book.select("a.cite")) {
            Element reference = cite.attr("href").startsWith("#") ? book.getElementById(decode(cite.attr("href").substring(1))) : null;
            if (reference == null || reference.closest("ol.references") == null) {
                failures.add(bookPath + ": citation " + cite.outerHtml() + " does not lead to an entry of the reference list");
            } else if (reference.select(".cited-by a[href='#" + cite.id() + "']").isEmpty()) {
                failures.add(bookPath + ": the reference #" + reference.id() + " has no back-link to the citation #" + cite.id());
            }
        }

        // self-contained, with a print stylesheet
        for (Element link : book.select("link[rel~=(?i)stylesheet]")) {
            failures.add(bookPath + ": external stylesheet " + link.outerHtml() + " (the stylesheet must be inlined)");
        }
        for (Element script : book.select("script[src]")) {
            failures.add(bookPath + ": external script " + script.outerHtml());
        }
        // the site's icon, in the file: without an icon link a browser asks the host for /favicon.ico
        List<Element> icons = book.select("head link[rel~=(?i)^icon$]");
        byte[] favicon = Files.readAllBytes(site.resolve("favicon.svg"));
        if (icons.size() != 1) {
            failures.add(bookPath + ": " + icons.size() + " icon links (<link rel=icon>), expected 1 with the site's favicon.svg as a data: URI");
        } else {
            String href = icons.get(0).attr("href");
            String prefix = "data:image/svg+xml;base64,";
            if (!href.startsWith(prefix)) {
                failures.add(bookPath + ": the icon link is not a data: URI of an SVG image: " + (href.length() > 80 ? href.substring(0, 80) + "…" : href));
            } else if (!java.util.Arrays.equals(favicon, java.util.Base64.getDecoder().decode(href.substring(prefix.length())))) {
                failures.add(bookPath + ": the icon link's image is not the site's favicon.svg");
            }
        }
        String css = String.join("\n", book.select("style").stream().map(Element::data).toList());
        if (!css.contains("@media print")) {
            failures.add(bookPath + ": no @media print in the inline stylesheet");
        }
        if (!css.contains("@page")) {
            failures.add(bookPath + ": no @page rule in the inline stylesheet");
        }
        if (css.contains("@import")) {
            failures.add(bookPath + ": the inline stylesheet @imports another");
        }
        assertNoFailures("problems with the book " + bookPath, failures);
    }

    // ---- the PDF's text ---------------------------------------------------------------------------

    /** What the print stylesheet adds after each link to the web: " <https://…>" (its URL may break anywhere). */
    private static final java.util.regex.Pattern PRINTED_URL = java.util.regex.Pattern.compile("<\\s*https?:[^>]*>");
    /** The end of a sentence: . ! ? or … followed by white space. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[.!?…])\\s+");

    /**
     * Every sentence of every page of a language, as the baked page shows it in its main content, is
     * in the text PDFBox extracts from the language's PDF: the same characters in the same order, so
     * that a viewer's search, copying and reading aloud give the words as written. White space is
     * left out of the comparison (the PDF has line breaks where the page has spaces, and a hyphen
     * ending a line, as in "bate-papos", then joins its word again); nothing else is replaced, so a
     * ligature glyph (U+FB01 "ﬁ", U+FB02 "ﬂ"...) or any other substitute fails. Left out of the
     * pages' text, as the book leaves them out: the tables of contents, the home page's map, the "#"
     * section links; and the chart, an image whose labels are not sentences. Left out of the PDF's
     * text: the page numbers, and the addresses the print stylesheet writes after links to the web.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void pdfTextHoldsEverySentenceOfEveryPage(SiteFiles.Language language) throws IOException {
        Path site = SiteFiles.siteDir();
        List<String> failures = new ArrayList<>();
        List<Chapter> chapters = chapters(site, language, failures);
        String pdfPath = language.bookPdf();
        String text;
        try (PDDocument pdf = Loader.loadPDF(site.resolve(pdfPath).toFile())) {
            StringBuilder all = new StringBuilder();
            PDFTextStripper stripper = new AsDrawn();
            // in reading order: the renderer draws a line's links and citations after the rest of it
            stripper.setSortByPosition(true);
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                List<String> lines = new ArrayList<>(stripper.getText(pdf).strip().lines().toList());
                String number = String.valueOf(i);
                if (!lines.isEmpty() && lines.get(lines.size() - 1).strip().equals(number)) {
                    lines.remove(lines.size() - 1);
                } else if (!lines.isEmpty() && lines.get(0).strip().equals(number)) {
                    lines.remove(0);
                }
                all.append(String.join("\n", lines)).append('\n');
            }
            text = all.toString();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || Character.getType(c) == Character.FORMAT) {
                // an invisible character (a zero-width no-break space, a joiner) or a glyph of no character: a search
                // or a copy of the text gets it between the letters (pdftotext shows U+FFFD)
                String around = text.substring(Math.max(0, i - 20), Math.min(text.length(), i + 20)).replace('\n', ' ');
                failures.add(pdfPath + ": U+" + String.format(java.util.Locale.ROOT, "%04X", (int) c)
                        + ", which shows no letter, in the text: \"" + around + "\"");
            }
            if (c >= '\uFB00' && c <= '\uFB06') {
                String around = text.substring(Math.max(0, i - 20), Math.min(text.length(), i + 20)).replace('\n', ' ');
                failures.add(pdfPath + ": ligature U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + " in the text: \"" + around + "\"");
            }
        }
        String pdfText = withoutWhiteSpace(PRINTED_URL.matcher(text).replaceAll(""));
        int sentences = 0;
        for (Chapter chapter : chapters) {
            Element article = SiteFiles.parse(site.resolve(chapter.page())).selectFirst("main article").clone();
            article.select("nav.toc, section.map, .anchor, svg").remove();
            for (String block : blocks(article)) {
                for (String sentence : SENTENCE_END.split(block)) {
                    String wanted = withoutWhiteSpace(sentence);
                    if (wanted.isEmpty()) {
                        continue;
                    }
                    sentences++;
                    if (!pdfText.contains(wanted)) {
                        failures.add(pdfPath + ": a sentence of " + chapter.page() + " is not in the PDF's text: \"" + sentence + "\""
                                + closest(wanted, pdfText));
                    }
                }
            }
        }
        assertTrue(sentences > 20, "only " + sentences + " sentences found in the pages of " + language);
        assertNoFailures("problems with the text of " + pdfPath + " (" + sentences + " sentences of " + chapters.size() + " pages)", failures);
    }

    /** Elements whose text starts and ends a run of text: a sentence does not go on across them (a list's numbers come between). */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div",
            "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
            "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    /** The text of an element, one string per run of text between block boundaries, white space collapsed. */
    private static List<String> blocks(Element root) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode text) {
                    current.append(text.getWholeText());
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush();
                }
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush();
                }
            }

            private void flush() {
                String block = collapse(current.toString());
                if (!block.isEmpty()) {
                    blocks.add(block);
                }
                current.setLength(0);
            }
        }, root);
        String rest = collapse(current.toString());
        if (!rest.isEmpty()) {
            blocks.add(rest);
        }
        return blocks;
    }

    /**
     * PDFBox's text extraction without its one substitution: PDFTextStripper writes a word through
     * NFKC when it holds a presentation form (U+FB00 to U+FDFF, U+FE70 to U+FEFF), so a ligature glyph
     * mapped to U+FB02 "ﬂ" comes out as "fl", and a test reading its text could not see the ligature
     * that a viewer's search, copying or a screen reader gets. This one writes each word as the
     * characters its glyphs map to, nothing replaced.
     */
    private static final class AsDrawn extends PDFTextStripper {

        @Override
        protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) throws IOException {
            StringBuilder drawn = new StringBuilder();
            for (org.apache.pdfbox.text.TextPosition position : positions) {
                drawn.append(position.getUnicode());
            }
            writeString(drawn.toString());
        }
    }

    private static String withoutWhiteSpace(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", "");
    }

    /** Where the PDF's text stops following a sentence, for the failure message. */
    private static String closest(String wanted, String pdfText) {
        int longest = 0;
        int at = -1;
        for (int length = Math.min(wanted.length(), 400); length >= 8 && longest == 0; length--) {
            int found = pdfText.indexOf(wanted.substring(0, length));
            if (found >= 0) {
                longest = length;
                at = found;
            }
        }
        if (at < 0) {
            return wanted.length() < 8 ? "" : " (not even its first 8 characters)";
        }
        String pdf = pdfText.substring(at + longest, Math.min(pdfText.length(), at + longest + 20));
        String page = wanted.substring(longest, Math.min(wanted.length(), longest + 20));
        return " (white space removed, the same up to \"…" + wanted.substring(Math.max(0, longest - 20), longest) + "\", then the page has \""
                + page + "…\" and the PDF \"" + pdf + "…\")";
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    // ---- the PDF book --------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void pdfBookHasBookmarksEmbeddedFontsTextAndWorkingLinks(SiteFiles.Language language) throws IOException {
        Path site = SiteFiles.siteDir();
        List<String> failures = new ArrayList<>();
        List<Chapter> expected = chapters(site, language, failures);
        String pdfPath = language.bookPdf();
        Path pdfFile = site.resolve(pdfPath);
        assertTrue(Files.isRegularFile(pdfFile), "no PDF " + pdfPath + " in " + site);
        Document bookHtml = SiteFiles.parse(site.resolve(language.bookHtml()));
        Element contentsHeading = bookHtml.getElementById("book-contents");
        List<String> tocEntries = bookHtml.select("nav.book-toc a[href^=#]").stream().map(a -> collapse(a.text())).toList();

        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            int pageCount = pdf.getNumberOfPages();
            List<String> pageTexts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= pageCount; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pageTexts.add(collapse(stripper.getText(pdf)));
            }
            String allText = String.join(" ", pageTexts);

            // bookmarks: one per chapter, its sections as children, each leading to the page showing its title
            PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
            if (outline == null) {
                failures.add(pdfPath + ": no outline (bookmarks)");
            } else {
                List<PDOutlineItem> top = new ArrayList<>();
                outline.children().forEach(top::add);
                List<String> titles = top.stream().map(i -> collapse(String.valueOf(i.getTitle()))).toList();
                List<String> expectedTitles = expected.stream().map(Chapter::title).toList();
                if (!titles.equals(expectedTitles)) {
                    failures.add(pdfPath + ": top-level bookmarks " + titles + ", expected one per chapter " + expectedTitles);
                }
                for (int c = 0; c < Math.min(top.size(), expected.size()); c++) {
                    PDOutlineItem item = top.get(c);
                    Chapter chapter = expected.get(c);
                    checkBookmark(pdf, item, chapter.title(), pageTexts, pdfPath, failures);
                    List<PDOutlineItem> children = new ArrayList<>();
                    item.children().forEach(children::add);
                    List<String> childTitles = children.stream().map(i -> collapse(String.valueOf(i.getTitle()))).toList();
                    List<String> sectionTitles = chapter.h2().stream().map(Section::text).toList();
                    if (!childTitles.equals(sectionTitles)) {
                        failures.add(pdfPath + ": bookmark '" + chapter.title() + "' has children " + childTitles + ", expected its sections " + sectionTitles);
                    }
                    for (int s = 0; s < Math.min(children.size(), sectionTitles.size()); s++) {
                        checkBookmark(pdf, children.get(s), sectionTitles.get(s), pageTexts, pdfPath, failures);
                    }
                }
            }

            // every font embedded (the page's resources and the forms they draw)
            int fonts = 0;
            for (int i = 0; i < pageCount; i++) {
                fonts += checkFonts(pdf.getPage(i).getResources(), pdfPath + " page " + (i + 1), failures, new IdentityHashMap<>());
            }
            if (fonts == 0) {
                failures.add(pdfPath + ": no font at all (is the text drawn as shapes?)");
            }

            // text: every chapter and section title can be extracted
            for (Chapter chapter : expected) {
                if (!allText.contains(chapter.title())) {
                    failures.add(pdfPath + ": the text has no chapter title '" + chapter.title() + "'");
                }
                for (Section section : chapter.sections()) {
                    if (!allText.contains(section.text())) {
                        failures.add(pdfPath + ": the text has no section title '" + section.text() + "' (" + chapter.page() + "#" + section.id() + ")");
                    }
                }
            }

            // links: every internal one leads to a page of the document; the contents page has one per entry
            int internal = 0;
            int tocPage = -1;
            String contentsTitle = contentsHeading == null ? null : collapse(contentsHeading.text());
            for (int i = 0; i < pageCount && contentsTitle != null; i++) {
                if (pageTexts.get(i).contains(contentsTitle)) {
                    tocPage = i;
                    break;
                }
            }
            List<PDAnnotationLink> tocLinks = new ArrayList<>();
            for (int i = 0; i < pageCount; i++) {
                for (PDAnnotation annotation : pdf.getPage(i).getAnnotations()) {
                    if (!(annotation instanceof PDAnnotationLink link)) {
                        continue;
                    }
                    PDAction action = link.getAction();
                    if (action instanceof PDActionURI) {
                        continue; // a source on the web
                    }
                    PDDestination destination = action instanceof PDActionGoTo goTo ? goTo.getDestination() : link.getDestination();
                    String where = pdfPath + " page " + (i + 1) + ": link " + (action == null ? "" : action.getClass().getSimpleName() + " ") + "at " + link.getRectangle();
                    if (destination == null) {
                        failures.add(where + " has neither a URI nor a destination in this document (" + (action == null ? "no action" : action.getSubType()) + ")");
                        continue;
                    }
                    internal++;
                    int target = pageIndex(pdf, destination);
                    if (target < 0) {
                        failures.add(where + " leads to no page of the document (" + destination + ")");
                    } else if (i == tocPage) {
                        tocLinks.add(link);
                    }
                }
            }
            if (internal == 0) {
                failures.add(pdfPath + ": no internal link at all (the book's links were lost)");
            }
            if (tocPage < 0) {
                failures.add(pdfPath + ": no page shows the contents title '" + contentsTitle + "'");
            } else if (tocLinks.size() != tocEntries.size()) {
                failures.add(pdfPath + ": the contents (page " + (tocPage + 1) + ") has " + tocLinks.size() + " internal links, expected one per entry: "
                        + tocEntries.size());
            } else {
                // in order, each entry's link leads to the page showing its title, the page number printed beside it
                PDPage contents = pdf.getPage(tocPage);
                PDFTextStripperByArea area = new PDFTextStripperByArea();
                float height = contents.getMediaBox().getHeight();
                for (int e = 0; e < tocLinks.size(); e++) {
                    PDRectangle r = tocLinks.get(e).getRectangle();
                    area.addRegion("entry" + e, new Rectangle2D.Float(r.getLowerLeftX() - 4, height - r.getUpperRightY(), r.getWidth() + 8, r.getHeight()));
                }
                area.extractRegions(contents);
                for (int e = 0; e < tocLinks.size(); e++) {
                    PDAnnotationLink link = tocLinks.get(e);
                    PDDestination destination = link.getAction() instanceof PDActionGoTo goTo ? goTo.getDestination() : link.getDestination();
                    int target = pageIndex(pdf, destination);
                    String entry = tocEntries.get(e);
                    String shown = collapse(area.getTextForRegion("entry" + e));
                    java.util.regex.Matcher number = java.util.regex.Pattern.compile("(\\d+)$").matcher(shown);
                    if (target <= tocPage) {
                        failures.add(pdfPath + ": the contents entry '" + entry + "' leads to page " + (target + 1) + ", not to a later page");
                    } else if (!pageTexts.get(target).contains(entry)) {
                        failures.add(pdfPath + ": the contents entry '" + entry + "' leads to page " + (target + 1) + ", which does not show that title");
                    }
                    if (number.find() && target >= 0 && Integer.parseInt(number.group(1)) != target + 1) {
                        failures.add(pdfPath + ": the contents entry '" + entry + "' says page " + number.group(1) + " but links to page " + (target + 1));
                    }
                }
            }
        }
        assertNoFailures("problems with the PDF " + pdfPath, failures);
    }

    private static void checkBookmark(PDDocument pdf, PDOutlineItem item, String title, List<String> pageTexts, String pdfPath, List<String> failures)
            throws IOException {
        PDDestination destination = item.getDestination();
        if (destination == null && item.getAction() instanceof PDActionGoTo goTo) {
            destination = goTo.getDestination();
        }
        int page = destination == null ? -1 : pageIndex(pdf, destination);
        if (page < 0) {
            failures.add(pdfPath + ": the bookmark '" + title + "' leads to no page (" + destination + ")");
        } else if (!pageTexts.get(page).contains(title)) {
            failures.add(pdfPath + ": the bookmark '" + title + "' leads to page " + (page + 1) + ", which does not show that title");
        }
    }

    /** The index of the page a destination leads to, or -1. */
    private static int pageIndex(PDDocument pdf, PDDestination destination) throws IOException {
        PDPageDestination page = destination instanceof PDNamedDestination named
                ? pdf.getDocumentCatalog().findNamedDestinationPage(named)
                : destination instanceof PDPageDestination direct ? direct : null;
        if (page == null) {
            return -1;
        }
        PDPage target = page.getPage();
        if (target != null) {
            return pdf.getPages().indexOf(target);
        }
        int number = page.getPageNumber();
        return number >= 0 && number < pdf.getNumberOfPages() ? number : -1;
    }

    /** Checks that every font of these resources (and of the forms they use) is embedded; returns how many fonts were seen. */
    private static int checkFonts(PDResources resources, String where, List<String> failures, Map<PDResources, Boolean> seen) throws IOException {
        if (resources == null || seen.put(resources, Boolean.TRUE) != null) {
            return 0;
        }
        int fonts = 0;
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (font == null) {
                continue;
            }
            fonts++;
            if (!font.isEmbedded()) {
                failures.add(where + ": the font " + font.getName() + " is not embedded");
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                fonts += checkFonts(form.getResources(), where + " (form " + name.getName() + ")", failures, seen);
            }
        }
        return fonts;
    }
}
