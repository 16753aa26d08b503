package dev.golanes.render;

/** The stretch of time a timeline shows, in microseconds: all of it, or a zoomed part. */
public record TimeWindow(long start, long end) {

    public TimeWindow {
        if (end <= start) {
            end = start + 1_000;
        }
    }

    /** The whole run, from 0 to {@code span} (at least a millisecond, so an empty run still has an axis). */
    public static TimeWindow whole(long span) {
        return new TimeWindow(0, Math.max(span, 1_000));
    }

    public long length() {
        return end - start;
    }
}
