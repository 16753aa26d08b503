package dev.golanes.render;

import dev.golanes.i18n.Texts;
import dev.golanes.render.Surface.Align;
import dev.golanes.render.Surface.FontSpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.GoDuration;
import dev.golanes.trace.Moment;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the timeline of a trace as it stands at time {@code t}: every span clipped to {@code t},
 * so lanes grow as time passes. One painter for every surface.
 *
 * <p>Waiting (for the lock, or in {@code wg.Wait()}) is hatched and holding the lock is solid with
 * an outline, so the states read without colour too.
 */
public final class TimelinePainter {

    /**
     * The words the figure shows, in the user's language.
     *
     * @param title     the title row's text (mode, seed, engine); drawn only when the figure has a title row
     * @param titleNote shown at the right of the title row, such as which calls are in view; may be empty
     */
    public record Labels(String sleep, String lockWait, String lockHeld, String wgWait, String call, String done,
                         String total, String counter, String title, String titleNote) {

        /** The labels of a run's figure in one language. */
        public static Labels of(Texts t, Trace trace) {
            String engineKey = "engine." + trace.engine();
            String engine = t.has(engineKey) ? t.format(engineKey) : trace.engine();
            return new Labels(t.format("legend.sleep"), t.format("legend.lockWait"), t.format("legend.lockHeld"),
                    t.format("legend.wgWait"), t.format("legend.call"), t.format("legend.done"),
                    t.format("timeline.total"), t.format("timeline.counter"),
                    t.format("timeline.title", trace.scenario().mode().id(), Long.toString(trace.scenario().seed()),
                            engine), "");
        }

        public Labels withTitleNote(String note) {
            return new Labels(sleep, lockWait, lockHeld, wgWait, call, done, total, counter, title, note);
        }
    }

    private final Surface surface;
    private final TimelineLayout layout;
    private final Trace trace;
    private final Palette palette;
    private final Labels labels;
    private final double s;

    private TimelinePainter(Surface surface, TimelineLayout layout, Trace trace, Palette palette, Labels labels) {
        this.surface = surface;
        this.layout = layout;
        this.trace = trace;
        this.palette = palette;
        this.labels = labels;
        this.s = layout.scale();
    }

    /** The gutter width the lane names of this trace need on this surface. */
    public static double gutterWidth(Surface surface, int laneCount, double scale) {
        double widest = Math.max(surface.textWidth("main", laneFont(scale)),
                surface.textWidth(Scenario.callId(laneCount - 1), laneFont(scale)));
        return Math.ceil(widest + 26 * scale);
    }

    public static void paint(Surface surface, TimelineLayout layout, Trace trace, Moment moment, Palette palette,
                             Labels labels) {
        new TimelinePainter(surface, layout, trace, palette, labels).paint(moment);
    }

    private void paint(Moment moment) {
        long t = moment.time();
        surface.fillRect(0, 0, layout.width(), layout.height(), palette.background());
        if (layout.spec().title()) {
            title();
        }
        rows();
        PlayheadLabel playheadLabel = playheadLabel(moment);
        axis(new double[] {playheadLabel.x(), playheadLabel.x() + playheadLabel.width()});
        surface.pushClip(layout.left() - 2, layout.lanesTop(), layout.right() - layout.left() + 4 + 20 * s,
                layout.rowsBottom() - layout.lanesTop());
        for (int lane = 0; lane < layout.laneCount(); lane++) {
            if (layout.isVisible(lane)) {
                lane(lane, t, moment);
            }
        }
        surface.popClip();
        playhead(moment, playheadLabel);
        if (layout.spec().legend()) {
            legend();
        }
    }

    private void title() {
        double middle = layout.titleHeight() / 2;
        surface.text(labels.title(), 16 * s, middle, new FontSpec(20 * s, true, false), palette.text(), Align.LEFT);
        if (!labels.titleNote().isEmpty()) {
            surface.text(labels.titleNote(), layout.width() - 16 * s, middle, new FontSpec(14 * s, false, false),
                    palette.mutedText(), Align.RIGHT);
        }
    }

    private void rows() {
        for (int lane = 0; lane < layout.laneCount(); lane++) {
            if (!layout.isVisible(lane)) {
                continue;
            }
            double top = layout.rowTop(lane);
            if (lane % 2 == 1) {
                surface.fillRect(0, top, layout.width(), layout.laneHeight(), palette.zebra());
            }
            if (layout.laneHeight() >= 9 * s) {
                String name = lane == 0 ? "main" : Scenario.callId(lane);
                FontSpec font = laneFont(Math.min(s, layout.laneHeight() / (26.0)));
                surface.text(name, layout.left() - 12 * s, top + layout.laneHeight() / 2, font, palette.text(), Align.RIGHT);
            }
        }
        // main is pinned above the calls: a rule keeps it apart when the calls scroll under it.
        surface.line(0, layout.callsTop(), layout.width(), layout.callsTop(), palette.grid(), 1.5 * s, false);
    }

    private void axis(double[] keepClear) {
        long span = layout.spanMicros();
        long step = Ticks.step(span, layout.right() - layout.left(), 90 * s);
        FontSpec font = new FontSpec(13 * s, false, false);
        double labelY = layout.axisTop() + layout.axisHeight() / 2;
        boolean unitShown = false;
        for (long tick = 0; tick <= span; tick += step) {
            double x = layout.x(tick);
            surface.line(x, layout.lanesTop(), x, layout.rowsBottom(), palette.grid(), 1, false);
            String label = Ticks.label(tick, span, step, !unitShown && tick > 0);
            double width = surface.textWidth(label, font);
            double from = tick == 0 ? x : x - width / 2;
            if (from + width < keepClear[0] - 4 * s || from > keepClear[1] + 4 * s) {
                surface.text(label, x, labelY, font, palette.mutedText(), tick == 0 ? Align.LEFT : Align.CENTER);
                unitShown |= tick > 0;
            }
        }
    }

    private void lane(int lane, long t, Moment moment) {
        double top = layout.barTop(lane);
        double height = layout.barHeight();
        long laneEnd = 0;
        for (int k = 0; k < trace.laneSize(lane); k++) {
            int i = trace.laneEvent(lane, k);
            long start = trace.start(i);
            laneEnd = Math.max(laneEnd, trace.end(i));
            if (start <= t && trace.isSpan(i)) {
                span(trace.spanKind(i), lane, i, start, Math.min(trace.end(i), t), top, height, moment);
            }
        }
        if (lane > 0 && trace.laneSize(lane) > 0 && laneEnd <= t) {
            done(laneEnd, t, top, height);
        }
    }

    private void span(SpanKind kind, int lane, int i, long start, long end, double top, double height, Moment moment) {
        double x0 = layout.x(start);
        double x1 = Math.max(layout.x(end), x0 + Math.max(1.5, 2 * s));
        double w = x1 - x0;
        switch (kind) {
            case SLEEP -> {
                surface.fillRect(x0, top, w, height, palette.sleep());
                String ms = millis(end - start);
                label(List.of(Scenario.callId(lane) + " · " + ms, ms), x0, w, top, height, palette.sleep());
            }
            case LOCK_WAIT -> waiting(x0, w, top, height, palette.lockWait(), millis(end - start));
            case LOCK_HELD -> {
                surface.fillRect(x0, top, w, height, palette.lockHeld());
                surface.strokeRect(x0, top, w, height, Palette.tint(palette.lockHeld(), -0.45), 1.5 * s);
                label(List.of(labels.lockHeld() + " " + millis(end - start), millis(end - start)), x0, w, top, height,
                        palette.lockHeld());
            }
            case WG_WAIT -> waiting(x0, w, top, height, palette.wgWait(),
                    labels.wgWait() + "  ·  " + labels.counter() + " " + moment.wgCounter());
            case CALL -> {
                surface.fillRect(x0, top, w, height, palette.call());
                surface.line(x0, top, x0, top + height, palette.background(), Math.max(1, s), false);
                label(List.of("dbCall(" + Scenario.callId((int) trace.arg(i)) + ")", Scenario.callId((int) trace.arg(i))),
                        x0, w, top, height, palette.call());
            }
            case APPEND -> {
                // Drawn as part of the lock hold in mutex mode; the race view draws appends on their own.
            }
            default -> {
            }
        }
    }

    private void waiting(double x, double w, double top, double height, int colour, String text) {
        int light = Palette.tint(colour, 0.55);
        surface.fillRect(x, top, w, height, light);
        surface.hatchRect(x, top, w, height, colour, 7 * s, 2 * s);
        surface.strokeRect(x, top, w, height, colour, 1.5 * s);
        label(List.of(text), x, w, top, height, light);
    }

    private void done(long finished, long t, double top, double height) {
        double x0 = layout.x(finished);
        double x1 = layout.x(t);
        double mid = top + height / 2;
        if (x1 > x0 + 1) {
            surface.line(x0, mid, x1, mid, palette.done(), Math.max(1, Math.min(3 * s, height / 4)), false);
        }
        if (height >= 12 * s) {
            surface.text("✓", x0 + 4 * s, mid, new FontSpec(Math.min(16 * s, height * 0.8), true, false), palette.accent(),
                    Align.LEFT);
        }
    }

    /** Puts the first label that fits inside the bar; none if none fits. */
    private void label(List<String> candidates, double x, double w, double top, double height, int background) {
        if (height < 13 * s) {
            return;
        }
        FontSpec font = barFont(height);
        double pad = 6 * s;
        for (String text : candidates) {
            if (surface.textWidth(text, font) + 2 * pad <= w) {
                surface.text(text, x + pad, top + height / 2, font, Palette.textOn(background), Align.LEFT);
                return;
            }
        }
    }

    /** The playhead's time label: its text, colour and box, which the axis labels keep clear of. */
    private record PlayheadLabel(String text, int colour, double x, double width) {
    }

    private PlayheadLabel playheadLabel(Moment moment) {
        boolean over = moment.finished();
        int colour = over ? palette.accent() : palette.playhead();
        String text = over ? labels.total() + " " + GoDuration.ofMicros(trace.endMicros()) : millis(moment.time());
        double width = surface.textWidth(text, playheadFont()) + 12 * s;
        double x = layout.x(moment.time());
        double boxX = Math.max(0, Math.min(x - width / 2, layout.width() - width - 2));
        return new PlayheadLabel(text, colour, boxX, width);
    }

    private void playhead(Moment moment, PlayheadLabel label) {
        double x = layout.x(moment.time());
        surface.line(x, layout.lanesTop() - 4 * s, x, layout.rowsBottom(), label.colour(), 2 * s, moment.finished());
        double boxY = layout.axisTop() + 3 * s;
        double boxH = layout.axisHeight() - 6 * s;
        surface.fillRect(label.x(), boxY, label.width(), boxH, label.colour());
        surface.text(label.text(), label.x() + label.width() / 2, boxY + boxH / 2, playheadFont(),
                Palette.textOn(label.colour()), Align.CENTER);
    }

    private FontSpec playheadFont() {
        return new FontSpec(13 * s, true, false);
    }

    /** One legend entry: a swatch drawn like the state it names ({@code null} for done). */
    private record LegendEntry(SpanKind kind, String text) {
    }

    private void legend() {
        Mode mode = trace.scenario().mode();
        List<LegendEntry> entries = new ArrayList<>();
        entries.add(new LegendEntry(SpanKind.SLEEP, labels.sleep()));
        entries.add(mode == Mode.SEQUENTIAL ? new LegendEntry(SpanKind.CALL, labels.call())
                : new LegendEntry(SpanKind.WG_WAIT, labels.wgWait()));
        if (mode.usesMutex()) {
            entries.add(new LegendEntry(SpanKind.LOCK_WAIT, labels.lockWait()));
            entries.add(new LegendEntry(SpanKind.LOCK_HELD, labels.lockHeld()));
        }
        entries.add(new LegendEntry(null, labels.done()));
        FontSpec font = new FontSpec(14 * s, false, false);
        double y = layout.legendTop() + 20 * s;
        double box = 16 * s;
        double x = layout.left();
        for (LegendEntry entry : entries) {
            swatch(entry.kind(), x, y - box / 2, box);
            surface.text(entry.text(), x + box + 8 * s, y, font, palette.text(), Align.LEFT);
            x += box + 8 * s + surface.textWidth(entry.text(), font) + 26 * s;
        }
    }

    private void swatch(SpanKind kind, double x, double y, double size) {
        if (kind == null) {
            surface.line(x, y + size / 2, x + size, y + size / 2, palette.done(), 3 * s, false);
            return;
        }
        switch (kind) {
            case SLEEP -> surface.fillRect(x, y, size, size, palette.sleep());
            case CALL -> surface.fillRect(x, y, size, size, palette.call());
            case LOCK_HELD -> {
                surface.fillRect(x, y, size, size, palette.lockHeld());
                surface.strokeRect(x, y, size, size, Palette.tint(palette.lockHeld(), -0.45), 1.5 * s);
            }
            case LOCK_WAIT, WG_WAIT -> {
                int colour = kind == SpanKind.LOCK_WAIT ? palette.lockWait() : palette.wgWait();
                surface.fillRect(x, y, size, size, Palette.tint(colour, 0.55));
                surface.hatchRect(x, y, size, size, colour, 5 * s, 1.5 * s);
                surface.strokeRect(x, y, size, size, colour, 1.5 * s);
            }
            default -> {
            }
        }
    }

    private static FontSpec laneFont(double scale) {
        return new FontSpec(15 * scale, true, true);
    }

    private FontSpec barFont(double barHeight) {
        return new FontSpec(Math.min(16 * s, barHeight * 0.5), false, false);
    }

    /** Whole milliseconds, as the bars and the playhead show them: {@code 1234 ms}. */
    static String millis(long micros) {
        return (micros / 1_000) + " ms";
    }
}
