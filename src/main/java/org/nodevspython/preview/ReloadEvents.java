package org.nodevspython.preview;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;

/**
 * The open pages of the preview, each listening on a server-sent-event stream
 * ({@link LiveReloadScript#EVENTS_PATH}): after a good bake every page gets {@code reload},
 * after a failed one {@code error} with the problems, one per line.
 * <p>
 * Server-sent events rather than WebSockets: the JDK's HTTP server speaks them as a plain
 * chunked response, and the browser's EventSource reconnects by itself when the preview is
 * restarted. A stream holds no thread while it waits, so open tabs never starve the pool
 * serving files.
 */
final class ReloadEvents implements Closeable {

    private static final long HEARTBEAT_SECONDS = 15;

    private final List<Client> clients = new ArrayList<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            Threads.daemon("preview-events"));
    /** Changes when the server restarts, so that a page of a previous run reloads too. */
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private long bakes;
    private List<String> failure = List.of();
    private boolean closed;

    ReloadEvents() {
        // a comment line now and then: a stream whose page was closed fails to write and is dropped
        heartbeat.scheduleWithFixedDelay(() -> send(": keep-alive\n\n"), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** The overlay's strings (see {@link PreviewStrings}), kept from the last bake that could read them. */
    private volatile String strings = PreviewStrings.NONE;

    String strings() {
        return strings;
    }

    void strings(String json) {
        strings = json;
    }

    /** The version of the site now served; pages embed it and compare it on connecting. */
    synchronized String generation() {
        return run + "-" + bakes;
    }

    /** Opens a stream for the request: {@code hello}, then the current failure if the last bake failed. */
    synchronized void open(HttpExchange exchange) throws IOException {
        if (closed) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange);
        // reconnect after 1 s (not the default 3 s) when the preview is restarted
        if (client.write("retry: 1000\n\n" + event("hello", List.of(generation())) + (failure.isEmpty() ? "" : event("error", failure)))) {
            clients.add(client);
        }
    }

    /** A bake succeeded: the site changed, every page reloads. */
    synchronized void reload() {
        bakes++;
        failure = List.of();
        send(event("reload", List.of(generation())));
    }

    /** A bake failed: every page shows the problems; the site it shows has not changed. */
    synchronized void failed(List<String> problems) {
        failure = problems.stream().flatMap(String::lines).toList();
        send(event("error", failure));
    }

    private synchronized void send(String text) {
        clients.removeIf(client -> !client.write(text));
    }

    /** One event in the text/event-stream format: a {@code data:} line for each line of the data. */
    static String event(String name, List<String> data) {
        StringBuilder text = new StringBuilder("event: ").append(name).append('\n');
        for (String line : data.isEmpty() ? List.of("") : data) {
            text.append("data: ").append(line.replace("\r", "")).append('\n');
        }
        return text.append('\n').toString();
    }

    /** Ends every stream: the server can then stop without waiting for them. */
    @Override
    public void close() {
        heartbeat.shutdownNow();
        synchronized (this) {
            closed = true;
            clients.forEach(Client::close);
            clients.clear();
        }
        try {
            heartbeat.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One open stream. */
    private record Client(HttpExchange exchange) {

        /** False when the page has gone away (the write fails): the stream is then closed. */
        boolean write(String text) {
            try {
                OutputStream body = exchange.getResponseBody();
                body.write(text.getBytes(StandardCharsets.UTF_8));
                body.flush();
                return true;
            } catch (IOException | RuntimeException e) {
                close();
                return false;
            }
        }

        void close() {
            try {
                exchange.close();
            } catch (RuntimeException e) {
                // already gone
            }
        }
    }
}
