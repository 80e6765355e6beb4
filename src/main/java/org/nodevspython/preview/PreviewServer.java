package org.nodevspython.preview;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

/**
 * The preview's HTTP server: the JDK's own (no dependency), with a small thread pool so that
 * a page, its style sheet, script and images load at once. It serves the baked site folder
 * ({@link StaticFiles}) and the reload stream ({@link ReloadEvents}) under {@code /__preview/},
 * a path the site never uses.
 */
final class PreviewServer implements Closeable {

    private static final int THREADS = 8;

    private final HttpServer server;
    private final ExecutorService pool;

    private PreviewServer(HttpServer server, ExecutorService pool) {
        this.server = server;
        this.pool = pool;
    }

    /**
     * Listens on {@code address} (port 0: any free port) and serves {@code site} until closed, to requests
     * whose {@code Host} names this server only (see {@link OwnHost}).
     */
    static PreviewServer start(InetSocketAddress address, Path site, ReloadEvents events) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, Threads.daemon("preview-http"));
        server.setExecutor(pool);
        OwnHost own = new OwnHost(address.getHostString(), server.getAddress().getPort());
        server.createContext("/", new StaticFiles(new SitePaths(site), events)).getFilters().add(own);
        server.createContext("/__preview/", exchange -> {
            try {
                String path = exchange.getRequestURI().getPath();
                boolean get = exchange.getRequestMethod().equals("GET");
                if (path.equals(LiveReloadScript.EVENTS_PATH) && get) {
                    if (!own.allowsOrigin(exchange.getRequestHeaders().getFirst("Origin"))) {
                        // another site's page may not listen to this preview's bakes
                        OwnHost.refuse(exchange);
                        return;
                    }
                    events.open(exchange);
                    return;
                }
                byte[] file = path.equals(LiveReloadScript.SCRIPT_PATH) ? LiveReloadScript.SCRIPT
                        : path.equals(LiveReloadScript.STYLE_PATH) ? LiveReloadScript.STYLE : null;
                if (file == null || !get) {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
                exchange.getResponseHeaders().set("Content-Type", ContentTypes.of(Path.of(path)));
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
                exchange.sendResponseHeaders(200, file.length);
                exchange.getResponseBody().write(file);
                exchange.close();
            } catch (IOException e) {
                exchange.close();
                throw e;
            }
        }).getFilters().add(own);
        server.start();
        return new PreviewServer(server, pool);
    }

    /** The address it listens on, with the port chosen when 0 was asked for. */
    InetSocketAddress address() {
        return server.getAddress();
    }

    /** Stops listening and ends the pool; close the {@link ReloadEvents} first, or the open streams delay this. */
    @Override
    public void close() {
        server.stop(0);
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
