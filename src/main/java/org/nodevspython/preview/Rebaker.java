package org.nodevspython.preview;

import java.io.Closeable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.nodevspython.bake.Bakery;
import org.nodevspython.bake.IncrementalBake;
import org.nodevspython.files.FileTrees;
import org.nodevspython.rules.BuildFailedException;
import org.nodevspython.rules.Problem;

/**
 * Runs every bake of the preview, one at a time on one thread: bakes share JBake's static
 * registries and must never overlap. Changes reported while a bake runs are merged into a
 * single next bake, so a burst of saves never queues a bake per save.
 * <p>
 * Each bake is incremental ({@link IncrementalBake}, which keeps the state of the last good
 * bake): a save redoes only what it changes, and the site is still exactly what a clean bake
 * makes. The output is only ever replaced by a successful bake (swapped in atomically), so a
 * bad edit leaves the last good site served.
 */
final class Rebaker implements Closeable {

    /** What a bake ended with; {@code changed} is what caused it (empty for the first bake). */
    sealed interface Outcome permits Baked, Failed {
        Duration took();

        Set<Path> changed();
    }

    /** @param pagesWritten the pages written again through their template */
    record Baked(Bakery.Result result, Duration took, Set<Path> changed, IncrementalBake.Scope scope, int pagesWritten)
            implements Outcome {
    }

    record Failed(List<Problem> problems, Duration took, Set<Path> changed) implements Outcome {
    }

    private final Path project;
    private final Path output;
    private final Consumer<Outcome> listener;
    /** Used on the bake thread only. */
    private final IncrementalBake incremental;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(Threads.daemon("preview-bake"));
    private final Object lock = new Object();
    /** Changes not baked yet; not null exactly when a bake for them is queued. */
    private Set<Path> pending;
    private volatile boolean closed;
    /** Warm-up bakes still to do; see {@link #warmUp}. */
    private final AtomicInteger warmUpLeft = new AtomicInteger();

    /** @param listener told of every bake asked for with {@link #request}, on the bake thread */
    Rebaker(Path project, Path output, Consumer<Outcome> listener) {
        this.project = project;
        this.output = output;
        this.listener = listener;
        this.incremental = new IncrementalBake(project, false).translatorDiffs(true);
    }

    /** Bakes now, on the bake thread, and waits for the outcome (the listener is not told). */
    Outcome bakeNow() throws InterruptedException {
        try {
            return thread.submit(() -> bake(Set.of(), output)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the bake thread failed", e.getCause());
        }
    }

    /** Asks for a bake because of {@code changed}; returns at once. */
    void request(Set<Path> changed) {
        synchronized (lock) {
            if (pending != null) {
                pending.addAll(changed);
                return;
            }
            pending = new LinkedHashSet<>(changed);
        }
        thread.execute(this::bakePending);
    }

    private void bakePending() {
        Set<Path> changed;
        synchronized (lock) {
            changed = pending;
            pending = null;
        }
        if (closed || changed == null) {
            return;
        }
        Outcome outcome = bake(changed, output);
        warmUpLeft.decrementAndGet();
        try {
            listener.accept(outcome);
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
    }

    /**
     * Rehearses a save a few times, in the background, to warm the JVM up. The first bakes of a
     * JVM run mostly in the interpreter (a second and more for this site); once the JIT compiler
     * has seen about ten, a bake takes a fraction of that, which is what makes the page reload
     * within a blink of saving. A rehearsal does the work of a save without publishing it
     * ({@link IncrementalBake#rehearse}); while no bake has succeeded yet, a warm-up bakes the
     * whole site into a scratch folder instead. Each is a task of its own, queued behind any real
     * bake: a save waits for at most the one warm-up in progress, and the warm-up goes on
     * afterwards (real bakes count towards it too).
     */
    void warmUp(int bakes) {
        warmUpLeft.set(bakes);
        thread.execute(this::warmUpOnce);
    }

    private void warmUpOnce() {
        Path scratch = output.resolveSibling(output.getFileName() + ".preview-warm-up");
        if (closed || warmUpLeft.get() <= 0) {
            deleteTree(scratch);
            return;
        }
        if (!changePending()) {
            if (!rehearse()) {
                warmUpBake(scratch);
            }
            warmUpLeft.decrementAndGet();
        }
        try {
            thread.execute(this::warmUpOnce); // behind the real bake queued meanwhile, if any
        } catch (RejectedExecutionException e) {
            deleteTree(scratch); // closing
        }
    }

    /** Waits until the bake thread has nothing left to do, warm-up included; false after {@code timeout}. */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            do {
                thread.submit(() -> { }).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } while (warmUpLeft.get() > 0 && !closed);
            thread.submit(() -> { }).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            return false;
        }
    }

    private static void deleteTree(Path folder) {
        try {
            FileTrees.delete(folder);
        } catch (UncheckedIOException e) {
            // left in target/, which the next clean removes
        }
    }

    private boolean changePending() {
        synchronized (lock) {
            return pending != null;
        }
    }

    private boolean rehearse() {
        try {
            return incremental.rehearse(output);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return false; // the next real bake reports it
        }
    }

    /** A clean bake into a scratch folder, for a site that did not bake yet. */
    private void warmUpBake(Path scratch) {
        try {
            new Bakery(project, false).pdf(false).translatorDiffs(true).bake(scratch);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // the real bakes report what is wrong
        }
    }

    private Outcome bake(Set<Path> changed, Path into) {
        long start = System.nanoTime();
        try {
            // no PDF books: they take seconds, and a preview is read in the browser
            IncrementalBake.Outcome outcome = incremental.bake(into);
            return new Baked(outcome.result(), since(start), changed, outcome.scope(), outcome.pagesWritten());
        } catch (BuildFailedException e) {
            return new Failed(e.problems(), since(start), changed);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // a bug or an unexpected state must not end the preview: report it like a problem
            e.printStackTrace();
            Problem crash = new Problem(Path.of("(bake)"), 0, 0, Problem.Severity.ERROR,
                    "the bake stopped unexpectedly: " + e, "see the stack trace in the terminal; the last good site is still served");
            return new Failed(List.of(crash), since(start), changed);
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Lets a bake in progress finish (interrupting it could leave its staging folder half written), drops queued ones. */
    @Override
    public void close() {
        closed = true;
        thread.shutdown();
        try {
            if (!thread.awaitTermination(60, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
