package org.nodevspython.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the prints of the books at the same time, each on a thread of its own with a large stack,
 * and waits for all of them. The books are independent (each its own documents, fonts and
 * renderers), so on two cores two books print in the time of one. The stack: openhtmltopdf's
 * layout and PDFBox's writer recurse with the size of what they hold (PDFBox 3.0.3's
 * {@code COSWriterCompressionPool} follows the links between pages depth first), and the default
 * stack overflows on a book of a thousand pages, where a site should still build.
 */
final class PrintThreads {

    /** The stack a print may use: reserved address space, committed only as far as it is used. */
    static final long STACK_BYTES = 1L << 30;

    private PrintThreads() {
    }

    /**
     * Runs every job on its own thread and returns when all have ended. The first failure (in the
     * jobs' order) is thrown, the others added to it as suppressed.
     *
     * @param jobs by name (the thread's name and the failure's message say which)
     */
    static void runAll(Map<String, Runnable> jobs) {
        Map<String, Throwable> failures = new LinkedHashMap<>();
        List<Thread> threads = new ArrayList<>();
        jobs.forEach((name, job) -> {
            failures.put(name, null);
            Thread thread = new Thread(null, () -> {
                try {
                    job.run();
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.put(name, e);
                    }
                }
            }, "print " + name, STACK_BYTES);
            threads.add(thread);
            thread.start();
        });
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    // the prints hold files open: let them end before giving up
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable first = null;
        synchronized (failures) {
            for (Map.Entry<String, Throwable> failure : failures.entrySet()) {
                if (failure.getValue() == null) {
                    continue;
                }
                Throwable e = named(failure.getKey(), failure.getValue());
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first instanceof Error error) {
            throw error; // out of memory and the like: as it is, the others' failures added to it
        }
        if (first != null) {
            throw (RuntimeException) first;
        }
    }

    /** The failure with the book's name in its message; an error (out of memory) as it is. */
    private static Throwable named(String name, Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return new IllegalStateException("the book is too long to print as a PDF (" + name + "); bake with --no-pdf", failure);
        }
        if (failure instanceof Error) {
            return failure;
        }
        return new IllegalStateException("cannot print " + name + ": " + failure.getMessage(), failure);
    }
}
