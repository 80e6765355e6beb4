package org.nodevspython.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.nodevspython.browser.SiteFiles.assertNoFailures;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing moves once a page has painted: the cumulative layout shift, as Chromium measures it for
 * Core Web Vitals (a {@code PerformanceObserver} of {@code layout-shift} entries, buffered), is
 * exactly 0 on every page of the baked site, on a phone's screen (360 × 640) and a laptop's
 * (1280 × 800), in the light theme and in the dark one.
 *
 * <p>The pages are served on the loopback address with every script answered {@value #SCRIPT_DELAY_MS} ms
 * late, as on a slow connection: the page paints first, then site.js runs. A test served from disk
 * would run the script before the first paint and so could not see what it changes. That the page
 * did paint before its script arrived is checked on every page that has the script, so the test
 * cannot pass by measuring too late. The "not found" pages load their stylesheet and script from the
 * public address: those requests are answered from target/site (see {@link Browser#openWithHostFromDisk}).
 */
class LayoutShiftIT {

    private static final long SCRIPT_DELAY_MS = 400;
    private static final List<int[]> VIEWPORTS = List.of(new int[] {360, 640}, new int[] {1280, 800});

    /**
     * Every layout shift since the page started, delivered by a buffered observer once two frames
     * (plus a little time) have been drawn after the load: what site.js changed is then on screen.
     * Also the first paint's time and when site.js finished arriving, to check the order of the two.
     */
    private static final String MEASURE = "var done = arguments[arguments.length - 1];"
            + " if (!window.PerformanceObserver || (PerformanceObserver.supportedEntryTypes || []).indexOf('layout-shift') < 0) {"
            + "   done({ error: 'this browser does not report layout-shift entries' }); return; }"
            + " function describe(n) { if (!n || n.nodeType !== 1) { return n ? n.nodeName : '?'; }"
            + "   return n.tagName.toLowerCase() + (n.id ? '#' + n.id : '') + (typeof n.className === 'string' && n.className.trim()"
            + "     ? '.' + n.className.trim().split(/\\s+/).join('.') : ''); }"
            + " function rect(r) { return Math.round(r.x) + ',' + Math.round(r.y) + ' ' + Math.round(r.width) + '×' + Math.round(r.height); }"
            + " var shifts = [];"
            + " var observer = new PerformanceObserver(function (list) { shifts = shifts.concat(list.getEntries()); });"
            + " observer.observe({ type: 'layout-shift', buffered: true });"
            + " requestAnimationFrame(function () { requestAnimationFrame(function () { setTimeout(function () {"
            + "   shifts = shifts.concat(observer.takeRecords()); observer.disconnect();"
            + "   var paint = performance.getEntriesByName('first-paint')[0];"
            + "   var script = performance.getEntriesByType('resource').filter(function (r) { return /\\/js\\/site\\.js$/.test(r.name); })[0];"
            + "   done({ firstPaint: paint ? paint.startTime : -1, scriptEnd: script ? script.responseEnd : -1,"
            + "     total: shifts.reduce(function (sum, s) { return sum + (s.hadRecentInput ? 0 : s.value); }, 0),"
            + "     shifts: shifts.map(function (s) { return s.value.toFixed(4) + ' at ' + Math.round(s.startTime) + ' ms: '"
            + "       + (s.sources || []).map(function (x) { return describe(x.node) + ' ' + rect(x.previousRect) + ' → ' + rect(x.currentRect); }).join('; '); }) });"
            + " }, 150); }); });";

    private static Path site;
    private static List<String> pages;
    private static Set<String> notFoundPages;
    private static String host;
    private static LoopbackSite server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        site = SiteFiles.siteDir();
        pages = SiteFiles.htmlPages(site);
        notFoundPages = pages.stream().filter(p -> SiteFiles.isNotFoundPage(SiteFiles.parse(site.resolve(p)))).collect(Collectors.toSet());
        host = SiteFiles.host();
        browser = Browser.start();
        server = LoopbackSite.serve(site, Duration.ofMillis(SCRIPT_DELAY_MS));
    }

    @AfterAll
    static void quit() {
        try {
            if (browser != null) {
                browser.clearViewportEmulation();
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void noPageShiftsInTheLightTheme() {
        browser.emulateColorScheme("light");
        browser.open(server.url("index.html"));
        browser.js("localStorage.removeItem('theme')");
        checkEveryPage("light theme (system light, no theme chosen)");
    }

    @Test
    void noPageShiftsInTheDarkTheme() {
        browser.emulateColorScheme("dark");
        browser.open(server.url("index.html"));
        // the dark theme as a reader chose it with the toggle: the inline script applies it before the first paint
        browser.js("localStorage.setItem('theme', 'dark')");
        try {
            checkEveryPage("dark theme (system dark, dark theme chosen)");
        } finally {
            browser.js("localStorage.removeItem('theme')");
            browser.emulateColorScheme("light");
        }
    }

    private static void checkEveryPage(String theme) {
        List<String> failures = new ArrayList<>();
        int timed = 0;
        for (int[] viewport : VIEWPORTS) {
            browser.emulateViewport(viewport[0], viewport[1]);
            try {
                for (String page : pages) {
                    String where = page + " at " + viewport[0] + "×" + viewport[1];
                    if (notFoundPages.contains(page)) {
                        browser.openWithHostFromDisk(server.url(page), host, site);
                    } else {
                        browser.open(server.url(page));
                    }
                    Object measured = browser.driver().executeAsyncScript(MEASURE);
                    if (!(measured instanceof Map<?, ?> result) || result.get("error") != null) {
                        failures.add(where + ": cannot measure: " + (measured instanceof Map<?, ?> m ? m.get("error") : measured));
                        continue;
                    }
                    double firstPaint = ((Number) result.get("firstPaint")).doubleValue();
                    double scriptEnd = ((Number) result.get("scriptEnd")).doubleValue();
                    if (firstPaint < 0) {
                        failures.add(where + ": no first-paint entry: the page was not measured as painted");
                    }
                    if (scriptEnd >= 0 && !notFoundPages.contains(page)) {
                        if (firstPaint >= 0 && firstPaint < scriptEnd) {
                            timed++;
                        } else {
                            failures.add(where + ": site.js arrived at " + Math.round(scriptEnd) + " ms, before the first paint at "
                                    + Math.round(firstPaint) + " ms: what it changes would not be seen as a shift");
                        }
                    }
                    double total = ((Number) result.get("total")).doubleValue();
                    if (total != 0) {
                        failures.add(where + ": cumulative layout shift " + String.format(java.util.Locale.ROOT, "%.4f", total)
                                + "; shifts: " + result.get("shifts"));
                    }
                }
            } finally {
                browser.clearViewportEmulation();
            }
        }
        assertFalse(timed == 0 && failures.isEmpty(), "no page loaded js/site.js after its first paint: nothing was measured");
        assertNoFailures("layout shifts in the " + theme + " (scripts " + SCRIPT_DELAY_MS + " ms late, pages from " + server.url("") + ")", failures);
    }
}
