package org.nodevspython.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.devtools.NetworkInterceptor;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.remote.http.Contents;
import org.openqa.selenium.remote.http.HttpRequest;
import org.openqa.selenium.remote.http.HttpResponse;
import org.openqa.selenium.remote.http.Route;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium driven by Debian's chromedriver, shared by the tests of a class
 * (start it in {@code @BeforeAll}, close it in {@code @AfterAll}).
 *
 * <p>Nothing is downloaded: the driver and the browser are given by path, so Selenium Manager is
 * never asked for either. Everything the browser requests is recorded from chromedriver's
 * performance log (Network.requestWillBeSent, which also sees file:// loads), and the console's
 * errors from its browser log (level SEVERE: uncaught exceptions, console.error, failed loads).
 * Colour scheme and viewport are emulated through DevTools (Emulation.*) with
 * {@link ChromeDriver#executeCdpCommand}, which does not depend on the browser's CDP version.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    /** The longest any single wait may take: pages are local files, so this only bounds failures. */
    static final Duration WAIT = Duration.ofSeconds(10);

    /** One request the browser made: its URL and the URL of the document that made it. */
    record Request(String url, String documentUrl, String type) {

        @Override
        public String toString() {
            return url + " (" + (type == null ? "?" : type) + ", from " + documentUrl + ")";
        }
    }

    private static final Json JSON = new Json();

    private final ChromeDriver driver;
    private final Path profile;
    /** Whether a page was opened since the logs were last drained: then requests must have been recorded. */
    private boolean opened;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts the browser; skips the calling test class (assumption) when /usr/bin/chromium is not installed. */
    static Browser start() {
        return start(options -> {
        });
    }

    /** Starts the browser with extra options (e.g. preferences); skips when /usr/bin/chromium is not installed. */
    static Browser start(Consumer<ChromeOptions> extra) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "browser tests skipped: " + CHROMIUM + " is not installed (apt-get install chromium chromium-driver)");
        if (!Files.isExecutable(CHROMEDRIVER)) {
            fail(CHROMIUM + " is installed but " + CHROMEDRIVER + " is not (apt-get install chromium-driver)");
        }
        // the driver's path is given, both ways Selenium looks for it: Selenium Manager is never run
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--user-data-dir=" + profile, "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        extra.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
        Browser browser = new Browser(driver, profile);
        // the fresh profile's own start-up page is not the site: forget what it logged
        browser.takeRequests();
        browser.takeConsoleErrors();
        return browser;
    }

    ChromeDriver driver() {
        return driver;
    }

    WebDriverWait waiter() {
        return new WebDriverWait(driver, WAIT, Duration.ofMillis(50));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Opens a URL and waits for its document to be complete. */
    void open(String url) {
        opened = true;
        driver.get(url);
        waitForComplete();
    }

    /**
     * Opens a URL while the browser's requests to {@code host} are answered with the files of
     * {@code site} (DevTools request interception; nothing is served). For the "not found" pages,
     * which load their stylesheet and script from the public address. The interception lasts only
     * while the page loads: it slows every request down.
     */
    void openWithHostFromDisk(String url, String host, Path site) {
        try (NetworkInterceptor interceptor = new NetworkInterceptor(driver,
                Route.matching(request -> request.getUri().startsWith(host)).to(() -> request -> fromDisk(request, host, site)))) {
            open(url);
        }
    }

    private static HttpResponse fromDisk(HttpRequest request, String host, Path site) {
        String path = request.getUri().substring(host.length()).replaceAll("[?#].*", "");
        Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path).normalize();
        if (!file.startsWith(site) || !Files.isRegularFile(file)) {
            return new HttpResponse().setStatus(404);
        }
        String type = path.endsWith(".css") ? "text/css; charset=utf-8"
                : path.endsWith(".js") ? "text/javascript; charset=utf-8"
                : path.endsWith(".svg") ? "image/svg+xml"
                : path.endsWith(".pdf") ? "application/pdf"
                : "text/html; charset=utf-8";
        try {
            return new HttpResponse().setStatus(200).addHeader("Content-Type", type).setContent(Contents.bytes(Files.readAllBytes(file)));
        } catch (IOException e) {
            return new HttpResponse().setStatus(500);
        }
    }

    void waitForComplete() {
        waiter().withMessage("document.readyState to be complete").until(d -> "complete".equals(js("return document.readyState")));
    }

    /**
     * Waits until the browser has loaded the document of this URL, then asserts the whole URL,
     * fragment included (so a missing fragment fails at once, with both addresses).
     */
    void waitForUrl(String url) {
        waitForUrl(url, "the browser is on the right page, at the wrong place");
    }

    /** Like {@link #waitForUrl(String)}, saying what is wrong when only the fragment differs. */
    void waitForUrl(String url, String wrongPlace) {
        String document = withoutFragment(url);
        try {
            waiter().until(d -> document.equals(withoutFragment(d.getCurrentUrl())) && "complete".equals(js("return document.readyState")));
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("expected the browser at " + url + " but it is at " + driver.getCurrentUrl());
        }
        assertEquals(url, driver.getCurrentUrl(), wrongPlace);
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Whether the element with this id exists and its top edge is inside the window (it was scrolled to). */
    boolean topInViewport(String id) {
        return Boolean.TRUE.equals(js("var e = document.getElementById(arguments[0]); if (!e) { return false; }"
                + " var top = e.getBoundingClientRect().top; return top >= 0 && top < window.innerHeight;", id));
    }

    /** A description of where an element is, for failure messages. */
    String position(String id) {
        return String.valueOf(js("var e = document.getElementById(arguments[0]); if (!e) { return 'no element with id ' + arguments[0]; }"
                + " return 'top ' + Math.round(e.getBoundingClientRect().top) + ' in a window of height ' + window.innerHeight"
                + " + ', scrollY ' + Math.round(window.scrollY);", id));
    }

    /** Waits until the element with this id is scrolled into the window, or fails saying where it is. */
    void assertScrolledTo(String id) {
        try {
            waiter().until(d -> topInViewport(id));
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("#" + id + " on " + driver.getCurrentUrl() + " is not in the viewport: " + position(id));
        }
    }

    // ---- what the browser did ------------------------------------------------------------------

    /**
     * Every request made since the last call (the log is drained), in order. Requests of the
     * browser's own pages (chrome://, chrome-untrusted://, devtools://) are left out: they are
     * Chromium's, not the site's.
     */
    List<Request> takeRequests() {
        List<Request> requests = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> message = JSON.toType(entry.getMessage(), Json.MAP_TYPE);
            if (!(message.get("message") instanceof Map<?, ?> inner) || !"Network.requestWillBeSent".equals(inner.get("method"))) {
                continue;
            }
            Map<?, ?> params = (Map<?, ?>) inner.get("params");
            Map<?, ?> request = (Map<?, ?>) params.get("request");
            String url = String.valueOf(request.get("url"));
            String document = String.valueOf(params.get("documentURL"));
            if (isBrowserInternal(document) && isBrowserInternal(url)) {
                continue;
            }
            if (isBrowserInternal(document) && "Document".equals(params.get("type")) && url.startsWith("file:")) {
                document = url; // the first navigation, made from the start-up page
            }
            if (isBrowserInternal(document)) {
                continue;
            }
            requests.add(new Request(url, document, params.get("type") == null ? null : String.valueOf(params.get("type"))));
        }
        return requests;
    }

    private static boolean isBrowserInternal(String url) {
        return url.startsWith("chrome:") || url.startsWith("chrome-untrusted:") || url.startsWith("chrome-search:")
                || url.startsWith("devtools:") || url.equals("about:blank");
    }

    /** Every console error (level SEVERE) since the last call; the log is drained. */
    List<String> takeConsoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /**
     * Drains both logs and fails if, since the last drain, any request left file:// (data: URLs
     * are fine: they are in the page) or the console reported an error.
     */
    void assertNoNetworkAndNoConsoleErrors(String context) {
        List<Request> requests = takeRequests();
        List<String> errors = takeConsoleErrors();
        Set<String> pages = new LinkedHashSet<>();
        List<String> failures = new ArrayList<>();
        for (Request request : requests) {
            if ("Document".equals(request.type())) {
                pages.add(request.url());
            }
            if (!request.url().startsWith("file://") && !request.url().startsWith("data:")) {
                failures.add("network request: " + request);
            }
        }
        for (String error : errors) {
            failures.add("console error: " + error);
        }
        if (opened && requests.isEmpty()) {
            failures.add("pages were opened but no request was recorded: the performance log does not work, so nothing was checked");
        }
        opened = false;
        if (!failures.isEmpty()) {
            failures.add("pages visited: " + pages);
        }
        SiteFiles.assertNoFailures("problems while " + context, failures);
    }

    // ---- emulation (DevTools) ------------------------------------------------------------------

    /** Emulates {@code prefers-color-scheme} ("light" or "dark") for this tab, across navigations. */
    void emulateColorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("media", "", "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Makes the layout viewport exactly width x height CSS pixels (below Chromium's minimum window width too). */
    void emulateViewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    void clearViewportEmulation() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    void windowSize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a screenshot of the viewport as PNG. */
    Path screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
