package dev.golanes.render;

/** The stretch of time a timeline shows, in microseconds: all of it, or a zoomed part. */
public record TimeWindow(long start, long end) {

    public TimeWindow {
        if (end <= start) {
            end = start + 1_000;
        }
    }

    /**
     * The whole run, from 0 to {@code span}: a run of microseconds (Add inside) fills the width as a
     * run of seconds does; an empty run gets a millisecond, so that it still has an axis.
     */
    public static TimeWindow whole(long span) {
        return new TimeWindow(0, span > 0 ? span : 1_000);
    }

    public long length() {
        return end - start;
    }
}
