package org.nodevspython.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview, started in-process on a copy of the real project and a free port: what it
 * serves, what it refuses, how fast an edit reaches the open page, what a bad edit shows,
 * and that it stops without leaving a thread behind. The tests run in order on one preview,
 * since starting one costs a bake; every wait is bounded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PreviewTest {

    private static final List<String> PROJECT_FILES = List.of("content", "data", "templates", "assets", "jbake.properties");
    /** Generous against a busy 2-core CI machine; on this site a reload takes a fraction of it. */
    private static final Duration RELOAD_LIMIT = Duration.ofSeconds(5);
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SECRET = "SECRET-" + UUID.randomUUID();

    private Path project;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private Set<Thread> threadsBefore;
    private Preview preview;
    private URI base;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        project = folder;
        copyRealProject(project);
        // files next to the site that no request may ever read
        Files.writeString(project.resolve("pom.xml"), "<project>" + SECRET + "</project>\n");
        Files.createDirectories(project.resolve("target"));
        Files.writeString(project.resolve("target/secret.txt"), SECRET + "\n");
        threadsBefore = Set.copyOf(Thread.getAllStackTraces().keySet());
        PrintStream console = new PrintStream(new Tee(printed, System.out), true, StandardCharsets.UTF_8);
        preview = Preview.start(project, "127.0.0.1", 0, console, console);
        base = preview.uri();
    }

    @AfterAll
    void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    @Order(1)
    void printsWhereItServesAndWhatItWatches() {
        assertEquals("http", base.getScheme());
        assertTrue(base.getPort() > 0, "port 0 asks for a free port: " + base);
        assertTrue(printed().contains("Preview on http://127.0.0.1:" + base.getPort()
                        + "/ — watching content/, templates/, assets/, data/, jbake.properties. Ctrl-C to stop."),
                "the start message:\n" + printed());
    }

    @Test
    @Order(2)
    void servesPagesWithTheReloadScriptWhichTheBakedFilesDoNotHave() throws Exception {
        for (String[] page : new String[][] {{"/", "index.html"}, {"/en/", "en/index.html"}, {"/nodejs.html", "nodejs.html"},
                {"/en/nodejs.html", "en/nodejs.html"}}) {
            HttpResponse<String> response = get(page[0]);
            assertEquals(200, response.statusCode(), page[0]);
            assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""), page[0]);
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), page[0]);
            String body = response.body();
            assertTrue(body.contains("<script src=\"/__preview/reload.js\""), page[0] + " has no reload script");
            assertTrue(body.matches("(?s).*</script>\\s*</body>\\s*</html>\\s*"), page[0] + ": the script goes right before </body>");
            String onDisk = Files.readString(site(page[1]));
            assertFalse(onDisk.contains("__preview"), "the baked file " + page[1] + " must not have the script");
            assertEquals(onDisk, body.replaceFirst("<script src=\"/__preview/reload.js\"[^>]*></script>\n", ""),
                    page[0] + " is the baked file plus the script, nothing else");
        }
    }

    @Test
    @Order(3)
    void servesEveryKindOfFileWithItsTypeAndAnswersHead() throws Exception {
        assertType("/css/site.css", "text/css; charset=utf-8");
        assertType("/js/site.js", "text/javascript; charset=utf-8");
        assertType("/favicon.svg", "image/svg+xml");
        assertType("/sitemap.xml", "application/xml; charset=utf-8");
        assertType("/robots.txt", "text/plain; charset=utf-8");
        assertArrayEquals(Files.readAllBytes(site("css/site.css")), getBytes("/css/site.css").body(), "files are served as they are");

        HttpResponse<byte[]> full = getBytes("/");
        HttpResponse<byte[]> head = http.send(request("/").method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length, "HEAD has no body");
        assertEquals(String.valueOf(full.body().length), head.headers().firstValue("Content-Length").orElse(""));
        assertEquals("text/html; charset=utf-8", head.headers().firstValue("Content-Type").orElse(""));

        HttpResponse<String> post = http.send(request("/").POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    @Test
    @Order(4)
    void answersMissingFilesWithTheSites404PageOfTheirLanguage() throws Exception {
        HttpResponse<String> missing = get("/no-such-page.html");
        assertEquals(404, missing.statusCode());
        // the page as baked, but for the reload script and the policy letting it (and its stream and styles) in
        assertEquals(LiveReloadScript.allowOwnFiles(Files.readString(site("404.html"))),
                missing.body().replaceFirst("<script src=\"/__preview/reload.js\"[^>]*></script>\n", ""));
        assertTrue(missing.body().contains("connect-src 'self'"), "the 404 page's policy lets the reload stream in");
        assertTrue(missing.body().contains(LiveReloadScript.SCRIPT_PATH), "a 404 page reloads too");
        HttpResponse<String> english = get("/en/no-such-page.html");
        assertEquals(404, english.statusCode());
        assertTrue(english.body().contains("lang=\"en\""), "the English 404 page under en/");
        HttpResponse<String> folder = get("/en");
        assertEquals(302, folder.statusCode(), "a folder without its slash is redirected, or its relative links break");
        assertEquals("/en/", folder.headers().firstValue("Location").orElse(""));
    }

    @Test
    @Order(5)
    void neverServesAFileOutsideTheSite() throws Exception {
        String absolute = project.resolve("pom.xml").toAbsolutePath().toString().replace('\\', '/');
        List<String> attacks = List.of("/../pom.xml", "/../../pom.xml", "/../secret.txt", "/%2e%2e/%2e%2e/pom.xml", "/%2e%2e/secret.txt",
                "/%2E%2E/%2E%2E/pom.xml", "/en/../../pom.xml", "/en/../../../pom.xml", "/en/%2e%2e/%2e%2e/%2e%2e/pom.xml",
                "/..%2f..%2fpom.xml", "/..%5c..%5cpom.xml", "/%2e%2e%5c%2e%2e%5cpom.xml", "/css/..%5c..%5c..%5cpom.xml",
                "//" + absolute.replaceFirst("^/", ""), "/" + absolute, "/%2F" + absolute.replaceFirst("^/", ""),
                "/C:/Windows/win.ini", "/c:%5cwindows%5cwin.ini", "/%00/../pom.xml", "/..;/pom.xml");
        for (String attack : attacks) {
            Raw response = raw("GET " + attack + " HTTP/1.1");
            assertEquals(404, response.status(), attack + " → " + response.head());
            assertFalse(response.body().contains(SECRET), attack + " leaked a file outside the site");
        }
        // not valid in a request line at all: the JDK server refuses them itself (400), or we do (404)
        for (String malformed : List.of("/..\\..\\pom.xml", "/en\\..\\..\\pom.xml")) {
            Raw response = raw("GET " + malformed + " HTTP/1.1");
            assertTrue(response.status() == 400 || response.status() == 404, malformed + " → " + response.head());
            assertFalse(response.body().contains(SECRET), malformed + " leaked a file outside the site");
        }
        Path link = site("leak.txt");
        try {
            Files.createSymbolicLink(link, project.resolve("pom.xml"));
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links here (Windows without the privilege)
        }
        try {
            Raw response = raw("GET /leak.txt HTTP/1.1");
            assertEquals(404, response.status(), "a link out of the site is not followed");
            assertFalse(response.body().contains(SECRET));
        } finally {
            Files.deleteIfExists(link);
        }
    }

    @Test
    @Order(6)
    void answersTwentyRequestsAtOnce() throws Exception {
        List<String> paths = List.of("/", "/en/", "/nodejs.html", "/en/nodejs.html", "/css/site.css", "/js/site.js", "/favicon.svg",
                "/sitemap.xml", "/python.html", "/en/python.html");
        List<CompletableFuture<HttpResponse<byte[]>>> responses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            responses.add(http.sendAsync(request(paths.get(i % paths.size())).build(), HttpResponse.BodyHandlers.ofByteArray()));
        }
        CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        for (int i = 0; i < 20; i++) {
            HttpResponse<byte[]> response = responses.get(i).get();
            String path = paths.get(i % paths.size());
            assertEquals(200, response.statusCode(), path);
            String file = path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1);
            byte[] onDisk = Files.readAllBytes(site(file));
            if (file.endsWith(".html")) {
                assertTrue(response.body().length > onDisk.length, path + ": the page and its script");
            } else {
                assertArrayEquals(onDisk, response.body(), path);
            }
        }
    }

    @Test
    @Order(7)
    void reloadsTheOpenPageSoonAfterAnEdit() throws Exception {
        try (EventStream events = new EventStream(http, base.resolve("/__preview/events"))) {
            events.next("hello", WAIT);
            // right after the start, the JVM is still warming up (and a warm-up bake may be running)
            Duration first = edit(events, "Frase nova escrita pelo teste da pré-visualização.");
            // a contributor reads a while before the first save: measure after the warm-up as well
            assertTrue(preview.awaitIdle(WAIT), "the warm-up bakes did not end");
            List<Long> warm = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                warm.add(edit(events, "Outra frase nova, número " + i + ".").toMillis());
            }
            System.out.printf(Locale.ROOT, "preview: reload event after saving content/nodejs.md: %d ms right after the start, "
                    + "%s ms once warm%n", first.toMillis(), warm);
            assertTrue(printed().matches("(?s).*Rebaked \\d+ pt-BR \\+ \\d+ en pages in \\d+ ms, after content/nodejs\\.md.*"),
                    "the terminal tells the bake:\n" + printed());
        }
    }

    /** Saves a new paragraph into content/nodejs.md and returns how long the reload event took to come. */
    private Duration edit(EventStream events, String paragraph) throws Exception {
        long saved = System.nanoTime();
        insertAfterTitle("content/nodejs.md", paragraph);
        EventStream.Event reload = events.next("reload", WAIT);
        Duration latency = Duration.ofNanos(reload.receivedNanos() - saved);
        assertTrue(latency.compareTo(RELOAD_LIMIT) < 0, "the reload took " + latency.toMillis() + " ms");
        assertTrue(get("/nodejs.html").body().contains(paragraph), "the page served after the reload has the edit");
        return latency;
    }

    @Test
    @Order(8)
    void showsTheProblemsOfABadEditKeepsTheLastGoodSiteAndReloadsOnceFixed() throws Exception {
        String original = Files.readString(project.resolve("content/python.md"));
        try (EventStream events = new EventStream(http, base.resolve("/__preview/events"))) {
            events.next("hello", WAIT);
            String bad = "Uma afirmação com uma fonte que não existe. [@nope]";
            insertAfterTitle("content/python.md", bad);
            int line = lineOf(Files.readString(project.resolve("content/python.md")), bad);

            EventStream.Event error = events.next("error", WAIT);
            assertTrue(error.data().contains("content/python.md:" + line + ":"), "the file and line of the problem: " + error.data());
            assertTrue(error.data().contains("[@nope]"), error.data());
            assertTrue(error.data().lines().allMatch(l -> l.contains(": error: ")), "one problem per line: " + error.data());
            assertTrue(printed().contains("content/python.md:" + line + ":"), "the terminal shows the problem too:\n" + printed());

            HttpResponse<String> stillGood = get("/python.html");
            assertEquals(200, stillGood.statusCode(), "the server survives a bad edit");
            assertFalse(stillGood.body().contains("uma fonte que não existe"), "the last good site stays served");

            try (EventStream late = new EventStream(http, base.resolve("/__preview/events"))) {
                late.next("hello", WAIT);
                assertTrue(late.next("error", WAIT).data().contains("[@nope]"), "a page opened later learns of the failure too");
            }

            Files.writeString(project.resolve("content/python.md"), original);
            events.next("reload", WAIT);
            assertEquals(200, get("/python.html").statusCode());
        }
    }

    @Test
    @Order(9)
    void watchesFoldersCreatedAfterTheStart() throws Exception {
        try (EventStream events = new EventStream(http, base.resolve("/__preview/events"))) {
            events.next("hello", WAIT);
            Files.createDirectories(project.resolve("assets/preview-test/deep"));
            events.next("reload", WAIT);
            Files.writeString(project.resolve("assets/preview-test/deep/note.txt"), "written into a new folder\n");
            events.next("reload", WAIT);
            HttpResponse<String> note = get("/preview-test/deep/note.txt");
            assertEquals(200, note.statusCode());
            assertEquals("written into a new folder\n", note.body());
        }
    }

    @Test
    @Order(10)
    void stopsCleanly() throws Exception {
        EventStream open = new EventStream(http, base.resolve("/__preview/events"));
        open.next("hello", WAIT);
        long start = System.nanoTime();
        preview.close();
        System.out.printf(Locale.ROOT, "preview: stopped in %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        assertTrue(open.endsWithin(Duration.ofSeconds(5)), "closing ends the open event streams");
        open.close();
        List<Thread> left = List.of();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            left = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !threadsBefore.contains(t) && t.isAlive())
                    .filter(t -> t.getName().startsWith("preview-") || t.getName().startsWith("HTTP-Dispatcher")
                            || t.getName().equals("server-timer"))
                    .toList();
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(20);
        }
        assertEquals(List.of(), left.stream().map(Thread::getName).collect(Collectors.toList()), "threads left running");
        assertThrows(ConnectException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 2000);
            }
        }, "the port is closed");
        preview.close(); // a second close does nothing
    }

    // ---------------------------------------------------------------- helpers

    private Path site(String relative) {
        return project.resolve("target/site").resolve(relative);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private void assertType(String path, String type) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = getBytes(path);
        assertEquals(200, response.statusCode(), path);
        assertEquals(type, response.headers().firstValue("Content-Type").orElse(""), path);
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), path);
    }

    /**
     * DNS rebinding: a page of another site, its name pointed at 127.0.0.1, sends its own name as Host. Only the
     * preview's own names are answered, and the reload stream refuses another site's Origin.
     */
    @Test
    @Order(4)
    void answersOnlyItsOwnHost() throws IOException {
        int port = base.getPort();
        for (String host : List.of("evil.example:" + port, "127.0.0.1.evil.example:" + port, "127.0.0.1:" + (port + 1), "127.0.0.1")) {
            Raw page = raw("GET /nodejs.html HTTP/1.1", "Host: " + host);
            assertEquals(403, page.status(), host);
            assertFalse(page.body().contains("Node.js"), host + ": the page must not be sent");
            assertEquals(403, raw("GET " + LiveReloadScript.EVENTS_PATH + " HTTP/1.1", "Host: " + host).status(), host);
            assertEquals(403, raw("GET " + LiveReloadScript.SCRIPT_PATH + " HTTP/1.1", "Host: " + host).status(), host);
        }
        assertEquals(403, raw("GET /nodejs.html HTTP/1.1", "X-Other: 1").status(), "no Host at all");
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port)) {
            assertEquals(200, raw("GET /nodejs.html HTTP/1.1", "Host: " + host).status(), host);
        }
        assertEquals(200, raw("GET " + LiveReloadScript.SCRIPT_PATH + " HTTP/1.1").status());
        assertEquals(200, raw("GET " + LiveReloadScript.STYLE_PATH + " HTTP/1.1").status());
    }

    @Test
    @Order(4)
    void theReloadStreamRefusesAForeignOrigin() throws IOException, InterruptedException {
        int port = base.getPort();
        assertEquals(403, raw("GET " + LiveReloadScript.EVENTS_PATH + " HTTP/1.1",
                "Host: 127.0.0.1:" + port + "\r\nOrigin: https://evil.example").status());
        assertEquals(403, raw("GET " + LiveReloadScript.EVENTS_PATH + " HTTP/1.1",
                "Host: 127.0.0.1:" + port + "\r\nOrigin: http://127.0.0.1:" + (port + 1)).status());
        HttpResponse<java.io.InputStream> own = HttpClient.newHttpClient().send(request(LiveReloadScript.EVENTS_PATH)
                .header("Origin", "http://127.0.0.1:" + port).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, own.statusCode());
        own.body().close();
    }

    /** A status line, headers and body, read from a request written byte for byte (HttpClient would normalise the path). */
    private record Raw(int status, String head, String body) {
    }

    private Raw raw(String requestLine) throws IOException {
        return raw(requestLine, "Host: 127.0.0.1:" + base.getPort());
    }

    private Raw raw(String requestLine, String headers) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\n" + headers + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String head = end < 0 ? response : response.substring(0, end);
            String[] statusLine = head.split(" ", 3);
            int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
            return new Raw(status, head, end < 0 ? "" : response.substring(end + 4));
        }
    }

    /** Adds a paragraph right after the page's title heading, and saves (what an editor does). */
    private void insertAfterTitle(String relative, String paragraph) throws IOException {
        Path file = project.resolve(relative);
        String text = Files.readString(file);
        int title = text.indexOf("\n# ");
        assertTrue(title > 0, relative + " has no title heading");
        int endOfLine = text.indexOf('\n', title + 1);
        Files.writeString(file, text.substring(0, endOfLine + 1) + "\n" + paragraph + "\n" + text.substring(endOfLine + 1));
    }

    private static int lineOf(String text, String part) {
        int at = text.indexOf(part);
        assertTrue(at >= 0, "not in the file: " + part);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The sources of the project the tests run in, copied: the preview edits the copy. */
    static void copyRealProject(Path into) {
        String basedir = System.getProperty("basedir");
        Path from = Paths.get(basedir != null ? basedir : System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (String name : PROJECT_FILES) {
            Path source = from.resolve(name);
            try (Stream<Path> paths = Files.walk(source)) {
                for (Path path : paths.toList()) {
                    Path target = into.resolve(from.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(path, target);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + source, e);
            }
        }
    }

    /** Writes to the captured output and to the test's own console. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }

        @Override
        public synchronized void flush() throws IOException {
            first.flush();
            second.flush();
        }
    }
}
