package org.nodevspython.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.nodevspython.browser.SiteFiles.assertNoFailures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Issue "axe-core (WCAG 2.1 A and AA rules) run in headless Chromium reports zero violations on
 * every page, in both light and dark colour schemes": every HTML page of the baked site (both
 * languages, the books and the "not found" pages included), opened from file://, in the light
 * scheme, in the dark scheme of the system (emulated through DevTools) and in the dark theme chosen
 * with the theme toggle (stored in localStorage). Also: the site without JavaScript, and the
 * keyboard's first steps (skip link, visible focus).
 *
 * <p>Nothing is served. The "not found" pages load their stylesheet and script from the public
 * address (they answer at any depth of the site); while one loads, those requests are answered
 * from target/site by DevTools request interception, so it is checked styled, as readers see it.
 */
class AccessibilityIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static Path site;
    private static List<String> pages;
    private static Browser browser;
    private static Set<String> notFoundPages;
    private static String host;

    @BeforeAll
    static void start() {
        site = SiteFiles.siteDir();
        pages = SiteFiles.htmlPages(site);
        notFoundPages = pages.stream().filter(p -> SiteFiles.isNotFoundPage(SiteFiles.parse(site.resolve(p)))).collect(Collectors.toSet());
        host = SiteFiles.host();
        browser = Browser.start();
    }

    /** Opens a page of the site; a "not found" page with its requests to the public address answered from target/site. */
    private static void openPage(String page) {
        if (notFoundPages.contains(page)) {
            browser.openWithHostFromDisk(url(page), host, site);
        } else {
            browser.open(url(page));
        }
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

    // ---- axe-core ------------------------------------------------------------------------------

    @Test
    void everyPageHasNoViolationsInTheLightScheme() {
        browser.emulateColorScheme("light");
        checkEveryPage("light scheme", () -> assertEquals(Boolean.FALSE, browser.js("return matchMedia('(prefers-color-scheme: dark)').matches")));
    }

    @Test
    void everyPageHasNoViolationsInTheDarkSchemeOfTheSystem() {
        browser.emulateColorScheme("dark");
        try {
            checkEveryPage("dark scheme (prefers-color-scheme: dark)", () -> {
                assertEquals(Boolean.TRUE, browser.js("return matchMedia('(prefers-color-scheme: dark)').matches"),
                        "the dark scheme is not emulated");
                assertDarkBackground();
            });
        } finally {
            browser.emulateColorScheme("light");
        }
    }

    @Test
    void everyPageHasNoViolationsInTheDarkThemeChosenWithTheToggle() {
        browser.emulateColorScheme("light");
        browser.open(url("nodejs.html"));
        browser.js("localStorage.removeItem('theme')");
        browser.driver().navigate().refresh();
        browser.waitForComplete();
        try {
            // the toggle cycles automatic → light → dark, and remembers the choice
            WebElement toggle = browser.find("[data-theme-toggle]");
            assertTrue(toggle.isDisplayed(), "the theme toggle is not shown");
            String auto = toggle.getText();
            toggle.click();
            assertEquals("light", browser.js("return document.documentElement.getAttribute('data-theme')"), "first click: light");
            assertEquals("light", browser.js("return localStorage.getItem('theme')"));
            toggle.click();
            assertEquals("dark", browser.js("return document.documentElement.getAttribute('data-theme')"), "second click: dark");
            assertEquals("dark", browser.js("return localStorage.getItem('theme')"), "the dark choice is not stored");
            assertNotEquals(auto, toggle.getText(), "the toggle's label does not say the theme changed");
            browser.driver().navigate().refresh();
            browser.waitForComplete();
            assertEquals("dark", browser.js("return document.documentElement.getAttribute('data-theme')"), "the stored dark theme is not applied on reload");
            assertDarkBackground();
            // every page with the toggle, in the stored dark theme while the system is light (the books have
            // no toggle and no script: they follow the system's scheme, checked by the two tests above)
            checkEveryPage("dark theme stored by the toggle (localStorage theme=dark, system light)", () -> {
                if (browser.findAll("[data-theme-toggle]").isEmpty()) {
                    throw new Skip();
                }
                assertEquals("dark", browser.js("return document.documentElement.getAttribute('data-theme')"),
                        "the stored theme is not applied (localStorage theme=" + browser.js("return localStorage.getItem('theme')") + ")");
                assertDarkBackground();
            });
        } finally {
            browser.open(url("nodejs.html"));
            browser.js("localStorage.removeItem('theme')");
        }
    }

    private static void assertDarkBackground() {
        Object luminance = browser.js("var c = getComputedStyle(document.body).backgroundColor.match(/\\d+(\\.\\d+)?/g).map(Number);"
                + " return (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255;");
        assertTrue(((Number) luminance).doubleValue() < 0.3, "the page is not dark: body background "
                + browser.js("return getComputedStyle(document.body).backgroundColor"));
    }

    /** Opens every page, checks the scheme is in effect, runs axe; fails once with every violation of every page. */
    private static void checkEveryPage(String scheme, Runnable schemeCheck) {
        List<String> failures = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String page : pages) {
            openPage(page);
            Object unstyled = browser.js("return Array.prototype.filter.call(document.querySelectorAll('link[rel~=stylesheet]'),"
                    + " function (l) { return !l.sheet; }).map(function (l) { return l.href; }).join(' ');");
            if (!String.valueOf(unstyled).isEmpty()) {
                failures.add(page + ": stylesheet not loaded, the page would be checked unstyled: " + unstyled);
                continue;
            }
            try {
                schemeCheck.run();
            } catch (Skip e) {
                skipped.add(page);
                continue;
            } catch (AssertionError e) {
                failures.add(page + ": " + e.getMessage());
                continue;
            }
            Results results = axe();
            if (results.isErrored()) {
                failures.add(page + ": axe-core failed: " + results.getErrorMessage());
                continue;
            }
            for (Rule violation : results.getViolations()) {
                StringBuilder text = new StringBuilder()
                        .append(page).append(": ").append(violation.getId()).append(" (").append(violation.getImpact()).append(") ")
                        .append(violation.getHelp()).append(" <").append(violation.getHelpUrl()).append(">");
                for (CheckedNode node : violation.getNodes()) {
                    text.append("\n      ").append(node.getTarget()).append(" ").append(oneLine(node.getHtml()));
                    if (node.getFailureSummary() != null) {
                        text.append("\n        ").append(oneLine(node.getFailureSummary()));
                    }
                }
                failures.add(text.toString());
            }
        }
        assertTrue(skipped.size() < pages.size(), "no page was checked in the " + scheme);
        assertNoFailures("axe-core (" + String.join(", ", TAGS) + ") violations in the " + scheme + ", " + (pages.size() - skipped.size())
                + " pages" + (skipped.isEmpty() ? "" : " (not applicable to " + skipped + ")"), failures);
    }

    /** Thrown by a scheme check when the scheme does not apply to a page. */
    private static final class Skip extends RuntimeException {

        Skip() {
            super(null, null, false, false);
        }
    }

    /**
     * Runs axe-core on the current page. Legacy mode runs axe.run() in the page itself, like the
     * axe browser extension: the pages have no frames, and the default mode's extra blank window
     * (for axe.finishRun) doubles the time. Other result types than violations keep one node each.
     */
    @SuppressWarnings("deprecation")
    private static Results axe() {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return new AxeBuilder().withOptions(options).withTags(TAGS).setLegacyMode(true).analyze(browser.driver());
    }

    private static String oneLine(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    // ---- without JavaScript ----------------------------------------------------------------------

    @Test
    void withoutJavaScriptThePageReadsNavigatesAndSaysSearchNeedsIt() {
        try (Browser noScript = Browser.start(options -> options.setExperimentalOption("prefs",
                Map.of("profile.managed_default_content_settings.javascript", 2)))) {
            noScript.open(url("nodejs.html"));
            assertEquals(Boolean.TRUE, noScript.js("return document.querySelector('form[data-search]').hidden"),
                    "site.js ran: JavaScript is not off, so this test checks nothing");
            List<String> failures = new ArrayList<>();
            // the text
            WebElement h1 = noScript.find("main h1");
            if (!h1.isDisplayed() || !h1.getText().contains("Node.js")) {
                failures.add("the title is not shown: '" + h1.getText() + "'");
            }
            if (noScript.find("main").getText().length() < 1000) {
                failures.add("the main text is not shown (" + noScript.find("main").getText().length() + " characters)");
            }
            // search needs JavaScript: hidden, and the <noscript> message says so; the theme toggle too
            if (noScript.find("form[data-search]").isDisplayed()) {
                failures.add("the search form is shown though it cannot work");
            }
            List<WebElement> message = noScript.findAll(".search-off");
            if (message.isEmpty() || !message.get(0).isDisplayed() || message.get(0).getText().isBlank()) {
                failures.add("the <noscript> message about search is not shown");
            }
            if (noScript.find("[data-theme-toggle]").isDisplayed()) {
                failures.add("the theme toggle is shown though it cannot work");
            }
            // the navigation and the language switch are plain links
            List<WebElement> nav = noScript.findAll("nav.site-nav a[href]");
            if (nav.size() < 5 || nav.stream().anyMatch(a -> !a.isDisplayed())) {
                failures.add("the site navigation is not shown: " + nav.size() + " links");
            }
            WebElement language = noScript.find("a[data-lang-switch][hreflang=en]");
            if (!language.isDisplayed() || !"en/nodejs.html".equals(language.getDomAttribute("href"))) {
                failures.add("the language switch is not a shown link to en/nodejs.html: href=" + language.getDomAttribute("href"));
            }
            // every link of the table of contents leads to a section of the page
            List<WebElement> toc = noScript.findAll("nav.toc a[href^='#']");
            if (toc.isEmpty()) {
                failures.add("no table of contents");
            }
            for (WebElement entry : toc) {
                String id = entry.getDomAttribute("href").substring(1);
                if (noScript.findAll("[id='" + id + "']").isEmpty()) {
                    failures.add("the table of contents links to #" + id + ", which is not on the page");
                }
            }
            assertNoFailures("problems of nodejs.html without JavaScript", failures);

            // and the links work
            noScript.find("nav.toc a[href='#real-time']").click();
            noScript.waitForUrl(url("nodejs.html") + "#real-time");
            noScript.assertScrolledTo("real-time");
            noScript.find("a[data-lang-switch][hreflang=en]").click();
            noScript.waitForUrl(url("en/nodejs.html"));
            assertEquals("en", noScript.js("return document.documentElement.lang"));
            WebElement python = noScript.findAll("nav.site-nav a[href]").stream()
                    .filter(a -> url("en/python.html").equals(a.getDomProperty("href"))).findFirst()
                    .orElseThrow(() -> new AssertionError("the navigation of en/nodejs.html has no link to en/python.html"));
            python.click();
            noScript.waitForUrl(url("en/python.html"));
            assertFalse(noScript.find("main h1").getText().isBlank());
        }
    }

    // ---- keyboard ------------------------------------------------------------------------------

    @Test
    void firstTabShowsTheSkipLinkAndFocusIsVisible() {
        browser.emulateColorScheme("light");
        browser.open(url("index.html"));
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertEquals(Boolean.TRUE, browser.js("return document.activeElement.matches('a.skip')"),
                "the first Tab focuses " + browser.js("return document.activeElement.outerHTML") + ", not the skip link a.skip");
        WebElement skip = browser.find("a.skip");
        Object box = browser.js("var r = arguments[0].getBoundingClientRect();"
                + " return r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight;", skip);
        assertTrue(skip.isDisplayed() && Boolean.TRUE.equals(box), "the focused skip link is not visible in the window: "
                + browser.js("return JSON.stringify(arguments[0].getBoundingClientRect())", skip));
        assertFocusVisible();
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertEquals("a", browser.js("return document.activeElement.tagName.toLowerCase()"), "the second Tab does not focus a link");
        assertFocusVisible();
        // the skip link leads to the main content
        new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).sendKeys(Keys.ENTER).perform();
        browser.waitForUrl(url("index.html") + "#main");
    }

    private static void assertFocusVisible() {
        Object outline = browser.js("var s = getComputedStyle(document.activeElement);"
                + " return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor;");
        String[] parts = outline.toString().split(" ", 3);
        if (parts[0].equals("none") || parts[1].startsWith("0")) {
            fail("focus is not visible on " + browser.js("return document.activeElement.outerHTML") + ": outline " + outline);
        }
    }
}
