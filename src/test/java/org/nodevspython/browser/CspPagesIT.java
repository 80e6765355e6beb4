package org.nodevspython.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nodevspython.browser.SiteFiles.assertNoFailures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * Issue 10, "a content security policy": every page carries a {@code <meta http-equiv=
 * "Content-Security-Policy">} right after its {@code <meta charset>}, and with it in force every
 * feature still works and the policy never fires: in Chromium, every HTML page of the site (the
 * pages of both languages, the "not found" pages, the books) opened over http from a loopback
 * server, from file:// in the baked folder, and from file:// in the unzipped offline bundle.
 *
 * <p>A recorder of {@code securitypolicyviolation} events is put into every document before the
 * page's own scripts run ({@link PolicyEvents}); each page must end with zero events and zero
 * console errors after its features were used: the theme switch clicked round, a search typed
 * (its index script loaded), the language switch followed. That "zero" means something is shown
 * by {@link #thePolicyIsEnforced}: a script and a style injected after load are refused and
 * recorded.
 */
class CspPagesIT {

    /** Where a page is opened from. */
    enum Mode {
        /** Over http, from a server on 127.0.0.1 serving target/site. */
        HTTP,
        /** From file://, the baked folder target/site. */
        FILE_SITE,
        /** From file://, the offline bundle unzipped (it has no "not found" pages). */
        FILE_BUNDLE
    }

    /** The directives every page has, whatever else it allows. */
    private static final Map<String, String> ALWAYS = Map.of("default-src", "'none'", "base-uri", "'none'", "form-action", "'none'");
    /** A word found in both languages' search index. */
    private static final String QUERY = "cluster";

    @TempDir
    static Path unzipped;

    private static Path site;
    private static Path bundle;
    private static LoopbackSite server;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        site = SiteFiles.siteDir();
        SiteFiles.unzip(SiteFiles.offlineZip(), unzipped);
        try (Stream<Path> tops = Files.list(unzipped)) {
            List<Path> folders = tops.filter(Files::isDirectory).toList();
            assertEquals(1, folders.size(), "the offline zip has one top folder: " + folders);
            bundle = folders.get(0);
        }
        assertTrue(Files.isRegularFile(bundle.resolve("index.html")), "the offline bundle has no index.html");
        server = LoopbackSite.serve(site, Duration.ZERO);
        browser = Browser.start();
        PolicyEvents.install(browser);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Each test leaves the automatic theme (in the storage of the place it ended at) and nothing in the logs for the next. */
    @AfterEach
    void forgetTheTheme() {
        browser.js("try { localStorage.removeItem('theme'); } catch (e) {}");
        browser.takeConsoleErrors();
        browser.takeRequests();
    }

    private static Path root(Mode mode) {
        return mode == Mode.FILE_BUNDLE ? bundle : site;
    }

    private static String url(Mode mode, String page) {
        return mode == Mode.HTTP ? server.url(page) : root(mode).resolve(page).toUri().toString();
    }

    private static String url(Mode mode, String page, String fragment) {
        return url(mode, page) + "#" + fragment;
    }

    // ---- the policy in the files ---------------------------------------------------------------

    /**
     * In every HTML file of the site and of the bundle: one policy, in the head, the first element
     * after {@code <meta charset>} with nothing but white space between (a policy applies only to what
     * follows it); {@code default-src}, {@code base-uri} and {@code form-action} {@code 'none'}; no
     * {@code 'unsafe-…'}, wildcard, scheme or host source; every inline script and style allowed by
     * its own hash, and nothing inline that would need {@code 'unsafe-inline'} (an event handler
     * attribute, a style attribute, a javascript: address). The site's pages (all but the books and
     * the "not found" pages, which are self-contained) have exactly the policy of issue 10.
     */
    @Test
    void everyPageDeclaresThePolicyFirstInItsHead() {
        List<String> failures = new ArrayList<>();
        int pages = 0;
        for (Path root : List.of(site, bundle)) {
            for (String page : SiteFiles.htmlPages(root)) {
                pages++;
                checkPolicyInFile(root == site ? page : "bundle: " + page, SiteFiles.parse(root.resolve(page)), failures);
            }
        }
        assertTrue(pages > 10, "only " + pages + " pages found");
        assertNoFailures("the Content-Security-Policy of the pages", failures);
    }

    private static void checkPolicyInFile(String page, Document doc, List<String> failures) {
        List<Element> policies = doc.select("meta[http-equiv]").stream()
                .filter(m -> m.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy")).toList();
        if (policies.size() != 1) {
            failures.add(page + ": " + policies.size() + " <meta http-equiv=Content-Security-Policy> elements, expected one");
            return;
        }
        Element policy = policies.get(0);
        Element head = doc.head();
        List<Element> children = head.children();
        if (children.isEmpty() || !children.get(0).is("meta[charset]")) {
            failures.add(page + ": the head does not start with <meta charset>: " + (children.isEmpty() ? "(empty)" : children.get(0).outerHtml()));
        } else if (children.size() < 2 || children.get(1) != policy) {
            failures.add(page + ": the element after <meta charset> is " + (children.size() < 2 ? "nothing" : children.get(1).outerHtml())
                    + ", not the policy" + (policy.parent() == head ? " (it is element " + (policy.elementSiblingIndex() + 1) + " of the head)"
                    : " (it is in <" + policy.parent().tagName() + ">)"));
        } else {
            for (Node between = children.get(0).nextSibling(); between != policy; between = between.nextSibling()) {
                if (!(between instanceof TextNode text && text.isBlank())) {
                    failures.add(page + ": between <meta charset> and the policy: " + (between instanceof Comment ? "a comment" : between.outerHtml()));
                }
            }
        }

        Map<String, List<String>> directives = directives(policy.attr("content"));
        for (Map.Entry<String, String> always : ALWAYS.entrySet()) {
            if (!List.of(always.getValue()).equals(directives.get(always.getKey()))) {
                failures.add(page + ": " + always.getKey() + " is " + directives.get(always.getKey()) + ", expected " + always.getValue());
            }
        }
        for (Map.Entry<String, List<String>> directive : directives.entrySet()) {
            for (String source : directive.getValue()) {
                boolean allowed = source.equals("'self'") || source.equals("'none'") || source.matches("'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'")
                        || (source.equals("data:") && directive.getKey().equals("img-src"));
                if (!allowed) {
                    failures.add(page + ": " + directive.getKey() + " allows " + source);
                }
            }
        }
        for (Element script : doc.select("script:not([src])")) {
            requireHash(page, "script", script.data(), directives, failures);
        }
        for (Element style : doc.select("style")) {
            requireHash(page, "style", style.data(), directives, failures);
        }
        for (Element element : doc.getAllElements()) {
            element.attributes().forEach(attribute -> {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || key.equals("style")
                        || (Set.of("href", "src", "action", "formaction").contains(key)
                        && attribute.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT).startsWith("javascript:"))) {
                    failures.add(page + ": <" + element.tagName() + " " + attribute.html() + "> would need 'unsafe-inline'");
                }
            });
        }

        boolean selfContained = SiteFiles.isNotFoundPage(doc) && doc.select("link[rel=stylesheet], script[src]").isEmpty();
        if (!selfContained) {
            List<Element> inline = doc.select("script:not([src])");
            String hash = inline.size() == 1 ? "'" + sha256(inline.get(0).data()) + "'" : "(" + inline.size() + " inline scripts)";
            String expected = "default-src 'none'; script-src 'self' " + hash + "; style-src 'self'; img-src 'self'; connect-src 'self';"
                    + " base-uri 'none'; form-action 'none'";
            if (!directives.equals(directives(expected))) {
                failures.add(page + ": the policy is\n      " + policy.attr("content") + "\n    expected\n      " + expected);
            }
        }
    }

    /** An inline block must be allowed by its hash in its directive ({@code script-src}/{@code style-src}, else {@code default-src}). */
    private static void requireHash(String page, String kind, String text, Map<String, List<String>> directives, List<String> failures) {
        List<String> sources = directives.getOrDefault(kind + "-src-elem",
                directives.getOrDefault(kind + "-src", directives.getOrDefault("default-src", List.of())));
        String hash = "'" + sha256(text) + "'";
        if (!sources.contains(hash)) {
            String start = SiteFiles.collapse(text);
            failures.add(page + ": the inline <" + kind + "> \"" + (start.length() > 60 ? start.substring(0, 60) + "…" : start)
                    + "\" has the hash " + hash + ", which its policy (" + kind + "-src " + sources + ") does not allow");
        }
    }

    private static Map<String, List<String>> directives(String policy) {
        Map<String, List<String>> directives = new LinkedHashMap<>();
        for (String directive : policy.split(";")) {
            List<String> words = List.of(directive.trim().split("\\s+"));
            if (!words.get(0).isEmpty()) {
                directives.putIfAbsent(words.get(0).toLowerCase(Locale.ROOT), words.subList(1, words.size()));
            }
        }
        return directives;
    }

    private static String sha256(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- every page in the browser: no violation, no console error -------------------------------

    /**
     * Every HTML page, opened over http, from the baked folder and from the bundle: the policy is in
     * force (the browser's head has it second, after {@code <meta charset>}), the inline theme snippet
     * ran (it sets {@code <html class="js">}), the styles applied, and each feature the page has is
     * used: the theme switch clicked through automatic → light → dark → automatic (each choice
     * stored), a search typed (its index script loads, results appear). Then: zero
     * {@code securitypolicyviolation} events, zero console errors, and no request leaving the
     * place the page came from.
     */
    @ParameterizedTest
    @EnumSource(Mode.class)
    void everyPageWorksWithThePolicyAndNeverFiresIt(Mode mode) {
        List<String> pages = SiteFiles.htmlPages(root(mode));
        List<String> failures = new ArrayList<>();
        browser.takeConsoleErrors();
        browser.takeRequests();
        boolean searched = false;
        boolean toggled = false;
        for (String page : pages) {
            Document file = SiteFiles.parse(root(mode).resolve(page));
            browser.open(url(mode, page));
            checkPolicyInForce(page, file, failures);
            if (!browser.findAll("[data-theme-toggle]").isEmpty()) {
                cycleTheTheme(page, failures);
                toggled = true;
            }
            if (!browser.findAll("[data-search]").isEmpty()) {
                search(page, failures);
                searched = true;
            }
            collectProblems(mode, page, failures);
        }
        assertTrue(toggled && searched, "no page had a theme switch and a search box: nothing was used");
        assertNoFailures(pages.size() + " pages (" + mode + ", from " + url(mode, "") + ")", failures);
    }

    /** In the live document: the policy second in the head, the theme snippet ran, the styles applied. */
    private static void checkPolicyInForce(String page, Document file, List<String> failures) {
        Object head = browser.js("var h = document.head.children;"
                + " return [h[0] ? h[0].outerHTML : '', h[1] ? (h[1].httpEquiv || '') + '|' + (h[1].content || '') : ''];");
        List<?> first = (List<?>) head;
        Element policy = file.selectFirst("meta[http-equiv=Content-Security-Policy]");
        String expected = "Content-Security-Policy|" + (policy == null ? "" : policy.attr("content"));
        if (!first.get(0).toString().startsWith("<meta charset") || !expected.equals(first.get(1))) {
            failures.add(page + ": in the browser the head starts with " + first + ", not <meta charset> and the policy");
        }
        boolean hasSnippet = !file.select("head script:not([src])").isEmpty();
        if (hasSnippet && !Boolean.TRUE.equals(browser.js("return document.documentElement.classList.contains('js')"))) {
            failures.add(page + ": the inline theme snippet did not run (no <html class=js>)");
        }
        // the site's styles, linked or inline, applied: the body's font is the site's, not the browser's default serif
        Object font = browser.js("return getComputedStyle(document.body).fontFamily");
        if (font == null || font.toString().toLowerCase(Locale.ROOT).contains("times")) {
            failures.add(page + ": the site's styles did not apply (the body's font is " + font + ")");
        }
    }

    private static void cycleTheTheme(String page, List<String> failures) {
        browser.js("try { localStorage.removeItem('theme'); } catch (e) {} document.documentElement.removeAttribute('data-theme');");
        WebElement toggle = browser.find("[data-theme-toggle]");
        if (!toggle.isDisplayed()) {
            failures.add(page + ": the theme switch is not shown (site.js did not run?)");
            return;
        }
        for (String expected : new String[] {"light", "dark", null}) {
            toggle.click();
            Object theme = browser.js("return document.documentElement.getAttribute('data-theme')");
            Object stored = browser.js("try { return localStorage.getItem('theme'); } catch (e) { return 'storage: ' + e; }");
            if (!java.util.Objects.equals(expected, theme) || !java.util.Objects.equals(expected, stored)) {
                failures.add(page + ": after a click on the theme switch data-theme is " + theme + " and the stored theme " + stored
                        + ", expected " + expected);
                return;
            }
        }
    }

    private static void search(String page, List<String> failures) {
        WebElement input = browser.find("#search-input");
        if (!input.isDisplayed()) {
            failures.add(page + ": the search box is not shown (site.js did not run?)");
            return;
        }
        input.click();
        input.sendKeys(QUERY);
        try {
            browser.waiter().until(d -> QUERY.equals(input.getDomProperty("value"))
                    && !browser.findAll("#search-results:not([hidden]) a").isEmpty());
        } catch (TimeoutException e) {
            failures.add(page + ": searching '" + QUERY + "' shows no result; status '" + browser.find("#search-status").getDomProperty("textContent")
                    + "', index loaded: " + browser.js("return Array.isArray(window.SEARCH_INDEX) && window.SEARCH_INDEX.length"));
            return;
        }
        Object index = browser.js("var s = document.querySelector('script[src$=\"search-index.js\"]');"
                + " return [!!s, Array.isArray(window.SEARCH_INDEX) ? window.SEARCH_INDEX.length : -1];");
        List<?> loaded = (List<?>) index;
        if (!Boolean.TRUE.equals(loaded.get(0)) || ((Number) loaded.get(1)).intValue() <= 0) {
            failures.add(page + ": the search index script is not loaded: " + loaded);
        }
    }

    /** The page's violations, console errors, and requests leaving where it came from, as failures. */
    private static void collectProblems(Mode mode, String page, List<String> failures) {
        for (String violation : PolicyEvents.take(browser)) {
            failures.add(page + ": " + violation);
        }
        for (String error : browser.takeConsoleErrors()) {
            failures.add(page + ": console error: " + error);
        }
        String origin = mode == Mode.HTTP ? url(mode, "") : "file://";
        for (Browser.Request request : browser.takeRequests()) {
            if (!request.url().startsWith(origin) && !request.url().startsWith("data:")) {
                failures.add(page + ": a request outside " + origin + ": " + request);
            }
        }
    }

    // ---- the features, with the policy in force -----------------------------------------------------

    /** The language switch, clicked by a reader at a section, opens the other language at that section; and back. */
    @ParameterizedTest
    @EnumSource(Mode.class)
    void theLanguageSwitchGoesToTheSameSectionOfTheOtherLanguage(Mode mode) {
        List<String> failures = new ArrayList<>();
        browser.open(url(mode, "nodejs.html"));
        browser.js("document.getElementById('real-time').scrollIntoView()");
        browser.assertScrolledTo("real-time");
        collectProblems(mode, "nodejs.html", failures);
        browser.find("a[data-lang-switch][hreflang=en]").click();
        browser.waitForUrl(url(mode, "en/nodejs.html", "real-time"), "the language switch did not keep the section #real-time");
        browser.assertScrolledTo("real-time");
        collectProblems(mode, "en/nodejs.html", failures);

        browser.js("document.getElementById('multi-core').scrollIntoView()");
        browser.assertScrolledTo("multi-core");
        browser.find("a[data-lang-switch][hreflang=pt-BR]").click();
        browser.waitForUrl(url(mode, "nodejs.html", "multi-core"), "the language switch back did not keep the section #multi-core");
        browser.assertScrolledTo("multi-core");
        collectProblems(mode, "nodejs.html (back)", failures);
        assertNoFailures("the language switch (" + mode + ")", failures);
    }

    /**
     * The theme chosen is kept: after a reload and on the next page the inline snippet (allowed by
     * its hash) sets it before the first paint; and Enter in the search box (a form the policy may
     * not send anywhere) opens the first result, in the page.
     */
    @ParameterizedTest
    @EnumSource(Mode.class)
    void theChosenThemeIsKeptAndEnterOpensTheFirstResult(Mode mode) {
        List<String> failures = new ArrayList<>();
        browser.open(url(mode, "en/index.html"));
        browser.js("localStorage.removeItem('theme')");
        browser.driver().navigate().refresh();
        browser.waitForComplete();
        WebElement toggle = browser.find("[data-theme-toggle]");
        toggle.click();
        toggle.click();
        assertEquals("dark", browser.js("return localStorage.getItem('theme')"), "two clicks choose the dark theme, stored");
        collectProblems(mode, "en/index.html", failures);
        browser.driver().navigate().refresh();
        browser.waitForComplete();
        assertEquals("dark", browser.js("return document.documentElement.getAttribute('data-theme')"),
                "after a reload the theme snippet did not apply the stored theme");
        collectProblems(mode, "en/index.html (reloaded)", failures);

        WebElement input = browser.find("#search-input");
        input.click();
        input.sendKeys(QUERY);
        browser.waiter().withMessage("results for '" + QUERY + "'").until(d -> !browser.findAll("#search-results:not([hidden]) a").isEmpty());
        String first = browser.find("#search-results a").getDomProperty("href");
        input.sendKeys(Keys.ENTER);
        browser.waitForUrl(first, "Enter in the search box did not open the first result");
        assertEquals("dark", browser.js("return document.documentElement.getAttribute('data-theme')"),
                "the next page did not keep the dark theme");
        collectProblems(mode, first, failures);
        assertNoFailures("the theme and the search's Enter (" + mode + ")", failures);
    }

    // ---- the policy really is enforced ---------------------------------------------------------

    /**
     * After load, a script put into the page tries to add an inline script (it would set
     * {@code window.__x}), an inline style (it would set a custom property on the root), a style
     * attribute and an event handler attribute (what content must never bring), and to {@code eval}:
     * the policy refuses all five and the recorder sees each refusal. This is what
     * makes the zero counts of the other tests mean something: were the policy missing, misplaced
     * or not enforced, or the recorder blind, this test fails. On a page, a book and a "not found" page.
     */
    @ParameterizedTest
    @MethodSource("enforcedOn")
    void thePolicyIsEnforced(Mode mode, String page) {
        String attack = PolicyEvents.addScript(browser, """
                window.addEventListener('load', function () {
                  document.head.appendChild(Object.assign(document.createElement('script'), {textContent: 'window.__x=1'}));
                  document.head.appendChild(Object.assign(document.createElement('style'), {textContent: ':root{--csp-probe:1}'}));
                  try { eval('window.__y=1'); window.__evalError = 'none'; } catch (e) { window.__evalError = e.name; }
                  document.body.setAttribute('style', '--csp-attr:1');
                  var handler = document.createElement('button');
                  handler.setAttribute('onclick', 'window.__z=1');
                  document.body.appendChild(handler);
                  handler.click();
                  handler.remove();
                  window.__attacked = true;
                });
                """);
        try {
            browser.open(url(mode, page));
            browser.waiter().withMessage("the injected script to run after load").until(d -> Boolean.TRUE.equals(browser.js("return window.__attacked")));
            List<Map<String, Object>> events = PolicyEvents.takeRaw(browser);
            String seen = events.stream().map(PolicyEvents::describe).toList().toString();
            assertEquals(null, browser.js("return window.__x"), page + ": an inline script added after load ran: the policy is not enforced");
            assertEquals("", browser.js("return getComputedStyle(document.documentElement).getPropertyValue('--csp-probe').trim()"),
                    page + ": an inline style added after load applied");
            assertEquals(null, browser.js("return window.__y"), page + ": eval ran");
            assertEquals("EvalError", browser.js("return window.__evalError"), page + ": eval was not refused with an EvalError");
            assertEquals("", browser.js("return getComputedStyle(document.body).getPropertyValue('--csp-attr').trim()"),
                    page + ": a style attribute added after load applied");
            assertEquals(null, browser.js("return window.__z"), page + ": an event handler attribute ran");
            List<String> failures = new ArrayList<>();
            requireEvent(events, "script-src-elem", "inline", "the inline script", failures);
            requireEvent(events, "style-src-elem", "inline", "the inline style", failures);
            requireEvent(events, "script-src", "eval", "eval", failures);
            requireEvent(events, "style-src-attr", "inline", "the style attribute", failures);
            requireEvent(events, "script-src-attr", "inline", "the event handler attribute", failures);
            if (events.size() != 5) {
                failures.add("expected exactly five events, recorded " + events.size());
            }
            for (Map<String, Object> event : events) {
                if (!"enforce".equals(event.get("disposition"))) {
                    failures.add("not enforced but only reported: " + PolicyEvents.describe(event));
                }
            }
            if (!failures.isEmpty()) {
                failures.add("recorded: " + seen);
            }
            assertNoFailures(page + " (" + mode + "): the refusals of the policy", failures);
        } finally {
            PolicyEvents.removeScript(browser, attack);
            browser.takeConsoleErrors(); // the refusals are logged as console errors: expected here
        }
    }

    private static void requireEvent(List<Map<String, Object>> events, String directive, String blocked, String what, List<String> failures) {
        boolean found = events.stream().anyMatch(e -> directive.equals(e.get("effective")) && blocked.equals(e.get("blocked")));
        if (!found) {
            failures.add("no violation of " + directive + " (blocked '" + blocked + "') was recorded for " + what);
        }
    }

    static Stream<Arguments> enforcedOn() {
        List<Arguments> cases = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            cases.add(Arguments.of(mode, "nodejs.html"));
            cases.add(Arguments.of(mode, "en/book.html"));
            if (mode != Mode.FILE_BUNDLE) {
                cases.add(Arguments.of(mode, "404.html"));
            }
        }
        return cases.stream();
    }
}
