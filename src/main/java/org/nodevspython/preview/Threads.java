package org.nodevspython.preview;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names every thread of the preview {@code preview-...}, so a thread dump (or a test looking
 * for leaks) tells them apart, and makes them daemons, so a preview that was not closed
 * never keeps a JVM alive on its own.
 */
final class Threads {

    private Threads() {
    }

    static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            int n = count.incrementAndGet();
            Thread thread = new Thread(task, n == 1 ? name : name + "-" + n);
            thread.setDaemon(true);
            return thread;
        };
    }
}
