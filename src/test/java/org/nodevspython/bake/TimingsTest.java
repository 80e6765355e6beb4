package org.nodevspython.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The timings of a bake: phases in the order they first ran, a phase run twice added up, never negative. */
class TimingsTest {

    @Test
    void phasesInTheOrderTheyFirstRanAndAddedUp() {
        Timings timings = new Timings();
        timings.lap("read");
        timings.lap("render");
        Map<String, Double> once = timings.millis();
        timings.lap("read");
        Map<String, Double> twice = timings.millis();
        assertEquals(List.of("read", "render"), List.copyOf(twice.keySet()));
        assertTrue(twice.get("read") >= once.get("read"), "the second lap is added to the first");
        assertEquals(once.get("render"), twice.get("render"));
        assertTrue(twice.values().stream().allMatch(ms -> ms >= 0));
    }

    @Test
    void noLapNoPhase() {
        assertEquals(Map.of(), new Timings().millis());
    }
}
