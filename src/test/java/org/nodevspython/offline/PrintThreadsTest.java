package org.nodevspython.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The books print at the same time, each on a thread of its own; a failure waits for the others and names its book. */
class PrintThreadsTest {

    @Test
    void theJobsRunAtTheSameTime() {
        CountDownLatch both = new CountDownLatch(2);
        AtomicInteger met = new AtomicInteger();
        Runnable job = () -> {
            both.countDown();
            try {
                if (both.await(10, TimeUnit.SECONDS)) {
                    met.incrementAndGet(); // each saw the other running
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        PrintThreads.runAll(Map.of("livro.pdf", job, "en/book.pdf", job));
        assertEquals(2, met.get());
    }

    @Test
    void aFailureIsThrownOnceEveryJobHasEnded() {
        AtomicInteger ended = new AtomicInteger();
        Map<String, Runnable> jobs = new LinkedHashMap<>();
        jobs.put("livro.pdf", () -> {
            throw new IllegalArgumentException("broken");
        });
        jobs.put("en/book.pdf", () -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ended.incrementAndGet();
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PrintThreads.runAll(jobs));
        assertEquals("cannot print livro.pdf: broken", e.getMessage());
        assertTrue(e.getCause() instanceof IllegalArgumentException, "the job's own failure is its cause");
        assertEquals(1, ended.get());
    }

    @Test
    void aStackOverflowSaysWhichBookIsTooLong() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PrintThreads.runAll(Map.of("en/book.pdf", () -> {
                    throw new StackOverflowError();
                })));
        assertTrue(e.getMessage().contains("en/book.pdf") && e.getMessage().contains("--no-pdf"), e.getMessage());
    }
}
