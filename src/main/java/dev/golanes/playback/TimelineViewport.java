package dev.golanes.playback;

import dev.golanes.render.TimeWindow;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Which part of the timeline is in view: a window of time (zoomed in, or the whole run) and the
 * first call lane shown. Zooming keeps the time under the pointer where it is; the view follows the
 * playhead when it leaves the view, as it plays or where a step, Home, End or the scrubber puts it.
 */
public final class TimelineViewport {
    /** Zooming never shows less than a millisecond across the whole width, or than the run if it is shorter. */
    public static final long MIN_WINDOW = 1_000;
    private static final double ZOOM_STEP = 1.5;

    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window", TimeWindow.whole(0));
    private final IntegerProperty firstCall = new SimpleIntegerProperty(this, "firstCall", 1);
    private long span = 1_000;

    /** Shows all of a run of length {@code spanMicros}, from the first call. */
    public void reset(long spanMicros) {
        span = spanOf(spanMicros);
        window.set(TimeWindow.whole(span));
        firstCall.set(1);
    }

    /**
     * The run got longer (a live real run grows): the axis reaches to {@code spanMicros} now, and a
     * view of the whole run stays a view of the whole run.
     */
    public void setSpan(long spanMicros) {
        long grown = spanOf(spanMicros);
        if (grown != span) {
            boolean whole = !isZoomed();
            span = grown;
            if (whole) {
                window.set(TimeWindow.whole(span));
            }
        }
    }

    /** The axis of a run this long: all of it; a millisecond for a run of no time at all. */
    private static long spanOf(long spanMicros) {
        return TimeWindow.whole(spanMicros).length();
    }

    /** Shows the whole run again, keeping the lanes where they are. */
    public void showAll() {
        window.set(TimeWindow.whole(span));
    }

    public boolean isZoomed() {
        return window.get().length() < span;
    }

    /** Zooms in around {@code pivot}, which stays at the same place on screen. */
    public void zoomIn(long pivot) {
        zoom(pivot, 1 / ZOOM_STEP);
    }

    public void zoomOut(long pivot) {
        zoom(pivot, ZOOM_STEP);
    }

    /** Moves the window by a fraction of its length (negative: back in time). */
    public void pan(double fraction) {
        TimeWindow w = window.get();
        place(w.start() + Math.round(w.length() * fraction), w.length());
    }

    /** Centres the window on {@code micros}, keeping its length. */
    public void centreOn(long micros) {
        place(micros - window.get().length() / 2, window.get().length());
    }

    /** Keeps the playhead in view: when it leaves the window, the window jumps to it. */
    public void follow(long micros) {
        TimeWindow w = window.get();
        if (micros > w.end() || micros < w.start()) {
            place(micros - w.length() / 10, w.length());
        }
    }

    private void zoom(long pivot, double factor) {
        TimeWindow w = window.get();
        long length = Math.max(Math.min(MIN_WINDOW, span), Math.min(span, Math.round(w.length() * factor)));
        double at = (double) (pivot - w.start()) / w.length();
        place(pivot - Math.round(length * at), length);
    }

    private void place(long start, long length) {
        long clamped = Math.max(0, Math.min(start, span - length));
        window.set(new TimeWindow(clamped, clamped + length));
    }

    public ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    public TimeWindow window() {
        return window.get();
    }

    public IntegerProperty firstCallProperty() {
        return firstCall;
    }

    /** The length of the whole run the viewport moves over. */
    public long span() {
        return span;
    }
}
