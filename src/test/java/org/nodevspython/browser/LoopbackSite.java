package org.nodevspython.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A folder served over HTTP on the loopback address only (127.0.0.1, a free port), for tests that
 * need a network's timing rather than file://: scripts can be answered late, as a slow connection
 * would, so that what a script changes after the first paint can be seen. Nothing is cached
 * ({@code Cache-Control: no-store}): every page load fetches its script again, late again.
 */
final class LoopbackSite implements AutoCloseable {

    private final Path root;
    private final Duration scriptDelay;
    private final HttpServer server;
    private final ExecutorService threads;

    private LoopbackSite(Path root, Duration scriptDelay) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.scriptDelay = scriptDelay;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // several threads: a late script must not hold back the stylesheet requested beside it
        this.threads = Executors.newFixedThreadPool(4);
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    /** Serves {@code root}; every {@code .js} file is answered {@code scriptDelay} late. */
    static LoopbackSite serve(Path root, Duration scriptDelay) {
        try {
            return new LoopbackSite(root, scriptDelay);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of a file of the folder, e.g. {@code url("en/index.html")}. */
    String url(String path) {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/" + path;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            Path file = root.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : "")).normalize();
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (path.endsWith(".js") && !scriptDelay.isZero()) {
                try {
                    Thread.sleep(scriptDelay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] body = Files.readAllBytes(file);
            String type = path.endsWith(".css") ? "text/css; charset=utf-8"
                    : path.endsWith(".js") ? "text/javascript; charset=utf-8"
                    : path.endsWith(".svg") ? "image/svg+xml"
                    : path.endsWith(".pdf") ? "application/pdf"
                    : path.endsWith(".html") ? "text/html; charset=utf-8"
                    : "application/octet-stream";
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
