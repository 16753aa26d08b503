package dev.golanes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The room for the note on the total: rows that scroll use it until the run ends, and nothing but the
 * number of rows changes when the note takes it back.
 */
class TimelineLayoutTest {
    private static final double GUTTER = 60;

    private static TimelineLayout layout(FigureSpec spec, int calls, boolean noteRoom) {
        return new TimelineLayout(spec, calls + 1, TimeWindow.whole(3_000_000), 1, GUTTER, noteRoom);
    }

    /** Presentation mode at 1280 x 720, 1,000 calls: the band kept for the note holds rows during the run. */
    @Test
    void scrollingRowsUseTheNotesRoomUntilTheEnd() {
        FigureSpec spec = FigureSpec.window(760, 300, 1.4);
        TimelineLayout playing = layout(spec, 1000, false);
        TimelineLayout ended = layout(spec, 1000, true);
        assertTrue(playing.visibleCalls() >= ended.visibleCalls() + 2,
                playing.visibleCalls() + " rows while playing, " + ended.visibleCalls() + " at the end");
        assertTrue(playing.scrollsWithNote() && ended.scrollsWithNote());
        assertTrue(ended.rowsBottom() + 34 * 1.4 <= ended.legendTop(), "the note has its room at the end");
        sameRowsAndLegend(playing, ended);
    }

    /** Five calls fit: their rows keep their height, so the note's room is kept while they play. */
    @Test
    void rowsThatFitKeepTheNotesRoom() {
        for (FigureSpec spec : new FigureSpec[] {FigureSpec.window(760, 300, 1.4), FigureSpec.window(900, 560, 1)}) {
            TimelineLayout playing = layout(spec, 5, false);
            TimelineLayout ended = layout(spec, 5, true);
            assertFalse(playing.scrollsWithNote());
            assertEquals(ended.visibleCalls(), playing.visibleCalls());
            assertEquals(ended.rowsBottom(), playing.rowsBottom());
            sameRowsAndLegend(playing, ended);
        }
    }

    /** Calls that fit only without the note: every row shows while playing, at the height the end will have. */
    @Test
    void callsThatFitOnlyWithoutTheNoteKeepTheirRowHeight() {
        FigureSpec spec = FigureSpec.window(760, 300, 1);
        int calls = layout(spec, 1000, true).visibleCalls() + 1;
        TimelineLayout playing = layout(spec, calls, false);
        TimelineLayout ended = layout(spec, calls, true);
        assertTrue(ended.scrolls());
        assertFalse(playing.scrolls(), "every call has a row while playing");
        assertTrue(playing.scrollsWithNote(), "the scroll bar is there from the start, so the axis does not move at the end");
        sameRowsAndLegend(playing, ended);
    }

    private static void sameRowsAndLegend(TimelineLayout playing, TimelineLayout ended) {
        assertEquals(ended.laneHeight(), playing.laneHeight());
        assertEquals(ended.rowTop(1), playing.rowTop(1));
        assertEquals(ended.legendTop(), playing.legendTop());
        assertEquals(ended.right(), playing.right());
    }
}
