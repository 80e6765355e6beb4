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
    void htmlBookHoldsEveryPageAndResolvesEveryLink(SiteFiles.Language language) {
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
