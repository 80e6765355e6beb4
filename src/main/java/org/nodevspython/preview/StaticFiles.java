package org.nodevspython.preview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Answers GET and HEAD with the files of the baked site: a folder with its index.html, an
 * HTML page with the live-reload script added, anything missing or outside the site with
 * 404 and the site's own 404 page. Nothing is cached (the next bake replaces every file).
 */
final class StaticFiles implements HttpHandler {

    private static final byte[] NO_SITE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>
            <body><h1>Not found</h1><p>No such file in the site (or no site was baked yet).</p></body></html>
            """.getBytes(StandardCharsets.UTF_8);

    private final SitePaths paths;
    private final ReloadEvents events;

    StaticFiles(SitePaths paths, ReloadEvents events) {
        this.paths = paths;
        this.events = events;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "GET or HEAD only\n".getBytes(StandardCharsets.UTF_8), head);
                return;
            }
            paths.awaitRoot();
            Optional<Path> target = paths.resolve(exchange.getRequestURI().getPath());
            if (target.isEmpty()) {
                notFound(exchange, null, head);
                return;
            }
            Path file = target.get();
            if (Files.isDirectory(file)) {
                String raw = exchange.getRequestURI().getRawPath();
                if (!raw.endsWith("/")) {
                    // /en must become /en/, or the page's relative links would resolve against /
                    String query = exchange.getRequestURI().getRawQuery();
                    exchange.getResponseHeaders().set("Location", raw + "/" + (query == null ? "" : "?" + query));
                    send(exchange, 302, "text/plain; charset=utf-8", new byte[0], head);
                    return;
                }
                file = file.resolve("index.html");
            }
            Optional<byte[]> body = read(file);
            if (body.isEmpty()) {
                notFound(exchange, file, head);
                return;
            }
            send(exchange, 200, ContentTypes.of(file), page(file, body.get()), head);
        } finally {
            exchange.close();
        }
    }

    /** The file's bytes; empty when it is missing, not a regular file or (through a link) outside the site. */
    private Optional<byte[]> read(Path file) throws IOException {
        if (!Files.isRegularFile(file) || !paths.reallyInside(file)) {
            return Optional.empty();
        }
        try {
            // read whole: a bake may replace the file between a size and a stream
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private byte[] page(Path file, byte[] body) {
        return ContentTypes.isHtml(file) ? LiveReloadScript.inject(body, events.generation(), events.strings()) : body;
    }

    /** 404 with the site's 404 page: the one of the language folder asked for (en/404.html), else the root one. */
    private void notFound(HttpExchange exchange, Path asked, boolean head) throws IOException {
        Path root = paths.root();
        Optional<byte[]> body = Optional.empty();
        if (asked != null && asked.startsWith(root) && asked.getNameCount() > root.getNameCount() + 1) {
            body = read(root.resolve(asked.getName(root.getNameCount())).resolve("404.html"));
        }
        if (body.isEmpty()) {
            body = read(root.resolve("404.html"));
        }
        byte[] html = LiveReloadScript.inject(body.orElse(NO_SITE), events.generation(), events.strings());
        send(exchange, 404, "text/html; charset=utf-8", html, head);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (head) {
            // the JDK server sends no body for HEAD; the length must then be set by hand
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        // 0 would mean "chunked" to the JDK server, -1 means "no body"
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }
}
