package org.nodevspython.bake;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a bake spends its time, phase by phase: printed with {@code --timings}, and the profile
 * behind the figures of docs/PERFORMANCE.md.
 */
public final class Timings {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long last = System.nanoTime();

    /** Ends the current phase under {@code name} (phases of the same name add up) and starts the next. */
    public void lap(String name) {
        long now = System.nanoTime();
        nanos.merge(name, now - last, Long::sum);
        last = now;
    }

    /** Milliseconds per phase, in the order the phases first ran. */
    public Map<String, Double> millis() {
        Map<String, Double> result = new LinkedHashMap<>();
        nanos.forEach((name, n) -> result.put(name, n / 1e6));
        return result;
    }
}
