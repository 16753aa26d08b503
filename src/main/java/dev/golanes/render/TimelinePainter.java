package dev.golanes.render;

import dev.golanes.i18n.Texts;
import dev.golanes.render.Surface.Align;
import dev.golanes.render.Surface.FontSpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.GoDuration;
import dev.golanes.trace.MarkKind;
import dev.golanes.trace.Moment;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.TotalRule;
import dev.golanes.trace.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Draws the timeline of a trace as it stands at the frame's moment: every span clipped to that
 * time, so lanes grow as time passes. One painter for every surface.
 *
 * <p>Waiting (for the lock, or in {@code wg.Wait()}) is hatched, holding the lock is solid with an
 * outline, and a lost append is crossed out, so the states read without colour too.
 */
public final class TimelinePainter {
    /** The smallest text drawn, in pixels: below it a number is a speck, not a label. */
    private static final double LEGIBLE = 9;
    /** The least height of a bar with a label in it (unscaled). */
    private static final double LABELLED_BAR = 13;
    /** The longest axis counted in µs for a run of microseconds: its own (under 10 ms), zoomed or not. */
    private static final long MICRO_AXIS = 10_000;
    /** The least contrast between the outline round what made the total and the bar it goes round. */
    static final double OUTLINE_CONTRAST = 1.5;
    /** The tag on Go's fatal error: Go's own words, as the console prints them, in every language. */
    private static final String FATAL_TAG = "fatal error";
    /**
     * main's {@code go} statements are drawn as a stretch, and named in the legend, when they take
     * this share of the time shown: 1,000 real threads take a quarter of a second to start, five a
     * millisecond or so; the simulator counts a microsecond for each {@code go} of the Add-inside pitfall.
     */
    private static final double GO_SHOWN_SHARE = 0.02;
    /** A span shorter than this (µs) was asked to take no time: a hold or a gap of 0 ms, on real threads a few µs. */
    private static final long NEXT_TO_NO_TIME = 1_000;

    /**
     * The words the figure shows, in the user's language.
     *
     * @param go        main starting the goroutines, a stretch real threads take time over
     * @param title     the title row's text (mode, seed, engine); drawn only when the figure has a title row
     * @param titleNote shown at the right of the title row, such as which calls are in view; may be empty
     * @param note      what explains the total once the run is over
     * @param decimal   the language's decimal point, for the time axis ({@code 0.5 ms}, {@code 0,5 ms})
     * @param grouping  the language's thousands separator, for the bars' and the playhead's numbers of
     *                  five digits and more ({@code 12,000 ms}, {@code 12.000 ms}), as the texts write them
     */
    public record Labels(String sleep, String lockWait, String lockHeld, String wgWait, String call, String go, String done,
                         String total, String counter, String title, String titleNote, String append, String lost,
                         String note, String killed, String fatal, String decimal, String grouping) {

        /** The same words with another note under the rows. */
        public Labels withNote(String newNote) {
            return new Labels(sleep, lockWait, lockHeld, wgWait, call, go, done, total, counter, title, titleNote, append,
                    lost, newNote, killed, fatal, decimal, grouping);
        }

        /** The same words under another title. */
        public Labels withTitle(String newTitle) {
            return new Labels(sleep, lockWait, lockHeld, wgWait, call, go, done, total, counter, newTitle, titleNote, append,
                    lost, note, killed, fatal, decimal, grouping);
        }

        public Labels withTitleNote(String newNote) {
            return new Labels(sleep, lockWait, lockHeld, wgWait, call, go, done, total, counter, title, newNote, append, lost,
                    note, killed, fatal, decimal, grouping);
        }
    }

    /**
     * Everything one frame shows.
     *
     * @param selectedLane the lane the user picked, drawn highlighted, or -1
     * @param going        whether the run is still going (a real run shown live), or a simulated run is
     *                     shown before its end: its legend names what its program shows, not only what has
     *                     happened yet, nor what this run will have done (a race's "lost" gives nothing away)
     */
    public record Frame(Trace trace, Moment moment, Palette palette, Labels labels, int selectedLane, boolean going) {
        /** A frame of a run that is not going on: finished, or stopped. */
        public Frame(Trace trace, Moment moment, Palette palette, Labels labels, int selectedLane) {
            this(trace, moment, palette, labels, selectedLane, false);
        }
    }

    private final Surface surface;
    private final TimelineLayout layout;
    /** Whether main's {@code go} statements are drawn as a stretch, found when its lane is, for the legend. */
    private boolean goShown;
    private final Trace trace;
    private final Moment moment;
    private final Palette palette;
    /** The edges of the sleeping, lock-waiting and wg-waiting bars ({@link Palette#edgeOf}), worked out once. */
    private final int sleepEdge;
    private final int lockWaitEdge;
    private final int wgWaitEdge;
    private final Labels labels;
    private final int selectedLane;
    private final boolean going;
    private final double s;
    /**
     * The killed goroutines' cuts in the lanes drawn (x, top, bottom for each): drawn after the end's
     * dashed line, which is where they are and would hide them but for two red slivers.
     */
    private double[] cuts = new double[0];
    private int cutCount;
    /**
     * The "lost: overwritten" words of the lanes drawn, drawn after the playhead on a plate of their row's
     * colour: at the end the total's dashed line ran through them. Made only for a frame with lost ids.
     */
    private List<LostWords> lostWords;

    /** The words after a lost append's cross: where, in what type, on what row colour. */
    private record LostWords(double x, double mid, FontSpec font, int row) {
    }

    /** A painter for a legend alone, drawn apart from any lanes. */
    private TimelinePainter(Surface surface, Palette palette, Labels labels, double scale) {
        this.surface = surface;
        this.layout = null;
        this.trace = null;
        this.moment = null;
        this.palette = palette;
        this.sleepEdge = palette.edgeOf(palette.sleep());
        this.lockWaitEdge = palette.edgeOf(palette.lockWait());
        this.wgWaitEdge = palette.edgeOf(palette.wgWait());
        this.labels = labels;
        this.selectedLane = -1;
        this.going = false;
        this.s = scale;
    }

    private TimelinePainter(Surface surface, TimelineLayout layout, Frame frame) {
        this.surface = surface;
        this.layout = layout;
        this.trace = frame.trace();
        this.moment = frame.moment();
        this.palette = frame.palette();
        this.sleepEdge = palette.edgeOf(palette.sleep());
        this.lockWaitEdge = palette.edgeOf(palette.lockWait());
        this.wgWaitEdge = palette.edgeOf(palette.wgWait());
        this.labels = frame.labels();
        this.selectedLane = frame.selectedLane();
        // A snapshot of a live run is never complete; a finished or stopped real run is not going. A
        // simulated run is complete from the start: the view says whether its end has been reached.
        this.going = frame.going() && (!trace.isComplete() || Trace.SIMULATED.equals(trace.engine()));
        this.s = layout.scale();
    }

    /** The gutter width the lane names of this trace need on this surface. */
    public static double gutterWidth(Surface surface, int laneCount, double scale) {
        double widest = Math.max(surface.textWidth("main", laneFont(scale)),
                surface.textWidth(Scenario.callId(laneCount - 1), laneFont(scale)));
        return Math.ceil(widest + 26 * scale);
    }

    public static void paint(Surface surface, TimelineLayout layout, Frame frame) {
        new TimelinePainter(surface, layout, frame).paint();
    }

    /** Paints a frame with no lane selected. */
    public static void paint(Surface surface, TimelineLayout layout, Trace trace, Moment moment, Palette palette,
                             Labels labels) {
        paint(surface, layout, new Frame(trace, moment, palette, labels, -1));
    }

    private void paint() {
        long t = moment.time();
        surface.fillRect(0, 0, layout.width(), layout.height(), palette.background());
        if (layout.spec().title()) {
            title();
        }
        rows();
        PlayheadLabel playheadLabel = playheadLabel();
        axis(playheadLabel);
        clipToTheLanes();
        for (int lane = 0; lane < layout.laneCount(); lane++) {
            if (layout.isVisible(lane)) {
                lane(lane, t);
            }
        }
        if (moment.finished()) {
            totalExplained();
        }
        boolean stopped = stoppedHere();
        fatal(t);
        surface.popClip();
        // At the end the playhead is the total's dashed line, which the lost words go over; while the run
        // plays it passes over them, as over everything else.
        boolean ended = moment.finished() || stopped;
        if (!ended) {
            lostWords();
        }
        playhead(playheadLabel);
        // Where Go stopped the program, or killed goroutines as it ended, is where the run ends: the red
        // lines go over the end's dashed one, which would otherwise hide them but for two red slivers.
        clipToTheLanes();
        for (int c = 0; c < cutCount; c++) {
            surface.line(cuts[3 * c], cuts[3 * c + 1], cuts[3 * c], cuts[3 * c + 2], palette.lost(), 3 * s, false);
        }
        fatalLine(t);
        surface.popClip();
        if (ended) {
            lostWords();
        }
        if (layout.spec().legend()) {
            // The window's note is on the total, once the run has ended; a picture with its title row
            // (an export) has the note for its moment: the total's, or the state midway (TimelineFigure).
            if ((moment.finished() || stopped || layout.spec().title()) && !labels.note().isEmpty()) {
                note();
            }
            legend();
        }
    }

    /** Clips to the lanes, with room past the axis' end for the ticks and crosses drawn there. */
    private void clipToTheLanes() {
        surface.pushClip(layout.left() - 2, layout.lanesTop(), layout.right() - layout.left() + 4 + 20 * s,
                layout.rowsBottom() - layout.lanesTop());
    }

    /**
     * The note on the total, under the rows: on one line, smaller if it must be; else on two lines;
     * else on two lines from the left edge, under the lanes' names too (a narrow window with the large
     * type of presentation mode); cut short with … only if even that at the smallest size is too few.
     */
    private void note() {
        String note = labels.note();
        double left = layout.left();
        double room = layout.width() - left - 8 * s;
        for (double size = 14; size >= 12.5; size -= 0.5) {
            FontSpec font = new FontSpec(size * s, true, false);
            if (surface.textWidth(note, font) <= room) {
                noteLine(note, left, 14, font);
                return;
            }
        }
        // A number is kept with its unit where the note still fits whole, else it may part from it.
        for (boolean keepUnits : new boolean[] {true, false}) {
            for (double x : new double[] {left, 8 * s}) {
                double width = layout.width() - x - 8 * s;
                for (double size = 13; size >= 11; size -= 0.5) {
                    FontSpec font = new FontSpec(size * s, true, false);
                    int split = lastBreakThatFits(note, font, width, keepUnits);
                    if (split > 0 && surface.textWidth(note.substring(split).strip(), font) <= width) {
                        noteLine(note.substring(0, split).strip(), x, 12, font);
                        noteLine(note.substring(split).strip(), x, 26, font);
                        return;
                    }
                }
            }
        }
        FontSpec font = new FontSpec(11 * s, true, false);
        double x = 8 * s;
        double width = layout.width() - x - 8 * s;
        int split = Math.max(1, lastBreakThatFits(note, font, width, false));
        noteLine(note.substring(0, split).strip(), x, 12, font);
        noteLine(shortened(surface, note.substring(split).strip(), font, width), x, 26, font);
    }

    /**
     * Where to end the first line: after the last space before the room runs out (0 if none fits), never
     * between a number and its unit while {@code keepUnits}: "tidur 2000" over "ms, lalu menunggu" read
     * as two things.
     */
    private int lastBreakThatFits(String text, FontSpec font, double room, boolean keepUnits) {
        int best = 0;
        for (int i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
            if (surface.textWidth(text.substring(0, i), font) > room) {
                break;
            }
            if (!keepUnits || !beforeAUnit(text, i)) {
                best = i + 1;
            }
        }
        return best;
    }

    /** A unit of time as the notes write it, and not the start of a word (sampai, selesai, seconds). */
    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile("(ms|s|µs)(?![\\p{L}\\p{N}])");

    /** Whether the space at {@code i} stands between a number and its unit (2000 ms, 3,5 s, 120 µs). */
    private static boolean beforeAUnit(String text, int i) {
        return Character.isDigit(text.charAt(i - 1))
                && UNIT.matcher(text).region(i + 1, text.length()).lookingAt();
    }

    private void noteLine(String text, double x, double baseline, FontSpec font) {
        surface.text(text, x, layout.noteTop() + baseline * s, font, palette.accent(), Align.LEFT);
    }

    /**
     * The picture's title, with the note on the calls shown at its right. When they do not fit side by
     * side, the title's type shrinks (20 down to 14 px); then the note goes under the title, and the type
     * shrinks on to 11 px; a title too long even so is cut short with "…", never mid-glyph at the edge.
     */
    private void title() {
        String title = labels.title();
        String note = labels.titleNote();
        double room = layout.width() - 32 * s;
        FontSpec noteFont = new FontSpec(14 * s, false, false);
        double noteWidth = note.isEmpty() ? 0 : surface.textWidth(note, noteFont) + 16 * s;
        double middle = layout.titleHeight() / 2;
        for (double size = 20; size >= 14; size--) {
            FontSpec font = new FontSpec(size * s, true, false);
            if (surface.textWidth(title, font) + noteWidth <= room) {
                surface.text(title, 16 * s, middle, font, palette.text(), Align.LEFT);
                if (!note.isEmpty()) {
                    surface.text(note, layout.width() - 16 * s, middle, noteFont, palette.mutedText(), Align.RIGHT);
                }
                return;
            }
        }
        // Alone, or on two lines in the title's band with the note under it, in type down to 11 px.
        double most = note.isEmpty() ? 14 : 15;
        FontSpec font = new FontSpec(11 * s, true, false);
        for (double size = most; size >= 11; size--) {
            font = new FontSpec(size * s, true, false);
            if (surface.textWidth(title, font) <= room) {
                break;
            }
        }
        if (note.isEmpty()) {
            // Where the seed begins: "GoLanes · Mutex: 5 calls, … · | seed 42 · simulated".
            int seed = title.lastIndexOf(" · ", title.lastIndexOf(" · ") - 1);
            if (surface.textWidth(title, font) <= room || seed <= 0) {
                surface.text(fittedTitle(title, font, room), 16 * s, middle, font, palette.text(), Align.LEFT);
            } else {
                // The seed is what repeats the run: the title takes two lines rather than lose it, the
                // program and what it was given first (cut short if need be), then the seed and the engine.
                surface.text(shortened(surface, title.substring(0, seed), font, room), 16 * s, 14 * s, font, palette.text(),
                        Align.LEFT);
                surface.text(fittedTitle(title.substring(seed + 3), font, room), 16 * s, 32 * s, font, palette.text(), Align.LEFT);
            }
            return;
        }
        FontSpec under = new FontSpec(Math.min(12, font.size() / s) * s, false, false);
        surface.text(fittedTitle(title, font, room), 16 * s, 14 * s, font, palette.text(), Align.LEFT);
        surface.text(shortened(surface, note, under, room), 16 * s, 33 * s, under, palette.mutedText(), Align.LEFT);
    }

    /**
     * The title ("GoLanes · Mutex: 5 calls, 2000 ms each, hold 300 ms · seed 42 · simulated"), or its
     * second line, on one line of {@code room}: without its first part ("GoLanes") if need be, then with
     * the program and what it was given cut short; the seed, which repeats the run, and the engine stay
     * whole as long as they fit at all.
     */
    private String fittedTitle(String title, FontSpec font, double room) {
        List<String> parts = new ArrayList<>(List.of(title.split(" · ")));
        while (surface.textWidth(String.join(" · ", parts), font) > room && parts.size() > 2) {
            if (parts.size() == 4) {
                parts.remove(0);
                continue;
            }
            String rest = " · " + String.join(" · ", parts.subList(1, parts.size()));
            double left = room - surface.textWidth(rest, font);
            if (left < surface.textWidth("M…", font)) {
                break;
            }
            return shortened(surface, parts.get(0), font, left) + rest;
        }
        return shortened(surface, String.join(" · ", parts), font, room);
    }

    /** {@code text}, or as much of it as fits {@code room} on {@code surface} followed by "…". */
    static String shortened(Surface surface, String text, FontSpec font, double room) {
        if (text.isEmpty() || surface.textWidth(text, font) <= room) {
            return text;
        }
        // The longest start that fits with "…", found in halves: a text of thousands of ids is measured
        // a dozen times, not thousands.
        int fits = 0;
        int tooLong = text.length();
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) >>> 1;
            if (surface.textWidth(text.substring(0, middle).strip() + "…", font) <= room) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        // Not in the middle of a number: "the sum of the sleeps: 72…" read as a total of 72. Back to the
        // start of the word the cut is in, and the punctuation before it, when a word is before it (a
        // number first in the text is cut where the room ends, rather than leave nothing).
        if (fits > 0 && fits < text.length() && isInAWord(text, fits) && hasDigit(wordAround(text, fits))) {
            int start = wordStart(text, fits);
            while (start > 0 && (Character.isWhitespace(text.charAt(start - 1)) || ":;,(·=".indexOf(text.charAt(start - 1)) >= 0)) {
                start--;
            }
            if (start > 0) {
                fits = start;
            }
        }
        return text.substring(0, Math.max(1, fits)).strip() + "…";
    }

    private static boolean isInAWord(String text, int cut) {
        return !Character.isWhitespace(text.charAt(cut - 1)) && !Character.isWhitespace(text.charAt(cut));
    }

    /** The word (run of non-spaces) that the cut at {@code cut} splits. */
    private static String wordAround(String text, int cut) {
        int end = cut;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(wordStart(text, cut), end);
    }

    /** Where the word that ends at or runs past {@code cut} begins. */
    private static int wordStart(String text, int cut) {
        int start = cut;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static boolean hasDigit(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }

    /** A lane's row: the selected one tinted, every other one striped, the rest the background. */
    private int rowColour(int lane) {
        if (lane == selectedLane) {
            // A little of the accent over the theme's ground: pale blue on the light theme, dark blue on the
            // dark (it was the light theme's pale blue there, a glaring band under a pale name).
            return Palette.mix(palette.background(), palette.accent(), 0.18);
        }
        return lane % 2 == 1 ? palette.zebra() : palette.background();
    }

    private void rows() {
        for (int lane = 0; lane < layout.laneCount(); lane++) {
            if (!layout.isVisible(lane)) {
                continue;
            }
            double top = layout.rowTop(lane);
            int colour = rowColour(lane);
            if (colour != palette.background()) {
                surface.fillRect(0, top, layout.width(), layout.laneHeight(), colour);
            }
            if (lane == selectedLane) {
                // Ruled above and below in the accent: a tint alone hardly differs from the stripes of the
                // high-contrast theme (grey on paler grey).
                double rule = Math.max(1, 2 * s);
                surface.line(0, top + rule / 2, layout.width(), top + rule / 2, palette.accent(), rule, false);
                double bottom = top + layout.laneHeight() - rule / 2;
                surface.line(0, bottom, layout.width(), bottom, palette.accent(), rule, false);
            }
            if (layout.laneHeight() >= Math.max(LEGIBLE, 9 * s)) {
                String name = lane == 0 ? "main" : Scenario.callId(lane);
                FontSpec font = laneFont(Math.min(s, layout.laneHeight() / 16.0));
                if (font.size() < LEGIBLE) {
                    font = new FontSpec(LEGIBLE, font.bold(), font.mono());
                }
                surface.text(name, layout.left() - 12 * s, top + layout.laneHeight() / 2, font,
                        lane == selectedLane ? palette.accent() : palette.text(), Align.RIGHT);
            }
        }
        // main is pinned above the calls: a rule keeps it apart when the calls scroll under it.
        surface.line(0, layout.callsTop(), layout.width(), layout.callsTop(), palette.grid(), 1.5 * s, false);
    }

    private void axis(PlayheadLabel keepClear) {
        TimeWindow window = layout.window();
        long step = Ticks.step(window.length(), layout.right() - layout.left(), 90 * s);
        FontSpec font = new FontSpec(13 * s, false, false);
        double labelY = layout.axisTop() + layout.axisHeight() / 2;
        boolean unitShown = false;
        // A run of microseconds on its own axis is counted in them; on a comparison's axis of seconds,
        // shared with programs that slept, it is counted as they are ("5,000,000 µs" read as noise).
        boolean micros = trace.isMicroRun() && window.length() <= MICRO_AXIS;
        long first = (window.start() + step - 1) / step * step;
        for (long tick = first; tick <= window.end(); tick += step) {
            double x = layout.x(tick);
            surface.line(x, layout.lanesTop(), x, layout.rowsBottom(), palette.grid(), 1, false);
            String label = Ticks.label(tick, window.length(), step, !unitShown && tick > 0, labels.decimal(), labels.grouping(),
                    micros);
            double width = surface.textWidth(label, font);
            boolean atStart = tick == 0;
            double from = atStart ? x : x - width / 2;
            if (from + width < keepClear.x() - 4 * s || from > keepClear.x() + keepClear.width() + 4 * s) {
                surface.text(label, x, labelY, font, palette.mutedText(), atStart ? Align.LEFT : Align.CENTER);
                unitShown |= tick > 0;
            }
        }
    }

    private void lane(int lane, long t) {
        double top = layout.barTop(lane);
        double height = layout.barHeight();
        long laneEnd = 0;
        long appendEnd = -1;
        long killedAt = -1;
        int started = 0;
        boolean drewSpan = false;
        // Sequential main's million dbCall bars at 1,000,000 calls are a thousandth of a pixel each;
        // drawn one by one they made an SVG of 180 MB, and side by side a seamed stripe. Plain bars under
        // a pixel wide are drawn as one bar per run of them; a span of another kind that would only paint
        // over the last one drawn of its kind is skipped.
        Thin thin = new Thin(top, height);
        SpanKind lastKind = null;
        double coveredTo = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < trace.laneSize(lane); k++) {
            int i = trace.laneEvent(lane, k);
            long start = trace.start(i);
            if (trace.is(i, MarkKind.GO)) {
                started += start <= t ? 1 : 0;
                continue;
            }
            laneEnd = Math.max(laneEnd, trace.end(i));
            if (trace.is(i, SpanKind.APPEND)) {
                appendEnd = trace.end(i);
            }
            if (trace.is(i, MarkKind.KILLED)) {
                killedAt = start;
            }
            if (start <= t && trace.isSpan(i)) {
                SpanKind kind = trace.spanKind(i);
                long end = Math.min(trace.end(i), t);
                drewSpan = true;
                if (thin.take(kind, layout.x(start), layout.x(end))) {
                    continue;
                }
                if (kind != lastKind || layout.x(end) > coveredTo) {
                    span(kind, lane, i, start, end, top, height);
                    lastKind = kind;
                    coveredTo = Math.max(layout.x(end), layout.x(start) + Math.max(1.5, 2 * s));
                }
            }
        }
        thin.flush();
        if (lane == 0) {
            // The last go statement takes main until its next step: in Add inside, a microsecond of five on
            // the axis, left blank before main's print as if main had done nothing.
            Trace.GoStatements go = trace.goStatements();
            goShown = go != null && go.end() - go.first() >= GO_SHOWN_SHARE * layout.window().length();
            if (goShown && go.first() <= t) {
                starting(go.first(), Math.min(go.end(), t), started, top, height);
            }
        }
        if (killedAt >= 0 && killedAt <= t) {
            killed(killedAt, top, height, !drewSpan);
        } else if (lane > 0 && trace.laneSize(lane) > 0 && laneEnd <= t) {
            done(lane, laneEnd, t, top, height, isLost(lane) ? appendEnd : -1);
        }
    }

    /**
     * main starting the goroutines, from its first {@code go} until its next step after the last: next
     * to no time on the simulator, as in Go, but real threads take a while each to start, and 1,000 of
     * them a quarter of a second, in which main does nothing else.
     */
    private void starting(long from, long to, int started, double top, double height) {
        double x0 = layout.x(from);
        double w = Math.max(1, layout.x(to) - x0);
        surface.fillRect(x0, top, w, height, palette.call());
        label(List.of("go dbCall(i) ×" + started, "go ×" + started), x0, w, top, height, palette.call());
    }

    /**
     * A goroutine still running when the program ended: a cut, where Go killed it, named after it;
     * or before it, when the cut is at the axis' end and the lane is empty (the goroutine never ran).
     */
    private void killed(long at, double top, double height, boolean emptyLane) {
        double x = layout.x(at);
        if (3 * cutCount + 3 > cuts.length) {
            cuts = Arrays.copyOf(cuts, Math.max(24, 2 * cuts.length));
        }
        cuts[3 * cutCount] = x;
        cuts[3 * cutCount + 1] = top - 2 * s;
        cuts[3 * cutCount + 2] = top + height + 2 * s;
        cutCount++;
        // As large as the bars' own labels: it is what Add inside teaches (at half the bar's height it was
        // 9 px on a 1280 x 720 projector).
        FontSpec font = new FontSpec(Math.min(14 * s, height * 0.68), true, false);
        if (height < 12 * s || font.size() < LEGIBLE) {
            return;
        }
        double width = surface.textWidth(labels.killed(), font);
        if (x + 6 * s + width < layout.width() - 2) {
            surface.text(labels.killed(), x + 6 * s, top + height / 2, font, palette.lost(), Align.LEFT);
        } else if (emptyLane && x - 6 * s - width > layout.left()) {
            // The cut is at the axis' end (Add inside: the run ends when main returns): the words go before it.
            surface.text(labels.killed(), x - 6 * s, top + height / 2, font, palette.lost(), Align.RIGHT);
        }
    }

    /**
     * Where Go stopped the program: a red line across every lane, named at the top, and the lane of
     * the goroutine that hit the error outlined in red.
     */
    private void fatal(long t) {
        int i = trace.fatalEvent();
        if (i < 0 || trace.start(i) > t) {
            return;
        }
        double x = layout.x(trace.start(i));
        int lane = trace.lane(i);
        if (lane > 0 && layout.isVisible(lane)) {
            double from = Math.max(layout.left(), layout.x(0));
            surface.strokeRect(from, layout.barTop(lane) - 2 * s, Math.max(0, x - from),
                    layout.barHeight() + 4 * s, palette.lost(), 3 * s);
        }
        double boxX = fatalTagLeft(t);
        double width = x - 4 * s - boxX;
        double height = fatalTagHeight();
        double boxY = layout.lanesTop() + (layout.laneHeight() - height) / 2;
        surface.fillRect(boxX, boxY, width, height, palette.lost());
        surface.text(FATAL_TAG, boxX + width / 2, boxY + height / 2, fatalTagFont(), Palette.textOn(palette.lost()), Align.CENTER);
    }

    /** The red line across the lanes at the moment Go stopped the program, once the playhead is past it. */
    private void fatalLine(long t) {
        int i = trace.fatalEvent();
        if (i >= 0 && trace.start(i) <= t) {
            double x = layout.x(trace.start(i));
            surface.line(x, layout.lanesTop(), x, layout.rowsBottom(), palette.lost(), 3 * s, false);
        }
    }

    /**
     * Where the tag naming Go's fatal error begins, on main's row, left of the red line; or infinity
     * before the error, or without one. main's label stops short of it.
     */
    private double fatalTagLeft(long t) {
        int i = trace.fatalEvent();
        if (i < 0 || trace.start(i) > t) {
            return Double.POSITIVE_INFINITY;
        }
        double width = surface.textWidth(FATAL_TAG, fatalTagFont()) + 12 * s;
        return Math.max(layout.left(), layout.x(trace.start(i)) - width - 4 * s);
    }

    /**
     * The tag's height: within main's row, centred on it like main's label, so it never runs into id1's
     * bar (presenting, main's row can be lower than the tag's usual 20 px at the text's scale).
     */
    private double fatalTagHeight() {
        return Math.min(20 * s, layout.laneHeight() - 2 * s);
    }

    private FontSpec fatalTagFont() {
        // Never below the painter's least legible size: 9 px bold fits the tag of main's least row.
        return new FontSpec(Math.max(LEGIBLE, Math.min(13 * s, fatalTagHeight() * 0.65)), true, false);
    }

    /**
     * A run of plain bars (sleeping, main's dbCall) each under a pixel wide, one after the other in a
     * lane: drawn as one bar when the run ends.
     */
    private final class Thin {
        private final double top;
        private final double height;
        private SpanKind kind;
        private double from;
        private double to;

        Thin(double top, double height) {
            this.top = top;
            this.height = height;
        }

        /** Takes a span into the run if it is a thin plain bar (drawing the run before, if it cannot join it). */
        boolean take(SpanKind spanKind, double x0, double x1) {
            boolean plain = spanKind == SpanKind.SLEEP || spanKind == SpanKind.CALL;
            if (!plain || x1 - x0 >= 1) {
                flush();
                return false;
            }
            if (spanKind == kind && x0 <= to + 1) {
                to = Math.max(to, x1);
                return true;
            }
            flush();
            kind = spanKind;
            from = x0;
            to = x1;
            return true;
        }

        void flush() {
            if (kind != null) {
                surface.fillRect(from, top, Math.max(to - from, Math.max(1.5, 2 * s)), height,
                        kind == SpanKind.SLEEP ? palette.sleep() : palette.call());
                kind = null;
            }
        }
    }

    private void span(SpanKind kind, int lane, int i, long start, long end, double top, double height) {
        double x0 = layout.x(start);
        double x1 = Math.max(layout.x(end), x0 + Math.max(1.5, 2 * s));
        double w = x1 - x0;
        switch (kind) {
            case SLEEP -> {
                surface.fillRect(x0, top, w, height, palette.sleep());
                sleepEdge(x0, w, top, height);
                String ms = millis(end - start);
                label(List.of(Scenario.callId(lane) + " · " + ms, ms, number(end - start)), x0, w, top, height,
                        palette.sleep());
            }
            case LOCK_WAIT -> waiting(x0, w, w, top, height, palette.lockWait(),
                    List.of(millis(end - start), number(end - start)));
            case LOCK_HELD -> {
                surface.fillRect(x0, top, w, height, palette.lockHeld());
                surface.strokeRect(x0, top, w, height, Palette.tint(palette.lockHeld(), -0.45), 1.5 * s);
                label(List.of(labels.lockHeld() + " " + millis(end - start), millis(end - start), number(end - start)),
                        x0, w, top, height, palette.lockHeld());
            }
            case WG_WAIT -> {
                // Go's fatal error is named on main's row: the label keeps clear of it, shorter if need be.
                double room = lane == 0 ? Math.min(w, fatalTagLeft(moment.time()) - 4 * s - x0) : w;
                waiting(x0, w, room, top, height, palette.wgWait(), List.of(
                        labels.wgWait() + "  ·  " + labels.counter() + " " + moment.wgCounter(), labels.wgWait()));
            }
            case CALL -> {
                surface.fillRect(x0, top, w, height, palette.call());
                // The line that parts one call from the next, where the calls are wide enough to be told
                // apart: thousands of calls a few pixels wide would otherwise be a stripe pattern.
                if (layout.x(end) - x0 >= 4 * s) {
                    surface.line(x0, top, x0, top + height, palette.background(), Math.max(1, s), false);
                }
                String id = Scenario.callId((int) trace.arg(i));
                label(List.of("dbCall(" + id + ")", id), x0, w, top, height, palette.call());
            }
            case APPEND -> {
                // With the lock, the hold already shows the append; without it the append is the story.
                if (!trace.scenario().mode().usesMutex()) {
                    surface.fillRect(x0, top, w, height, palette.append());
                    surface.strokeRect(x0, top, w, height, Palette.tint(palette.append(), -0.45), 1.5 * s);
                    // The race program reads the length before its gap and writes after it: the bar says
                    // what it read. Unlock without Lock appends in one statement, reading no length first.
                    if (trace.scenario().mode() == Mode.RACE) {
                        String len = "len " + trace.arg(i);
                        // A lost append ends under its cross (see done()): the words keep clear of it.
                        double room = isLost(lane) && end == trace.end(i) ? Math.max(0, w - height * 0.3 - 3 * s) : w;
                        label(List.of(labels.append() + " · " + len, len), x0, room, top, height, palette.append());
                    } else {
                        label(List.of(labels.append() + " · " + millis(end - start), millis(end - start),
                                number(end - start)), x0, w, top, height, palette.append());
                    }
                }
            }
            default -> {
            }
        }
    }

    /**
     * A sleep's edge, where its colour is under 3:1 on the rows (the light themes' sky blue, the largest bar
     * in every program, 2.1:1): a darker line round it, as a washed-out projector needs. Not on bars too thin
     * to have an inside (thousands of lanes), which it would turn dark.
     */
    private void sleepEdge(double x, double w, double top, double height) {
        if (w >= 4 * s && height >= 8 * s && sleepEdge != palette.sleep()) {
            surface.strokeRect(x, top, w, height, sleepEdge, 1 * s);
        }
    }

    /** A waiting colour's edge, worked out once for the painter. */
    private int edgeOf(int colour) {
        return colour == palette.lockWait() ? lockWaitEdge : colour == palette.wgWait() ? wgWaitEdge : palette.edgeOf(colour);
    }

    /** A hatched bar, {@code w} wide, its label in the first {@code room} of it. */
    private void waiting(double x, double w, double room, double top, double height, int colour, List<String> texts) {
        int light = Palette.tint(colour, 0.55);
        surface.fillRect(x, top, w, height, light);
        surface.hatchRect(x, top, w, height, colour, 7 * s, 2 * s);
        surface.strokeRect(x, top, w, height, edgeOf(colour), 1.5 * s);
        label(texts, x, room, top, height, light, true);
    }

    /**
     * After its last step a lane is done: a tick, then a thin line to the playhead; or the line and a
     * cross if its id was lost. The line starts after the tick, so the tick never looks struck through.
     * No Done's goroutines return without {@code wg.Done()}: no tick, which read as "done" on the slide
     * about the missing Done; the legend names their line "returned (no wg.Done())".
     */
    private void done(int lane, long finished, long t, double top, double height, long lostAt) {
        double x0 = layout.x(finished);
        double x1 = layout.x(t);
        double mid = top + height / 2;
        boolean tick = lostAt < 0 && ticked(height, s) && trace.scenario().mode() != Mode.MISSING_DONE;
        FontSpec tickFont = new FontSpec(Math.min(16 * s, height * 0.8), true, false);
        // At the end of the run the lost append ends at the right edge: keep the whole cross in the picture.
        double cross = lostAt < 0 ? 0 : Math.min(layout.x(lostAt), layout.width() - height * 0.3 - 3 * s);
        // Only on a bar half of whose height is legible type: a comparison's thin lanes have the legend alone.
        FontSpec font = lostAt < 0 || height < 12 * s || Math.min(14 * s, height * 0.5) < LEGIBLE ? null
                : lostFont(cross + height * 0.45, height);
        boolean lostLabel = font != null;
        // At the end, a tick the total's dashed line would run through (a call that ended a moment before the
        // last) goes after the line, as the last call's does.
        double tickX = x0 + 4 * s;
        double tickWidth = tick ? surface.textWidth("✓", tickFont) : 0;
        if (tick && (moment.finished() || stoppedHere()) && x1 <= layout.right() && x1 > tickX - 3 * s
                && x1 < tickX + tickWidth + 3 * s) {
            tickX = x1 + 4 * s;
        }
        // The line of a finished goroutine starts after its mark and words, not through them.
        double lineStart = tick ? tickX + tickWidth + 3 * s
                : lostLabel ? cross + height * 0.45 + surface.textWidth(labels.lost(), font) + 4 * s : x0;
        if (x1 > lineStart + 1) {
            surface.line(lineStart, mid, x1, mid, palette.done(), Math.max(1, Math.min(3 * s, height / 4)), false);
        }
        if (tick) {
            surface.text("✓", tickX, mid, tickFont, palette.mutedText(), Align.LEFT);
        } else if (lostAt >= 0) {
            // A halo of the row's colour first, so the cross stands off the append bar it sits on, also in
            // grey print and for eyes that do not tell its red from the bar's green.
            for (int pass = 0; pass < 2; pass++) {
                int colour = pass == 0 ? rowColour(lane) : palette.lost();
                double width = pass == 0 ? 6 * s : 3 * s;
                surface.line(cross - height * 0.3, top + height * 0.2, cross + height * 0.3, top + height * 0.8, colour, width, false);
                surface.line(cross - height * 0.3, top + height * 0.8, cross + height * 0.3, top + height * 0.2, colour, width, false);
            }
            if (lostLabel) {
                if (lostWords == null) {
                    lostWords = new ArrayList<>();
                }
                lostWords.add(new LostWords(cross + height * 0.45, mid, font, rowColour(lane)));
            }
        }
    }

    /**
     * The type of "lost: overwritten" after a lost append's cross, from {@code x}: half the bar's
     * height, bold; null, no words, where they would not end inside the picture. The legend names the
     * cross. (Made smaller to fit, one lane's words beside another's in full size looked amiss; as
     * large as a bar's label, they fitted nowhere presenting at 1280 x 720.)
     */
    private FontSpec lostFont(double x, double height) {
        FontSpec font = new FontSpec(Math.min(14 * s, height * 0.5), true, false);
        return x + surface.textWidth(labels.lost(), font) < layout.width() - 2 ? font : null;
    }

    /** The lost words, over the lines drawn after the lanes (the playhead, the total's dashed line). */
    private void lostWords() {
        if (lostWords == null) {
            return;
        }
        // The lanes' rows, to the picture's right edge: past the axis' end, as far as lostFont lets them go.
        surface.pushClip(layout.left(), layout.lanesTop(), layout.width() - layout.left(), layout.rowsBottom() - layout.lanesTop());
        for (LostWords words : lostWords) {
            double width = surface.textWidth(labels.lost(), words.font());
            double plate = words.font().size() * 1.3;
            surface.fillRect(words.x() - 2 * s, words.mid() - plate / 2, width + 4 * s, plate, words.row());
            surface.text(labels.lost(), words.x(), words.mid(), words.font(), palette.lost(), Align.LEFT);
        }
        surface.popClip();
    }

    private boolean isLost(int lane) {
        for (int l : moment.lost()) {
            if (l == lane) {
                return true;
            }
        }
        return false;
    }

    /**
     * At the end, points at what made the total: a bracket over the whole run for the sum of the
     * sleeps, or an outline round the span that ended last.
     */
    private void totalExplained() {
        TotalRule rule = TotalRule.of(trace);
        int colour = palette.accent();
        if (rule.kind() == TotalRule.Kind.SUM_OF_SLEEPS) {
            double y = layout.lanesTop() + 3 * s;
            double x0 = layout.x(0);
            double x1 = layout.x(trace.endMicros());
            surface.line(x0, y, x1, y, colour, 2.5 * s, false);
            surface.line(x0, y, x0, y + 8 * s, colour, 2.5 * s, false);
            surface.line(x1, y, x1, y + 8 * s, colour, 2.5 * s, false);
            return;
        }
        // Equal sleeps that ended together decide the total together: each is outlined.
        for (int tied : TotalRule.tiedSpans(trace, rule)) {
            int lane = trace.lane(tied);
            if (!layout.isVisible(lane)) {
                continue;
            }
            // A hold of 0 ms (the tutorial's mutex) or a gap of 0: the span that ended last is too thin to see (real
            // threads hold a few µs), and its outline was a stray box. The span it came straight after, the sleep, is
            // outlined instead.
            // (A hold of 300 ms, thin on the axis of 10,000 calls, is still what it marks.)
            boolean nothing = trace.duration(tied) < NEXT_TO_NO_TIME && layout.x(trace.end(tied)) - layout.x(trace.start(tied)) < 3 * s;
            int i = nothing ? spanJustBefore(lane, tied) : tied;
            int fill = switch (trace.spanKind(i)) {
                case SLEEP -> palette.sleep();
                case LOCK_HELD -> palette.lockHeld();
                case APPEND -> palette.append();
                case CALL -> palette.call();
                default -> palette.background();
            };
            // The dark theme's accent is nearly its sleeping blue: round a sleep, the outline vanished.
            int outline = Palette.contrast(colour, fill) < OUTLINE_CONTRAST ? palette.text() : colour;
            double x0 = layout.x(trace.start(i));
            double x1 = Math.max(layout.x(trace.end(i)), x0 + 3 * s);
            double top = layout.barTop(lane) - 3 * s;
            surface.strokeRect(x0 - 3 * s, top, x1 - x0 + 6 * s, layout.barHeight() + 6 * s, outline, 3 * s);
        }
    }

    /**
     * The lane's span that ended last before {@code thin} began, within a couple of pixels (real threads
     * leave a few µs, and a lock wait too short to see, between a sleep and the hold after it), and is
     * wide enough to see; else {@code thin} itself.
     */
    private int spanJustBefore(int lane, int thin) {
        double before = layout.x(trace.start(thin));
        int found = thin;
        for (int k = 0; k < trace.laneSize(lane); k++) {
            int i = trace.laneEvent(lane, k);
            if (i == thin || !trace.isSpan(i) || trace.end(i) > trace.start(thin)) {
                continue;
            }
            boolean wide = layout.x(trace.end(i)) - layout.x(trace.start(i)) >= 3 * s;
            if (wide && before - layout.x(trace.end(i)) <= 2 * s && (found == thin || trace.end(i) > trace.end(found))) {
                found = i;
            }
        }
        return found;
    }

    /** Puts the first label that fits inside the bar; none if none fits. */
    private void label(List<String> candidates, double x, double w, double top, double height, int background) {
        label(candidates, x, w, top, height, background, false);
    }

    /**
     * {@link #label(List, double, double, double, double, int)}; on a hatched bar ({@code plate}) the
     * text sits on a plate of the bar's light colour, so the stripes do not run through its letters
     * (the high-contrast theme's dark stripes made "main in wg.Wait()" hard to read).
     */
    private void label(List<String> candidates, double x, double w, double top, double height, int background,
                       boolean plate) {
        if (!labelFits(height, s)) {
            return;
        }
        FontSpec font = barFont(height);
        // The candidates go from the longest to the bare number; rather a smaller text than none:
        // presentation mode's larger text would otherwise drop the "300" of every lock bar, the
        // numbers the class is looking at.
        FontSpec smaller = new FontSpec(Math.max(LEGIBLE, font.size() * 0.7), false, false);
        double visibleLeft = Math.max(x, layout.left());
        double visibleWidth = Math.min(x + w, layout.right()) - visibleLeft;
        for (FontSpec size : smaller.size() < font.size() ? List.of(font, smaller) : List.of(font)) {
            if (size.size() < LEGIBLE) {
                continue;
            }
            // In the bar's type, a tighter margin before a smaller type: a 1024 projector's "300".
            for (double pad : size == font ? new double[] {6 * s, 2 * s} : new double[] {4 * s}) {
                for (String text : candidates) {
                    double width = surface.textWidth(text, size);
                    if (width + 2 * pad <= visibleWidth) {
                        if (plate) {
                            double plateHeight = Math.min(height - 4 * s, size.size() * 1.3);
                            surface.fillRect(visibleLeft + pad / 2, top + (height - plateHeight) / 2, width + pad,
                                    plateHeight, background);
                        }
                        surface.text(text, visibleLeft + pad, top + height / 2, size, Palette.textOn(background),
                                Align.LEFT);
                        return;
                    }
                }
            }
        }
    }

    /** The playhead's time label: its text, colour and box, which the axis labels keep clear of. */
    private record PlayheadLabel(String text, int colour, double x, double width) {
    }

    /**
     * Whether this is the end of a real run stopped with Stop, shown where it was stopped: its end is
     * marked as a finished run's is, with "Stopped" for "Total", and its note says so. A live run's
     * newest frame is going, not stopped.
     */
    private boolean stoppedHere() {
        return stoppedAt(trace, moment, going);
    }

    /**
     * Whether {@code moment} is the end of a real run stopped with Stop ({@code going}: as in {@link Frame}),
     * which is marked and has its note as a finished run's end does: the window gives the note its room.
     */
    public static boolean stoppedAt(Trace trace, Moment moment, boolean going) {
        return !going && trace.isCutShort() && moment.time() >= trace.endMicros();
    }

    private PlayheadLabel playheadLabel() {
        boolean stopped = stoppedHere();
        boolean over = moment.finished() || stopped;
        int colour = over ? palette.accent() : palette.playhead();
        // A run of microseconds (Add inside) is told in µs, as the play bar's readout tells it.
        String now = trace.isMicroRun() ? moment.time() + " µs" : millis(moment.time());
        // Go printed the total (or, stopping the program, when that was) as a Go duration; a run stopped
        // with Stop printed nothing, and is told in the milliseconds its note and the status bar use.
        String text = stopped ? labels.total() + " " + now
                : over ? labels.total() + " " + GoDuration.ofMicros(trace.endMicros()).replace(".", labels.decimal()) : now;
        double width = surface.textWidth(text, playheadFont()) + 12 * s;
        double x = layout.x(moment.time());
        double boxX = Math.max(0, Math.min(x - width / 2, layout.width() - width - 2));
        return new PlayheadLabel(text, colour, boxX, width);
    }

    private void playhead(PlayheadLabel label) {
        double x = layout.x(moment.time());
        if (x < layout.left() - 1 || x > layout.right() + 1) {
            return;
        }
        surface.line(x, layout.lanesTop() - 4 * s, x, layout.rowsBottom(), label.colour(), 2 * s,
                moment.finished() || stoppedHere());
        double boxY = layout.axisTop() + 3 * s;
        double boxH = layout.axisHeight() - 6 * s;
        surface.fillRect(label.x(), boxY, label.width(), boxH, label.colour());
        surface.text(label.text(), label.x() + label.width() / 2, boxY + boxH / 2, playheadFont(),
                Palette.textOn(label.colour()), Align.CENTER);
    }

    /** One legend entry: a swatch drawn like the state it names. */
    private record LegendEntry(Swatch swatch, String text) {
    }

    private static void add(List<LegendEntry> entries, boolean shown, Swatch swatch, String text) {
        if (shown) {
            entries.add(new LegendEntry(swatch, text));
        }
    }

    /** The swatches the legend can show. */
    private enum Swatch {
        SLEEP, CALL, GO, WG_WAIT, LOCK_WAIT, LOCK_HELD, APPEND, LOST, DONE, RETURNED, KILLED, FATAL;

        /**
         * How wide this swatch is drawn, for a square one {@code box} wide: "done" is a tick and its line, as a
         * finished lane ends, wider for the two. With the line alone it read as nothing on screen where every
         * lane ended with the run (equal delays): only ticks showed there.
         */
        double width(double box) {
            return this == DONE ? box * 1.75 : box;
        }
    }

    /**
     * The legend names what the figure of this run shows, in a fixed order: Add inside's goroutines,
     * killed before they sleep, have no "sleeping" and no "done", and a race that lost nothing has no
     * "lost". A real run still going names what its program shows as well, so its legend does not grow
     * as the events arrive; once stopped, it names what it did. So does a simulated run in the window
     * before its end, so that its legend does not tell the class what is coming.
     */
    private void legend() {
        boolean ticked = ticked(layout);
        List<LegendEntry> shown = entries(trace, going, goShown, ticked, labels, false);
        // Its type is chosen for what it named while the run was going as well: at Add inside's end it names
        // two things instead of four, and its type grew from 14 to 19 px, moving the panel (presenting at 1024).
        List<LegendEntry> sized = shown;
        if (!going) {
            sized = new ArrayList<>();
            List<LegendEntry> before = entries(trace, true, goShown, ticked, labels, false);
            for (LegendEntry entry : entries(trace, false, false, ticked, labels, true)) {
                if (shown.contains(entry) || before.contains(entry)) {
                    sized.add(entry);
                }
            }
        }
        drawLegend(shown, sized, layout.left(), layout.legendTop(), layout.width() - layout.left() - 8 * s);
    }

    /**
     * Draws one legend for several runs drawn side by side (the comparison's four programs), in the
     * legend's fixed order, from ({@code left}, {@code top}) in {@code room}: what any of their figures
     * shows or, {@code going}, what their programs show (the same from the start to the end, so it
     * neither grows as they play nor tells what is coming). {@code ticked}: whether their lanes end their
     * finished calls with a tick ({@link #ticked(TimelineLayout)}), as "done" is then drawn.
     */
    public static void paintLegend(Surface surface, double left, double top, double room, double scale, List<Trace> traces,
                                   boolean going, boolean ticked, Palette palette, Labels labels) {
        List<List<LegendEntry>> shown = new ArrayList<>();
        for (Trace trace : traces) {
            shown.add(entries(trace, going, false, ticked, labels, false));
        }
        List<LegendEntry> union = new ArrayList<>();
        for (LegendEntry entry : entries(traces.get(0), false, false, ticked, labels, true)) {
            if (shown.stream().anyMatch(entries -> entries.contains(entry))) {
                union.add(entry);
            }
        }
        new TimelinePainter(surface, palette, labels, scale).drawLegend(union, union, left, top, room);
    }

    /**
     * The legend's entries for {@code trace}, in the fixed order; with {@code everything}, every entry
     * the legend has, in that order (for a legend of several runs).
     */
    private static List<LegendEntry> entries(Trace trace, boolean going, boolean goShown, boolean ticked, Labels labels,
                                             boolean everything) {
        Mode mode = trace.scenario().mode();
        List<LegendEntry> entries = new ArrayList<>();
        add(entries, everything || trace.has(SpanKind.SLEEP) || going, Swatch.SLEEP, labels.sleep());
        add(entries, everything || trace.has(SpanKind.CALL) || going && mode == Mode.SEQUENTIAL, Swatch.CALL, labels.call());
        add(entries, everything || trace.has(SpanKind.WG_WAIT) || going && mode != Mode.SEQUENTIAL, Swatch.WG_WAIT, labels.wgWait());
        add(entries, everything || goShown, Swatch.GO, labels.go());
        add(entries, everything || trace.has(SpanKind.LOCK_WAIT) || going && mode.usesMutex(), Swatch.LOCK_WAIT, labels.lockWait());
        add(entries, everything || trace.has(SpanKind.LOCK_HELD) || going && mode.usesMutex(), Swatch.LOCK_HELD, labels.lockHeld());
        // The mutex program's appends are inside its lock holds, which show them (see span()).
        add(entries, everything || !mode.usesMutex() && (trace.has(SpanKind.APPEND) || going && mode.usesHold()), Swatch.APPEND,
                labels.append());
        add(entries, everything || trace.anyLost() || going && mode == Mode.RACE, Swatch.LOST, labels.lost());
        // Go's fatal error kills the goroutines at its own line, which its entry names.
        boolean fatal = trace.has(MarkKind.FATAL) || going && mode.isPitfall() && mode != Mode.ADD_INSIDE;
        add(entries, everything || !fatal && (trace.has(MarkKind.KILLED) || going && mode == Mode.ADD_INSIDE), Swatch.KILLED,
                labels.killed());
        add(entries, everything || fatal, Swatch.FATAL, labels.fatal());
        // A finished lane's tick and line, as done() draws them: No Done's goroutines, which return without
        // wg.Done(), and lanes too thin for a tick have the line alone.
        add(entries, everything || trace.anyFinished() || going,
                ticked && mode != Mode.MISSING_DONE ? Swatch.DONE : Swatch.RETURNED, labels.done());
        return entries;
    }

    /**
     * Draws the legend's entries from ({@code left}, {@code top}) in {@code room}, in the type that
     * {@code sized} (the entries, and more) would be drawn in: see {@link #legend()}.
     */
    private void drawLegend(List<LegendEntry> all, List<LegendEntry> sized, double left, double top, double room) {
        // One line at 14 px if it fits; else two lines at 14 px, so every program's legend is in the
        // same type; else two lines in smaller type, down to 9 px (a real run's six entries on a
        // 1280 x 720 projector, presenting, took a third line under the band and lost "lost" and
        // "done"); else without "done", then without main's "go", the entries the figure shows
        // best without words (on a 1024 projector a real race's "lost" fell under the picture), in
        // the comparison's legend too; and if that is still too wide, the rest on as many lines as
        // they take.
        double size = 14;
        boolean twoLines = legendWidth(sized, size) > room;
        List<LegendEntry> entries = all;
        List<LegendEntry> measured = sized;
        if (twoLines && balancedBreak(sized, 9, room) < 0) {
            entries = new ArrayList<>(all);
            measured = new ArrayList<>(sized);
            for (List<Swatch> spared : List.of(List.of(Swatch.DONE, Swatch.RETURNED), List.of(Swatch.GO))) {
                if (balancedBreak(measured, 9, room) < 0 && measured.size() > 2) {
                    measured.removeIf(entry -> spared.contains(entry.swatch()));
                    entries.removeIf(entry -> spared.contains(entry.swatch()));
                }
            }
        }
        while (twoLines && size > 9 && balancedBreak(measured, size, room) < 0) {
            size -= 0.5;
        }
        // Fewer entries than were measured may fit on one line in that type.
        twoLines = legendWidth(entries, size) > room;
        FontSpec font = new FontSpec(size * s, false, false);
        double lineHeight = 20 * s;
        double y = top + (twoLines ? 11 * s : 20 * s);
        double box = size * 8 / 7 * s;
        double x = left;
        int secondLine = twoLines ? balancedBreak(entries, size, room) : entries.size();
        for (int e = 0; e < entries.size(); e++) {
            LegendEntry entry = entries.get(e);
            double swatchWidth = entry.swatch().width(box);
            double width = swatchWidth + 8 * s + surface.textWidth(entry.text(), font);
            if (e == secondLine || secondLine < 0 && x > left && x + width > left + room) {
                x = left;
                y += lineHeight;
            }
            swatch(entry.swatch(), x, y - box / 2, box);
            surface.text(entry.text(), x + swatchWidth + 8 * s, y, font, palette.text(), Align.LEFT);
            x += width + 22 * s;
        }
    }

    /**
     * Where a legend on two lines starts its second: the split with the shorter longer line, so no
     * entry ("done") is left alone under a full line; -1 when no split fits two lines (each entry
     * then goes where there is room).
     */
    private int balancedBreak(List<LegendEntry> entries, double size, double room) {
        int best = -1;
        double bestWidth = Double.MAX_VALUE;
        for (int k = 1; k < entries.size(); k++) {
            double longer = Math.max(legendWidth(entries.subList(0, k), size), legendWidth(entries.subList(k, entries.size()), size));
            if (longer <= room && longer < bestWidth) {
                best = k;
                bestWidth = longer;
            }
        }
        return best;
    }

    private double legendWidth(List<LegendEntry> entries, double size) {
        FontSpec font = new FontSpec(size * s, false, false);
        double width = 0;
        for (LegendEntry entry : entries) {
            width += entry.swatch().width(size * 8 / 7 * s) + 8 * s + surface.textWidth(entry.text(), font) + 22 * s;
        }
        return width - 22 * s;
    }

    private void swatch(Swatch swatch, double x, double y, double size) {
        switch (swatch) {
            case SLEEP -> {
                surface.fillRect(x, y, size, size, palette.sleep());
                sleepEdge(x, size, y, size);
            }
            // main starting goroutines is drawn in main's colour, as its calls are.
            case CALL, GO -> surface.fillRect(x, y, size, size, palette.call());
            case LOCK_HELD, APPEND -> {
                int colour = swatch == Swatch.LOCK_HELD ? palette.lockHeld() : palette.append();
                surface.fillRect(x, y, size, size, colour);
                surface.strokeRect(x, y, size, size, Palette.tint(colour, -0.45), 1.5 * s);
            }
            case LOCK_WAIT, WG_WAIT -> {
                int colour = swatch == Swatch.LOCK_WAIT ? palette.lockWait() : palette.wgWait();
                surface.fillRect(x, y, size, size, Palette.tint(colour, 0.55));
                surface.hatchRect(x, y, size, size, colour, 5 * s, 1.5 * s);
                surface.strokeRect(x, y, size, size, edgeOf(colour), 1.5 * s);
            }
            case LOST -> {
                surface.line(x + 2 * s, y + 2 * s, x + size - 2 * s, y + size - 2 * s, palette.lost(), 3 * s, false);
                surface.line(x + 2 * s, y + size - 2 * s, x + size - 2 * s, y + 2 * s, palette.lost(), 3 * s, false);
            }
            case DONE -> {
                // A tick drawn in two strokes, in the lanes' tick colour, then the lanes' line.
                double tick = size * 0.7;
                double top = y + (size - tick) / 2;
                surface.line(x + 1 * s, top + tick * 0.55, x + tick * 0.4, top + tick, palette.mutedText(), 2.5 * s, false);
                surface.line(x + tick * 0.4, top + tick, x + tick, top, palette.mutedText(), 2.5 * s, false);
                surface.line(x + tick + 3 * s, y + size / 2, x + Swatch.DONE.width(size), y + size / 2, palette.done(), 3 * s,
                        false);
            }
            case RETURNED -> surface.line(x, y + size / 2, x + size, y + size / 2, palette.done(), 3 * s, false);
            case KILLED, FATAL -> surface.line(x + size / 2, y - 2 * s, x + size / 2, y + size + 2 * s, palette.lost(), 3 * s,
                    false);
            default -> {
            }
        }
    }

    /**
     * Whether a finished lane's bars, {@code height} high at {@code scale}, end with a tick: thinner ones (many
     * calls, the comparison's rows) have the line alone, and so has the legend's "done" then.
     */
    private static boolean ticked(double height, double scale) {
        return height >= 12 * scale;
    }

    /** Whether the lanes of {@code layout} end their finished calls with a tick (see {@link #ticked(double, double)}). */
    public static boolean ticked(TimelineLayout layout) {
        return ticked(layout.barHeight(), layout.scale());
    }

    /** Whether the rows of {@code layout} are tall enough for their bars' labels ("id3 · 1929 ms", "300"). */
    public static boolean barsAreLabelled(TimelineLayout layout) {
        return labelFits(layout.barHeight(), layout.scale());
    }

    /** Whether a bar {@code height} high, at {@code scale}, has room for a label in legible type. */
    private static boolean labelFits(double height, double scale) {
        return height >= LABELLED_BAR * scale && barFontSize(height, scale) >= LEGIBLE;
    }

    private static FontSpec laneFont(double scale) {
        return new FontSpec(15 * scale, true, true);
    }

    /** A bar's number: as large as the bar leaves room for, up to the lanes' names' size. */
    private FontSpec barFont(double barHeight) {
        return new FontSpec(barFontSize(barHeight, s), false, false);
    }

    private static double barFontSize(double barHeight, double scale) {
        return Math.min(16 * scale, barHeight * 0.68);
    }

    private FontSpec playheadFont() {
        return new FontSpec(13 * s, true, false);
    }

    /** Whole milliseconds, as the bars and the playhead show them: {@code 1234 ms}, {@code 12,000 ms}. */
    private String millis(long micros) {
        return number(micros) + " ms";
    }

    /**
     * A bar's milliseconds without their unit, for a bar too narrow for "300 ms" in its type (the axis
     * says ms): up to four digits as they are, longer grouped, as the texts and the clocks write them.
     */
    private String number(long micros) {
        return Texts.figure(micros / 1_000, labels.grouping());
    }
}
