package dev.golanes.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.render.TimeWindow;
import org.junit.jupiter.api.Test;

class TimelineViewportTest {

    @Test
    void zoomingKeepsThePivotWhereItIsOnScreen() {
        TimelineViewport viewport = new TimelineViewport();
        viewport.reset(3_000_000);
        viewport.zoomIn(1_500_000);
        assertEquals(new TimeWindow(500_000, 2_500_000), viewport.window());
        assertTrue(viewport.isZoomed());
        viewport.zoomOut(1_500_000);
        assertEquals(new TimeWindow(0, 3_000_000), viewport.window());
        assertFalse(viewport.isZoomed());
        viewport.zoomOut(1_500_000);
        assertEquals(new TimeWindow(0, 3_000_000), viewport.window(), "never wider than the run");
    }

    @Test
    void theWindowStaysInsideTheRunAndNeverBelowAMillisecond() {
        TimelineViewport viewport = new TimelineViewport();
        viewport.reset(3_000_000);
        for (int i = 0; i < 50; i++) {
            viewport.zoomIn(2_999_000);
        }
        assertEquals(TimelineViewport.MIN_WINDOW, viewport.window().length());
        assertTrue(viewport.window().start() <= 2_999_000 && 2_999_000 <= viewport.window().end(), "the pivot stays in view");
        viewport.pan(1000);
        assertEquals(3_000_000, viewport.window().end(), "clamped to the end of the run");
        viewport.pan(-10_000);
        assertEquals(0, viewport.window().start());
    }

    @Test
    void playingFollowsThePlayheadOffTheEdge() {
        TimelineViewport viewport = new TimelineViewport();
        viewport.reset(10_000_000);
        viewport.zoomIn(0);
        viewport.zoomIn(0);
        TimeWindow before = viewport.window();
        viewport.follow(before.end() - 1);
        assertEquals(before, viewport.window());
        viewport.follow(before.end() + 1);
        assertTrue(viewport.window().start() > before.start());
        assertTrue(viewport.window().start() <= before.end() + 1 && before.end() + 1 <= viewport.window().end());
    }

    /** A run of microseconds (Add inside, 5 µs) fills the width, as a run of seconds does; an empty run gets a millisecond. */
    @Test
    void aRunOfMicrosecondsIsShownWhole() {
        TimelineViewport viewport = new TimelineViewport();
        viewport.reset(5);
        assertEquals(new TimeWindow(0, 5), viewport.window());
        viewport.zoomIn(2);
        assertEquals(new TimeWindow(0, 5), viewport.window(), "no zooming in below the run itself");
        viewport.setSpan(5);
        assertEquals(new TimeWindow(0, 5), viewport.window());
        viewport.reset(0);
        assertEquals(new TimeWindow(0, TimelineViewport.MIN_WINDOW), viewport.window());
    }
}
