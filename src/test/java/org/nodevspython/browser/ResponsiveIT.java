package org.nodevspython.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nodevspython.browser.SiteFiles.assertNoFailures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * A 320 px wide screen (the narrowest phones, and 1280 px zoomed to 400 %: WCAG 1.4.10 Reflow)
 * scrolls only vertically: on no page of either language is the document wider than the window.
 * Screenshots of nodejs.html at 320 and 1280 px land in target/screenshots/ for people to look at.
 */
class ResponsiveIT {

    private static final int NARROW = 320;
    private static final int HEIGHT = 800;

    /**
     * What sticks out to the right, for the failure message: the deepest elements and text runs past
     * the window's edge, leaving out what sits inside a scrolling or clipping box (a wide table in
     * its own scroll box is fine).
     */
    private static final String OVERFLOWING = "var limit = document.documentElement.clientWidth, out = [];"
            + " function clipped(n) { for (var e = n.parentElement; e && e !== document.body; e = e.parentElement) {"
            + "   if (getComputedStyle(e).overflowX !== 'visible') { return true; } } return false; }"
            + " var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);"
            + " while (walker.nextNode()) { var n = walker.currentNode, r;"
            + "   if (n.nodeType === 3) { if (!n.textContent.trim()) { continue; } var range = document.createRange(); range.selectNodeContents(n); r = range.getBoundingClientRect(); }"
            + "   else { r = n.getBoundingClientRect(); }"
            + "   if (r.width > 0 && r.right > limit + 0.5 && !clipped(n)) { out.push({ n: n, right: r.right }); } }"
            + " out = out.filter(function (o) { return !out.some(function (p) { return p.n !== o.n && o.n.contains(p.n); }); });"
            + " return out.slice(0, 5).map(function (o) { var n = o.n, e = n.nodeType === 3 ? n.parentElement : n;"
            + "   var s = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');"
            + "   var longest = n.textContent.split(/\\s+/).sort(function (a, b) { return b.length - a.length; })[0];"
            + "   return (n.nodeType === 3 ? 'text in ' : '') + s + ' (right edge at ' + Math.round(o.right) + ' px, longest word \"' + longest + '\"): \"'"
            + "     + n.textContent.trim().replace(/\\s+/g, ' ').slice(0, 60) + '…\"'; }).join('; ');";

    private static Path site;
    private static Browser browser;

    @BeforeAll
    static void start() {
        site = SiteFiles.siteDir();
        browser = Browser.start();
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String url(String page) {
        return site.resolve(page).toUri().toString();
    }

    /** A 320 px wide viewport: the window if Chromium lets it be that narrow, else DevTools' device metrics. */
    private static String narrow() {
        browser.windowSize(NARROW, HEIGHT);
        browser.open(url("index.html"));
        if (!Long.valueOf(NARROW).equals(browser.js("return window.innerWidth"))) {
            browser.emulateViewport(NARROW, HEIGHT);
            browser.open(url("index.html"));
            assertEquals(Long.valueOf(NARROW), browser.js("return window.innerWidth"), "the viewport cannot be made 320 px wide");
            return "Emulation.setDeviceMetricsOverride";
        }
        return "window size";
    }

    private static void wide() {
        browser.clearViewportEmulation();
        browser.windowSize(1280, 900);
    }

    @Test
    void noPageScrollsSidewaysAt320Pixels() {
        String how = narrow();
        try {
            List<String> failures = new ArrayList<>();
            List<String> pages = SiteFiles.htmlPages(site);
            String host = SiteFiles.host();
            for (String page : pages) {
                if (SiteFiles.isNotFoundPage(SiteFiles.parse(site.resolve(page)))) {
                    // it loads its stylesheet from the public address: answered from target/site
                    browser.openWithHostFromDisk(url(page), host, site);
                } else {
                    browser.open(url(page));
                }
                checkNoOverflow(page, failures);
            }
            browser.open(url("nodejs.html"));
            browser.screenshot(SiteFiles.targetDir().resolve("screenshots/nodejs-320.png"));
            assertNoFailures("pages wider than a " + NARROW + " px viewport (" + how + ")", failures);
        } finally {
            wide();
        }
    }

    /** The search results open over the page: they must fit a narrow screen too. */
    @Test
    void searchResultsFitAt320Pixels() {
        narrow();
        try {
            List<String> failures = new ArrayList<>();
            for (String page : List.of("index.html", "en/index.html")) {
                browser.open(url(page));
                WebElement input = browser.find("#search-input");
                input.click();
                input.sendKeys("node");
                browser.waiter().withMessage("search results on " + page).until(d -> !browser.findAll("#search-results:not([hidden]) a").isEmpty());
                checkNoOverflow(page + " with the search results open", failures);
            }
            assertNoFailures("pages wider than a " + NARROW + " px viewport", failures);
        } finally {
            wide();
        }
    }

    private static void checkNoOverflow(String page, List<String> failures) {
        Number scrollWidth = (Number) browser.js("return document.documentElement.scrollWidth");
        Number clientWidth = (Number) browser.js("return document.documentElement.clientWidth");
        if (scrollWidth.longValue() > clientWidth.longValue()) {
            failures.add(page + ": scrollWidth " + scrollWidth + " > clientWidth " + clientWidth + "; sticking out: " + browser.js(OVERFLOWING));
        }
    }

    @Test
    void screenshotAt1280Pixels() {
        wide();
        browser.open(url("nodejs.html"));
        assertTrue(((Number) browser.js("return window.innerWidth")).intValue() >= 1200, "the window is not 1280 px wide");
        browser.screenshot(SiteFiles.targetDir().resolve("screenshots/nodejs-1280.png"));
    }
}
