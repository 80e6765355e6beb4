package org.nodevspython.preview;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A test's reader of the preview's server-sent events: reads the stream on a thread of its
 * own and queues each event, so that the test waits for one with a timeout instead of
 * blocking on a read that may never return.
 */
final class EventStream implements AutoCloseable {

    record Event(String name, String data, long receivedNanos) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<Event> seen = new ArrayList<>();
    private final Thread reader;
    private volatile Stream<String> lines;
    private volatile int status;

    EventStream(HttpClient http, URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
        reader = new Thread(() -> read(http, request), "test-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<Stream<String>> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                    .get(10, TimeUnit.SECONDS);
            status = response.statusCode();
            lines = response.body();
            String name = "message";
            StringBuilder data = null;
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(name, data.toString(), System.nanoTime()));
                    }
                    name = "message";
                    data = null;
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    String value = line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5);
                    data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                }
            }
        } catch (Exception e) {
            // the stream was closed by the test or the server: the thread ends
        }
    }

    /** The next event named {@code name}, skipping others; fails after {@code timeout}. */
    Event next(String name, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Event event = left <= 0 ? null : events.poll(left, TimeUnit.NANOSECONDS);
            if (event == null) {
                return fail("no '" + name + "' event within " + timeout.toMillis() + " ms (status " + status + "); received: " + seen);
            }
            seen.add(event);
            if (event.name().equals(name)) {
                return event;
            }
        }
    }

    /** Whether the server ended the stream (the reading thread is done) within {@code timeout}. */
    boolean endsWithin(Duration timeout) throws InterruptedException {
        reader.join(timeout.toMillis());
        return !reader.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        Stream<String> open = lines;
        if (open != null) {
            open.close();
        }
        reader.interrupt();
        reader.join(5000);
    }
}
