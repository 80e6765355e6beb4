package org.nodevspython.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.nodevspython.browser.SiteFiles.assertNoFailures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.preview.Preview;
import org.nodevspython.strict.Fixture;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 10, the policy in the preview: the preview adds its live reload to every page it serves as
 * an external script ({@code /__preview/reload.js}, which opens the event stream
 * {@code /__preview/events}) and loads its error overlay's styles from {@code /__preview/overlay.css},
 * so that the pages' Content-Security-Policy, which allows no inline script or style, lets both
 * work. In Chromium, on a preview of a copy of the project: the page opens without a violation and
 * its reload script connects; a broken page shows the overlay, styled, with the problem; fixing the
 * page reloads it; never a {@code securitypolicyviolation} event or a console error.
 *
 * <p>The tests run in order on one preview and one page (a bake costs seconds); every wait is bounded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class CspPreviewIT {

    private static final String PAGE = "en/python.html";
    private static final String SOURCE = "content/en/python.md";
    private static final String EVENTS = "/__preview/events";
    /** A bake on a busy 2-core machine takes seconds; this only bounds a failure. */
    private static final Duration BAKE = Duration.ofSeconds(30);

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private Fixture project;
    private String original;
    private Preview preview;
    private Browser browser;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        project = Fixture.copyOfRealProject(folder);
        original = Files.readString(project.path(SOURCE), StandardCharsets.UTF_8);
        PrintStream console = new PrintStream(printed, true, StandardCharsets.UTF_8);
        preview = Preview.start(project.root(), "127.0.0.1", 0, console, console);
        browser = Browser.start();
        PolicyEvents.install(browser);
    }

    @AfterAll
    void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (preview != null) {
                preview.close();
            }
        }
    }

    private String url(String path) {
        return preview.uri().resolve("/" + path).toString();
    }

    private WebDriverWait bakeWaiter(String what) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), BAKE, Duration.ofMillis(100));
        wait.withMessage(what + "; the preview printed:\n" + printed.toString(StandardCharsets.UTF_8));
        return wait;
    }

    /** Violations, console errors, and whether the reload script opened its event stream since the last call. */
    private List<String> problems(String where, boolean connects) {
        List<String> failures = new ArrayList<>();
        for (String violation : PolicyEvents.take(browser)) {
            failures.add(where + ": " + violation);
        }
        for (String error : browser.takeConsoleErrors()) {
            failures.add(where + ": console error: " + error);
        }
        List<Browser.Request> requests = browser.takeRequests();
        boolean connected = requests.stream().anyMatch(r -> r.url().equals(url(EVENTS.substring(1))));
        if (connects && !connected) {
            failures.add(where + ": the reload script did not open " + EVENTS + "; requests: " + requests);
        }
        for (Browser.Request request : requests) {
            if (!request.url().startsWith(url("")) && !request.url().startsWith("data:")) {
                failures.add(where + ": a request outside the preview: " + request);
            }
        }
        return failures;
    }

    /** The reload script is the preview's, external, and ran: it opened the event stream, and the policy never fired. */
    @Test
    @Order(1)
    void aPageOpensWithoutViolationAndItsReloadScriptConnects() {
        browser.open(url(PAGE));
        assertEquals(1L, browser.js("return document.querySelectorAll('script[src=\"/__preview/reload.js\"]').length"),
                "the preview did not add its reload script to " + PAGE);
        assertEquals(0L, browser.js("return Array.prototype.filter.call(document.scripts, function (s) {"
                + " return !s.src && s.textContent.indexOf('__preview') >= 0; }).length"), "an inline script of the preview");
        assertEquals(Boolean.TRUE, browser.js("return document.documentElement.classList.contains('js')"), "the theme snippet did not run");
        bakeWaiter("the reload script to open " + EVENTS).until(d -> browser.takeRequests().stream()
                .anyMatch(r -> r.url().equals(url(EVENTS.substring(1)))));
        assertNoFailures("the preview's " + PAGE, problems(PAGE, false));
    }

    /**
     * A front matter left open: the page, still showing the last good site, gets the overlay with
     * the problem (the file and the message of the strict build), styled by overlay.css inside its
     * shadow root (its box is fixed over the page); the policy does not fire.
     */
    @Test
    @Order(2)
    void aBrokenPageShowsTheStyledOverlayWithTheProblem() throws IOException {
        browser.open(url(PAGE));
        problems(PAGE, true);
        String broken = original.replaceFirst("\n---\n", "\n\n");
        assertFalse(broken.equals(original), SOURCE + " has no closing '---': the fixture is stale");
        Files.writeString(project.path(SOURCE), broken, StandardCharsets.UTF_8);

        bakeWaiter("the error overlay [data-preview-overlay] to appear on " + PAGE)
                .until(d -> !browser.findAll("[data-preview-overlay]").isEmpty());
        Object text = browser.js("var o = document.querySelector('[data-preview-overlay]'); var r = o.shadowRoot || o;"
                + " return r.querySelector('.box').textContent;");
        assertTrue(text.toString().contains("python.md") && text.toString().contains("the front matter is not closed"),
                "the overlay does not name the file and the problem: " + text);
        try {
            bakeWaiter("overlay.css to apply in the overlay's shadow root (its .box position: fixed)").until(d -> "fixed".equals(
                    browser.js("var o = document.querySelector('[data-preview-overlay]');"
                            + " return getComputedStyle((o.shadowRoot || o).querySelector('.box')).position;")));
        } catch (TimeoutException e) {
            fail("the overlay's styles did not apply: " + browser.js("var o = document.querySelector('[data-preview-overlay]');"
                    + " var r = o.shadowRoot || o; var l = r.querySelector('link[rel=stylesheet]');"
                    + " return 'link ' + (l && l.href) + ', sheet ' + (l && !!l.sheet) + ', box position '"
                    + " + getComputedStyle(r.querySelector('.box')).position;"));
        }
        assertTrue(browser.takeRequests().stream().anyMatch(r -> r.url().equals(url("__preview/overlay.css"))),
                "no request for /__preview/overlay.css");
        assertNoFailures("the preview's overlay on " + PAGE, problems(PAGE + " with the overlay", false));
    }

    /** The page fixed: the next bake reloads the page, without the overlay, the policy still silent. */
    @Test
    @Order(3)
    void fixingThePageReloadsIt() throws IOException {
        if (browser.findAll("[data-preview-overlay]").isEmpty()) {
            fail("no overlay on the page: the test before did not leave the page broken");
        }
        browser.js("window.__beforeTheFix = true");
        Files.writeString(project.path(SOURCE), original, StandardCharsets.UTF_8);
        bakeWaiter("the page to reload after " + SOURCE + " was fixed").until(d -> !Boolean.TRUE.equals(browser.js("return window.__beforeTheFix"))
                && "complete".equals(browser.js("return document.readyState")));
        assertEquals(url(PAGE), browser.driver().getCurrentUrl());
        assertTrue(browser.findAll("[data-preview-overlay]").isEmpty(), "the overlay is still shown after the reload");
        bakeWaiter("the reloaded page's reload script to open " + EVENTS).until(d -> browser.takeRequests().stream()
                .anyMatch(r -> r.url().equals(url(EVENTS.substring(1)))));
        assertNoFailures("the preview's reloaded " + PAGE, problems(PAGE + " reloaded", false));
    }

    /**
     * The books and the "not found" pages are served with the reload script too (PreviewTest: "a 404
     * page reloads too"): under their own self-contained policies it must run and connect as well.
     */
    @Test
    @Order(4)
    void theBooksAndTheNotFoundPagesReloadToo() {
        List<String> failures = new ArrayList<>();
        for (String path : List.of("livro.html", "en/book.html", "no-such-page.html", "en/no-such-page.html")) {
            browser.open(url(path));
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(5), Duration.ofMillis(100))
                        .until(d -> Boolean.TRUE.equals(browser.js("return performance.getEntriesByType('resource')"
                                + ".some(function (r) { return r.name.indexOf('/__preview/events') >= 0; })")));
            } catch (TimeoutException e) {
                // reported below, from the requests
            }
            for (String problem : problems(path, true)) {
                // the document itself answered 404: Chromium logs that, and it is what the page is for
                if (!(path.contains("no-such-page") && problem.contains("the server responded with a status of 404"))) {
                    failures.add(problem);
                }
            }
        }
        assertNoFailures("the preview's books and not-found pages", failures);
    }
}
