package dev.golanes.trace;

/** One thing that happened on one lane. Times are microseconds since {@code main} started. */
public sealed interface TraceEvent permits TraceEvent.Span, TraceEvent.Mark {

    /** Lane 0 is {@code main}; lane {@code i} is call {@code idi}. */
    int lane();

    /** When it started (a span) or happened (a mark). */
    long start();

    /** The event name in exported traces. */
    String name();

    /**
     * A stretch of time on a lane.
     *
     * @param duration microseconds, or {@link #OPEN} while it has not ended (a live real run)
     * @param arg      kind-specific: see {@link SpanKind}
     */
    record Span(int lane, SpanKind kind, long start, long duration, long arg) implements TraceEvent {
        /** The duration of a span that has not ended yet. */
        public static final long OPEN = -1;

        public boolean isOpen() {
            return duration == OPEN;
        }

        /** Where it ends; an open span ends at {@link Long#MAX_VALUE}. */
        public long end() {
            return isOpen() ? Long.MAX_VALUE : start + duration;
        }

        @Override
        public String name() {
            return kind.traceName();
        }
    }

    /**
     * An instant on a lane.
     *
     * @param arg  kind-specific: see {@link MarkKind}
     * @param text the printed line for {@link MarkKind#PRINT}, else empty
     */
    record Mark(int lane, MarkKind kind, long start, long arg, String text) implements TraceEvent {
        @Override
        public String name() {
            return kind.traceName();
        }
    }
}
