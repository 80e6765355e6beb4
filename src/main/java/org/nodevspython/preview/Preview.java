package org.nodevspython.preview;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.nodevspython.config.SiteConfig;
import org.nodevspython.rules.Problem;

/**
 * A running preview: bakes the site into {@code target/site}, serves it, and bakes again on
 * every change of the sources, telling the open pages to reload (or why the bake failed).
 * It puts the parts together and reports each bake in the terminal; each part does one job:
 * {@link SiteWatcher} notices changes, {@link Rebaker} bakes, {@link PreviewServer} serves,
 * {@link ReloadEvents} tells the pages.
 */
public final class Preview implements Closeable {

    /** How long the sources must stay unchanged before a bake starts: an editor's save is a burst of events. */
    static final Duration QUIET = Duration.ofMillis(50);
    /** Warm-up bakes after the start; see {@link Rebaker#warmUp}. */
    static final int WARM_UP_BAKES = 10;

    private final Path project;
    private final PrintStream out;
    private final PrintStream err;
    private final ReloadEvents events = new ReloadEvents();
    private final Rebaker rebaker;
    private SiteWatcher watcher;
    private PreviewServer server;
    private URI uri;
    private boolean closed;

    private Preview(Path project, PrintStream out, PrintStream err) {
        this.project = project;
        this.out = out;
        this.err = err;
        this.rebaker = new Rebaker(project, project.resolve(SiteConfig.OUTPUT), this::rebaked);
    }

    /**
     * Bakes, starts serving on {@code host:port} (port 0: any free port) and watching, and
     * prints where. A failed first bake does not stop it: the problems are printed and shown
     * in the browser, and the next good bake fixes the page.
     */
    public static Preview start(Path project, String host, int port, PrintStream out, PrintStream err)
            throws IOException, InterruptedException {
        Preview preview = new Preview(project.toAbsolutePath().normalize(), out, err);
        try {
            preview.begin(host, port);
            return preview;
        } catch (IOException | InterruptedException | RuntimeException e) {
            preview.close();
            throw e;
        }
    }

    private void begin(String host, int port) throws IOException, InterruptedException {
        // watch before the first bake: a save during it is then baked right after
        watcher = SiteWatcher.start(project, QUIET, rebaker::request);
        Rebaker.Outcome first = rebaker.bakeNow();
        PreviewStrings.read(project).ifPresent(events::strings);
        report(first, true);
        if (first instanceof Rebaker.Failed failed) {
            events.failed(lines(failed.problems()));
        }
        server = PreviewServer.start(new InetSocketAddress(host, port), project.resolve(SiteConfig.OUTPUT), events);
        uri = uri(host, server.address().getPort());
        out.println("Preview on " + uri + " — watching " + SiteWatcher.WATCHED + ". Ctrl-C to stop.");
        rebaker.warmUp(WARM_UP_BAKES);
    }

    /** The address of the site, e.g. {@code http://127.0.0.1:8820/}. */
    public URI uri() {
        return uri;
    }

    /** Waits until no bake runs or waits (the warm-up included): for measuring a reload as a contributor sees it. */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        return rebaker.awaitIdle(timeout);
    }

    private void rebaked(Rebaker.Outcome outcome) {
        PreviewStrings.read(project).ifPresent(events::strings);
        report(outcome, false);
        if (outcome instanceof Rebaker.Failed failed) {
            events.failed(lines(failed.problems()));
        } else {
            events.reload();
        }
    }

    private void report(Rebaker.Outcome outcome, boolean first) {
        if (outcome instanceof Rebaker.Baked baked) {
            baked.result().warnings().forEach(err::println);
            String pages = baked.result().pagesPerLanguage().entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(" + "));
            out.printf(Locale.ROOT, "%s %s pages in %d ms%s%s.%n", first ? "Baked" : "Rebaked", pages, baked.took().toMillis(),
                    because(baked.changed()), first ? "" : work(baked));
        } else if (outcome instanceof Rebaker.Failed failed) {
            failed.problems().forEach(err::println);
            long errors = failed.problems().stream().filter(Problem::isError).count();
            err.printf(Locale.ROOT, "The site was not built: %d error%s (%d ms%s). %s%n", errors, errors == 1 ? "" : "s",
                    failed.took().toMillis(), because(failed.changed()),
                    first ? "Serving the previous target/site, if any; fix and save to bake again."
                            : "Still serving the last good site; fix and save to bake again.");
        }
    }

    /**
     * What the bake did again: " (2 pages written again)", " (every page written again)", " (the site was up to date)",
     * or nothing for a full bake.
     */
    private static String work(Rebaker.Baked baked) {
        return switch (baked.scope()) {
            case ALL -> "";
            case EVERY_PAGE -> " (every page written again)";
            case CHANGED_PAGES -> baked.pagesWritten() == 0 ? " (the site was up to date)"
                    : " (" + baked.pagesWritten() + (baked.pagesWritten() == 1 ? " page" : " pages") + " written again)";
        };
    }

    /**
     * ", after content/nodejs.md" or ", after content/nodejs.md and 2 more". Files that are gone
     * again (an editor's or sed's temporary file, renamed over the real one) are not named.
     */
    private String because(Set<Path> changed) {
        if (changed.isEmpty()) {
            return "";
        }
        List<Path> existing = changed.stream().filter(Files::exists).toList();
        List<Path> named = existing.isEmpty() ? List.copyOf(changed) : existing;
        Path one = named.get(0);
        String name = one.equals(project) ? "many changes" : project.relativize(one).toString().replace('\\', '/');
        return ", after " + name + (named.size() > 1 ? " and " + (named.size() - 1) + " more" : "");
    }

    /** The errors, one line each, for the page's overlay (warnings stay in the terminal). */
    private static List<String> lines(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).map(Problem::toString).toList();
    }

    private static URI uri(String host, int port) {
        boolean ipv6 = host.contains(":");
        return URI.create("http://" + (ipv6 ? "[" + host + "]" : host) + ":" + port + "/");
    }

    /** Stops watching, lets a bake in progress finish, ends the reload streams and the server; idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (watcher != null) {
            watcher.close();
        }
        rebaker.close();
        events.close();
        if (server != null) {
            server.close();
        }
    }
}
