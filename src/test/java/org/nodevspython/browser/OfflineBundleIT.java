package org.nodevspython.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.nodevspython.browser.SiteFiles.assertNoFailures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Issue "Offline bundle ... keeps every feature from file:// with zero network": the zip made by
 * {@code ./mvnw package}, unzipped, is read from file:// in Chromium. The language switch keeps the
 * section, cross-links and citations land on their targets, search finds accent- and
 * case-insensitively with the current language first, the chart is an inline SVG; and not one
 * request leaves file://, not one console error. The public host appears only in the canonical
 * and alternate links of the pages' heads.
 */
class OfflineBundleIT {

    private static final String TOP = "node-vs-python";

    @TempDir
    static Path unzipped;

    private static Path bundle;
    private static List<String> entries;
    private static Browser browser;

    @BeforeAll
    static void unzipAndStart() throws IOException {
        entries = SiteFiles.unzip(SiteFiles.offlineZip(), unzipped);
        bundle = unzipped.resolve(TOP);
        assertTrue(Files.isRegularFile(bundle.resolve("index.html")),
                "the zip has no " + TOP + "/index.html; its entries: " + entries);
        browser = Browser.start();
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Every test's own pages: no request leaves file://, no console error. */
    @AfterEach
    void noNetworkAndNoConsoleErrors() {
        browser.assertNoNetworkAndNoConsoleErrors("browsing the unzipped bundle " + bundle);
    }

    /** The file:// address of a file of the bundle; a "#fragment" is kept as is. */
    private static String url(String page) {
        int hash = page.indexOf('#');
        return hash < 0 ? bundle.resolve(page).toUri().toString() : url(page.substring(0, hash), page.substring(hash + 1));
    }

    private static String url(String page, String fragment) {
        return bundle.resolve(page).toUri() + "#" + fragment;
    }

    // ---- the bundle itself ---------------------------------------------------------------------

    @Test
    void holdsTheSiteAndBooksUnderOneFolderWithoutWhatOnlyAHostUses() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String entry : entries) {
            if (!entry.equals(TOP + "/") && !entry.startsWith(TOP + "/")) {
                failures.add("zip entry outside the top folder " + TOP + "/: " + entry);
            }
        }
        Set<String> inBundle = new TreeSet<>(SiteFiles.files(bundle));
        Set<String> expected = new TreeSet<>();
        for (String file : SiteFiles.files(SiteFiles.siteDir())) {
            if (!file.equals("sitemap.xml") && !file.equals("robots.txt") && !file.matches("(.*/)?404\\.html")) {
                expected.add(file);
            }
        }
        for (String file : expected) {
            if (!inBundle.contains(file)) {
                failures.add("missing from the bundle: " + file + " (it is in the baked site)");
            }
        }
        for (String file : inBundle) {
            if (!expected.contains(file)) {
                failures.add("in the bundle but should not be: " + file);
            } else if (Files.mismatch(bundle.resolve(file), SiteFiles.siteDir().resolve(file)) >= 0) {
                failures.add("differs from the baked site: " + file + " (a stale zip?)");
            }
        }
        for (SiteFiles.Language language : SiteFiles.languages()) {
            for (String book : List.of(language.bookHtml(), language.bookPdf(), language.index())) {
                if (!inBundle.contains(book)) {
                    failures.add("the bundle has no " + book);
                }
            }
        }
        assertNoFailures("problems with the files of " + SiteFiles.offlineZip().getFileName(), failures);
    }

    // ---- 1. the language switch keeps the section ------------------------------------------------

    /** A reader scrolled down to a section (no fragment in the address), then uses the language switch. */
    @Test
    void languageSwitchKeepsTheSectionScrolledTo() {
        browser.open(url("nodejs.html"));
        browser.js("document.getElementById('real-time').scrollIntoView()");
        browser.assertScrolledTo("real-time");
        assertTrue(browser.js("return location.hash").toString().isEmpty());
        browser.find("a[data-lang-switch][hreflang=en]").click();
        browser.waitForUrl(url("en/nodejs.html", "real-time"),
                "the language switch, clicked by a reader who scrolled to #real-time, did not keep the section");
        browser.assertScrolledTo("real-time");
    }

    /** A reader arrived at a section by a link (#real-time in the address), then uses the language switch; and back. */
    @Test
    void languageSwitchKeepsTheSectionOfTheAddress() {
        browser.open(url("nodejs.html", "real-time"));
        browser.assertScrolledTo("real-time");
        browser.find("a[data-lang-switch][hreflang=en]").click();
        browser.waitForUrl(url("en/nodejs.html", "real-time"));
        browser.assertScrolledTo("real-time");
        browser.find("a[data-lang-switch][hreflang=pt-BR]").click();
        browser.waitForUrl(url("nodejs.html", "real-time"));
        browser.assertScrolledTo("real-time");
    }

    // ---- 2. cross-links ------------------------------------------------------------------------

    @Test
    void crossLinksLandOnTheirSection() {
        followLink("conclusao.html", "nodejs.html", "real-time");
        followLink("python.html", "nodejs.html", "scalability");
    }

    private void followLink(String from, String page, String section) {
        browser.open(url(from));
        List<WebElement> links = browser.findAll("main a[href='" + page + "#" + section + "']");
        assertFalse(links.isEmpty(), from + " has no link to " + page + "#" + section);
        links.get(0).click();
        browser.waitForUrl(url(page, section));
        browser.assertScrolledTo(section);
    }

    // ---- 3. citations, both ways -----------------------------------------------------------------

    @Test
    void citationLeadsToItsReferenceWhichLinksBackToIt() {
        browser.open(url("nodejs.html"));
        WebElement cite = browser.find("main a.cite");
        String citeId = cite.getDomAttribute("id");
        String href = cite.getDomAttribute("href");
        assertNotNull(citeId, "a citation mark without id (nothing could link back to it): " + cite.getDomProperty("outerHTML"));
        assertTrue(href != null && href.startsWith("referencias.html#ref-"), "citation link " + href + " does not lead to the reference list");
        String refId = href.substring(href.indexOf('#') + 1);
        cite.click();
        browser.waitForUrl(url("referencias.html", refId));
        assertEquals("li", browser.js("var e = document.getElementById(arguments[0]); return e && e.tagName.toLowerCase();", refId),
                "referencias.html#" + refId + " is not a list item of the reference list");
        browser.assertScrolledTo(refId);
        String backHref = "nodejs.html#" + citeId;
        List<WebElement> back = browser.findAll("li[id='" + refId + "'] .cited-by a[href='" + backHref + "']");
        assertFalse(back.isEmpty(), "the reference " + refId + " has no back-link " + backHref + " to the citation just followed; its back-links: "
                + browser.findAll("li[id='" + refId + "'] .cited-by a").stream().map(a -> a.getDomAttribute("href")).toList());
        back.get(0).click();
        browser.waitForUrl(url("nodejs.html", citeId));
        Object target = browser.js("var t = document.querySelector(':target'); return t && t.id;");
        assertTrue(target != null && target.toString().startsWith("cite-"), "the back-link's target is " + target + ", not a cite-… mark");
        assertEquals(citeId, target);
        browser.assertScrolledTo(citeId);
    }

    // ---- 4. search -----------------------------------------------------------------------------

    /** Types a query into the search box of a page and returns the result links once the results show. */
    private List<WebElement> search(String page, String query) {
        browser.open(url(page));
        WebElement input = browser.find("#search-input");
        assertTrue(input.isDisplayed(), "the search box of " + page + " is not shown (site.js did not run?)");
        input.click();
        input.sendKeys(query);
        try {
            browser.waiter().until(d -> !browser.findAll("#search-results:not([hidden]) a").isEmpty()
                    && query.equals(input.getDomProperty("value")));
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("searching '" + query + "' on " + page + " shows no result link; results: " + browser.find("#search-results").getDomProperty("outerHTML")
                    + "; status: " + browser.find("#search-status").getDomProperty("textContent"));
        }
        return browser.findAll("#search-results a");
    }

    /** A result link's target, relative to the bundle root. */
    private static String target(WebElement link) {
        String href = link.getDomProperty("href");
        String root = bundle.toUri().toString();
        return href.startsWith(root) ? href.substring(root.length()) : href;
    }

    private static String describe(List<WebElement> results) {
        List<String> described = new ArrayList<>();
        for (WebElement link : results) {
            described.add(target(link) + (link.getDomAttribute("hreflang") == null ? "" : " [" + link.getDomAttribute("hreflang") + "]")
                    + " \"" + link.getText().replace('\n', ' ') + "\"");
        }
        return String.join("\n    ", described);
    }

    @Test
    void searchWithoutAccentsFindsAndOpensTheAccentedSection() {
        List<WebElement> results = search("index.html", "inicializacao");
        int chosen = -1;
        for (int i = 0; i < results.size(); i++) {
            WebElement link = results.get(i);
            List<WebElement> marks = link.findElements(org.openqa.selenium.By.tagName("mark"));
            boolean highlighted = marks.stream().anyMatch(m -> m.getText().toLowerCase(Locale.ROOT).equals("inicialização"));
            if (highlighted && link.getText().toLowerCase(Locale.ROOT).contains("inicialização") && target(link).startsWith("nodejs.html#")) {
                chosen = i;
                break;
            }
        }
        assertTrue(chosen >= 0, "no result links to nodejs.html#… with \"inicialização\" highlighted in a <mark>; results:\n    " + describe(results));
        String target = target(results.get(chosen));
        // keyboard: the arrow keys walk the results, Enter opens the one focused
        Actions keys = new Actions(browser.driver());
        for (int i = 0; i <= chosen; i++) {
            keys.sendKeys(Keys.ARROW_DOWN);
        }
        keys.perform();
        assertEquals(results.get(chosen).getDomProperty("href"), browser.js("return document.activeElement.href"),
                "the arrow keys did not move the focus to result " + (chosen + 1));
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waitForUrl(url(target));
        browser.assertScrolledTo(target.substring(target.indexOf('#') + 1));
    }

    @Test
    void searchFindsTheScalabilitySectionsInEitherLanguageCurrentLanguageFirst() {
        List<String> failures = new ArrayList<>();
        checkSearch("index.html", "escalab", List.of("nodejs.html#scalability", "python.html#scalability"), "pt-BR", failures);
        checkSearch("en/index.html", "Scalab", List.of("en/nodejs.html#scalability", "en/python.html#scalability"), "en", failures);
        // the other language's sections are found too, marked as such
        checkSearch("index.html", "Scalab", List.of("en/nodejs.html#scalability", "en/python.html#scalability"), "pt-BR", failures);
        // a word of both languages: the page's language comes first
        checkSearch("en/index.html", "Cluster", List.of("en/nodejs.html#multi-core", "nodejs.html#multi-core"), "en", failures);
        checkSearch("index.html", "cluster", List.of("nodejs.html#multi-core", "en/nodejs.html#multi-core"), "pt-BR", failures);
        assertNoFailures("search problems", failures);
    }

    private void checkSearch(String page, String query, List<String> expected, String pageLang, List<String> failures) {
        List<WebElement> results = search(page, query);
        List<String> targets = results.stream().map(OfflineBundleIT::target).toList();
        String where = "'" + query + "' on " + page;
        for (String wanted : expected) {
            if (!targets.contains(wanted)) {
                failures.add(where + " does not find " + wanted + "; results:\n    " + describe(results));
            }
        }
        boolean otherLanguageSeen = false;
        for (WebElement link : results) {
            String hreflang = link.getDomAttribute("hreflang");
            boolean otherLanguage = hreflang != null && !hreflang.equals(pageLang);
            boolean inEnFolder = target(link).startsWith("en/");
            if (inEnFolder != (otherLanguage ? !pageLang.equals("en") : pageLang.equals("en"))) {
                failures.add(where + ": result " + target(link) + " is marked hreflang=" + hreflang + ", which is not its language");
            }
            if (otherLanguage) {
                otherLanguageSeen = true;
            } else if (otherLanguageSeen) {
                failures.add(where + ": a result of the page's language (" + target(link) + ") comes after one of another language; results:\n    "
                        + describe(results));
                break;
            }
        }
    }

    // ---- 5. the chart --------------------------------------------------------------------------

    @Test
    void benchmarkPagesShowAnInlineSvgChartWithATextAlternative() {
        for (String page : List.of("desempenho.html", "en/performance.html")) {
            browser.open(url(page));
            List<WebElement> charts = browser.findAll("main svg[role=img]");
            assertFalse(charts.isEmpty(), page + " has no inline <svg role=img> in its main content");
            WebElement chart = charts.get(0);
            assertTrue(chart.isDisplayed() && chart.getSize().getWidth() > 100 && chart.getSize().getHeight() > 100,
                    page + ": the chart is not shown at a readable size: " + chart.getSize());
            Object name = browser.js("var s = arguments[0], ids = (s.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);"
                    + " return ids.map(function (id) { var e = document.getElementById(id); return e ? e.textContent.trim() : '<missing #' + id + '>'; }).join(' ')"
                    + " || s.getAttribute('aria-label') || '';", chart);
            assertTrue(name != null && !name.toString().isBlank() && !name.toString().contains("<missing"),
                    page + ": the chart's accessible name is '" + name + "'");
        }
    }

    // ---- 6. the public address only where it belongs ---------------------------------------------

    @Test
    void publicHostAppearsOnlyInCanonicalAndAlternateLinks() throws IOException {
        String host = SiteFiles.host();
        String authority = java.net.URI.create(host).getHost(); // also catches http:// and //host forms
        List<String> failures = new ArrayList<>();
        int allowed = 0;
        for (String file : SiteFiles.files(bundle)) {
            Path path = bundle.resolve(file);
            if (file.endsWith(".html")) {
                Document page = SiteFiles.parse(path);
                int inLinks = 0;
                for (Element link : page.head().select("link[rel~=(?i)^(canonical|alternate)$]")) {
                    inLinks += count(link.outerHtml(), authority);
                    link.remove();
                }
                allowed += inLinks;
                for (Element element : page.getAllElements()) {
                    for (Attribute attribute : element.attributes()) {
                        if (attribute.getValue().contains(authority)) {
                            failures.add(file + ": <" + element.tagName() + " " + attribute.getKey() + "=\"" + attribute.getValue() + "\">");
                        }
                    }
                    for (TextNode text : element.textNodes()) {
                        if (text.getWholeText().contains(authority)) {
                            failures.add(file + ": text of <" + element.tagName() + ">: " + SiteFiles.collapse(text.getWholeText()));
                        }
                    }
                    if ((element.is("script") || element.is("style")) && element.data().contains(authority)) {
                        failures.add(file + ": inside <" + element.tagName() + ">");
                    }
                }
                int raw = count(Files.readString(path, StandardCharsets.UTF_8), authority);
                if (raw != inLinks && failures.stream().noneMatch(f -> f.startsWith(file + ":"))) {
                    failures.add(file + ": the host appears " + raw + " times in the raw file, " + inLinks + " of them in canonical/alternate links");
                }
            } else if (file.endsWith(".pdf")) {
                try (PDDocument pdf = Loader.loadPDF(path.toFile())) {
                    if (new PDFTextStripper().getText(pdf).contains(authority)) {
                        failures.add(file + ": in the text of the PDF");
                    }
                    PDDocumentInformation info = pdf.getDocumentInformation();
                    for (String key : info.getMetadataKeys()) {
                        if (String.valueOf(info.getCustomMetadataValue(key)).contains(authority)) {
                            failures.add(file + ": in the document information " + key);
                        }
                    }
                    int number = 0;
                    for (PDPage p : pdf.getPages()) {
                        number++;
                        for (PDAnnotation annotation : p.getAnnotations()) {
                            if (annotation instanceof PDAnnotationLink link) {
                                PDAction action = link.getAction();
                                if (action instanceof PDActionURI uri && uri.getURI() != null && uri.getURI().contains(authority)) {
                                    failures.add(file + ": page " + number + " links to " + uri.getURI());
                                }
                            }
                        }
                    }
                }
            } else {
                // scripts, styles, the search index, the favicon: read as text (bytes as ISO-8859-1 for anything binary)
                String text = Files.readString(path, StandardCharsets.ISO_8859_1);
                if (text.contains(authority)) {
                    String[] lines = text.split("\n", -1);
                    for (int i = 0; i < lines.length; i++) {
                        if (lines[i].contains(authority)) {
                            String line = lines[i].strip();
                            failures.add(file + ":" + (i + 1) + ": " + (line.length() > 160 ? line.substring(0, 160) + "…" : line));
                        }
                    }
                }
            }
        }
        assertTrue(allowed > 0, "no canonical/alternate link names " + host + " at all: is site.host still " + host + "?");
        assertNoFailures("places of the offline bundle naming the public host " + authority
                + " outside <head> <link rel=canonical|alternate>", failures);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            n++;
        }
        return n;
    }
}
