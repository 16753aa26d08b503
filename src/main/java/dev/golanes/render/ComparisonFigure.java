package dev.golanes.render;

import dev.golanes.engine.Comparison;
import dev.golanes.i18n.Texts;
import dev.golanes.render.Surface.Align;
import dev.golanes.render.Surface.FontSpec;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.GoDuration;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * The Compare window as a picture for a slide: a title row, the four programs stacked on one time
 * axis (each timeline drawn by the one {@link TimelinePainter}, in the window's type), and the table
 * that explains their totals. At a moment before a program ends, its row waits behind "…", as the
 * window's does.
 */
public final class ComparisonFigure {
    /** The least width: the names' column, and a timeline wide enough for its axis. */
    public static final int MIN_WIDTH = 640;
    /** The least height: a title, four programs of six lanes each, and the table. */
    public static final int MIN_HEIGHT = 480;
    private static final double TITLE_HEIGHT = 44;
    private static final double NAME_WIDTH = 150;
    /** The timelines' type, the Compare window's. */
    private static final double TIMELINE_SCALE = 0.85;
    private static final double HEADING_HEIGHT = 24;
    private static final double ROW_HEIGHT = 26;
    private static final double MARGIN = 16;
    private static final double COLUMN_GAP = 24;
    /** The legend's band: room for two lines of entries (the Compare window's too). */
    public static final double LEGEND_HEIGHT = 42;
    /** A program this tall keeps its name, total and "id1–idN of M calls" apart: below it, no legend. */
    private static final double ROOMY_PROGRAM = 80;
    /** A program at least this tall has room for "id1–id10 of 1000 calls" on two lines under its name and total. */
    private static final double SHOWN_ON_TWO_LINES = 78;

    private ComparisonFigure() {
    }

    /** "Same seed 42, 5 calls, 2000 ms each, hold 300 ms": what the four programs share. */
    public static String title(Texts t, Scenario scenario) {
        return t.format("compare.title", Long.toString(scenario.seed()), t.calls(scenario.calls()),
                FigureLabels.delays(t, scenario), scenario.holdMs());
    }

    /**
     * Draws the comparison as it stands {@code atMicros} after the start (clamped to each program's
     * end), {@code width} x {@code height} figure pixels, everything {@code zoom} times its usual size.
     */
    public static void paint(Surface target, double width, double height, double zoom, Comparison comparison,
                             long atMicros, Palette palette, Texts t) {
        paint(TransformedSurface.zoomed(target, zoom), width / zoom, height / zoom, comparison, atMicros, palette, t);
    }

    /** Draws the comparison as it stands {@code atMicros} after the start (clamped to each program's end). */
    public static void paint(Surface surface, double width, double height, Comparison comparison, long atMicros,
                             Palette palette, Texts t) {
        surface.fillRect(0, 0, width, height, palette.background());
        titleRow(surface, width, comparison, palette, t);
        List<Comparison.Row> rows = comparison.rows(t);
        int programs = comparison.traces().size();
        Geometry geometry = Geometry.of(surface, width, height, comparison, rows, t);
        Table table = geometry.table();
        double tableTop = geometry.tableTop();
        boolean legend = geometry.legend();
        double panelHeight = geometry.panelHeight();
        TimeWindow window = TimeWindow.whole(comparison.axisEndMicros());
        boolean ticked = true;
        for (int k = 0; k < programs; k++) {
            double top = TITLE_HEIGHT + k * panelHeight;
            ticked &= TimelinePainter.ticked(program(surface, width, top, panelHeight, comparison, k, window, atMicros, palette, t));
            surface.line(0, top + panelHeight, width, top + panelHeight, palette.grid(), 1.5, false);
        }
        if (legend) {
            // Before the last program ends, what the programs show, as the window's legend says then:
            // what they did by their end would tell the class whether the race loses anything.
            boolean going = !comparison.allEndedAt(atMicros);
            TimelinePainter.paintLegend(surface, MARGIN, TITLE_HEIGHT + programs * panelHeight, width - 2 * MARGIN, 1,
                    comparison.traces(), going, ticked, palette, FigureLabels.of(t, comparison.traces().get(0)));
        }
        table(surface, width, tableTop, height, table, rows, comparison, atMicros, palette, t);
    }

    /**
     * How many calls each program's timeline has a row for at this size (and {@code zoom}, as
     * {@link #paint(Surface, double, double, double, Comparison, long, Palette, Texts)} takes it):
     * every call, or the first of them, the others scrolled out. {@code measure} measures text as the
     * picture's surface does.
     */
    public static int callsShown(Surface measure, double width, double height, double zoom, Comparison comparison, Texts t) {
        return callsShown(measure, width, height, zoom, comparison, comparison.rows(t), t);
    }

    /** {@link #callsShown(Surface, double, double, double, Comparison, Texts)} with the table's rows made once. */
    public static int callsShown(Surface measure, double width, double height, double zoom, Comparison comparison,
                                 List<Comparison.Row> rows, Texts t) {
        Geometry geometry = Geometry.of(measure, width / zoom, height / zoom, comparison, rows, t);
        int lanes = comparison.traces().get(0).laneCount();
        TimelineLayout layout = new TimelineLayout(new FigureSpec(width / zoom - NAME_WIDTH, geometry.panelHeight(),
                TIMELINE_SCALE, false, false), lanes, TimeWindow.whole(comparison.axisEndMicros()), 1, 0);
        return layout.scrolls() ? layout.visibleCalls() : lanes - 1;
    }

    /** Where the picture's parts go: the table under the programs, the legend if they have room for it. */
    private record Geometry(Table table, double tableTop, boolean legend, double panelHeight) {
        static Geometry of(Surface surface, double width, double height, Comparison comparison, List<Comparison.Row> rows,
                           Texts t) {
            int programs = comparison.traces().size();
            Table table = Table.of(surface, width, rows, t, MOST_WHY_LINES);
            if ((height - TITLE_HEIGHT - tableHeight(table)) / programs < LEAST_PROGRAM) {
                // Whys on more lines would leave the programs no room for a lane (the smallest picture of
                // 1000 calls): on one, cut short, as they were.
                table = Table.of(surface, width, rows, t, 1);
            }
            double tableTop = height - tableHeight(table);
            // A slide has no one to explain the colours: one legend for the four, under them, where the
            // programs keep room enough for it (not at the smallest sizes).
            boolean legend = (tableTop - TITLE_HEIGHT - LEGEND_HEIGHT) / programs >= ROOMY_PROGRAM;
            double lanesBottom = legend ? tableTop - LEGEND_HEIGHT : tableTop;
            return new Geometry(table, tableTop, legend, Math.floor((lanesBottom - TITLE_HEIGHT) / programs));
        }
    }

    private static void titleRow(Surface surface, double width, Comparison comparison, Palette palette, Texts t) {
        String title = "GoLanes · " + title(t, comparison.scenario());
        double room = width - 2 * MARGIN;
        FontSpec font = new FontSpec(20, true, false);
        for (double size = 20; size > 12 && surface.textWidth(title, font) > room; size--) {
            font = new FontSpec(size - 1, true, false);
        }
        surface.text(TimelinePainter.shortened(surface, title, font, room), MARGIN, TITLE_HEIGHT / 2, font, palette.text(), Align.LEFT);
        surface.line(0, TITLE_HEIGHT, width, TITLE_HEIGHT, palette.grid(), 1.5, false);
    }

    /** One program: its name, its total once it has ended, and its timeline on the shared axis. */
    private static TimelineLayout program(Surface surface, double width, double top, double height, Comparison comparison, int k,
                                TimeWindow window, long atMicros, Palette palette, Texts t) {
        Trace trace = comparison.traces().get(k);
        boolean ended = comparison.endedAt(trace.scenario().mode(), atMicros);
        surface.text(t.format("mode." + trace.scenario().mode().id()), MARGIN, top + 20, new FontSpec(17, true, false),
                palette.text(), Align.LEFT);
        if (ended) {
            surface.text(t.duration(GoDuration.ofMicros(trace.endMicros())), MARGIN, top + 42, new FontSpec(16, true, true),
                    palette.text(), Align.LEFT);
        }
        Surface shifted = TransformedSurface.shifted(surface, NAME_WIDTH, top);
        double timelineWidth = width - NAME_WIDTH;
        double gutter = TimelinePainter.gutterWidth(shifted, trace.laneCount(), TIMELINE_SCALE);
        TimelineLayout layout = new TimelineLayout(new FigureSpec(timelineWidth, height, TIMELINE_SCALE, false, false),
                trace.laneCount(), window, 1, gutter);
        surface.pushClip(NAME_WIDTH, top, timelineWidth, height);
        TimelinePainter.paint(shifted, layout, new TimelinePainter.Frame(trace, new TraceIndex(trace).at(atMicros), palette,
                FigureLabels.of(t, trace), -1));
        surface.popClip();
        if (layout.scrolls()) {
            String shown = t.format("compare.shown", Scenario.callId(layout.firstCall()),
                    Scenario.callId(layout.firstCall() + layout.visibleCalls() - 1), trace.laneCount() - 1);
            FontSpec font = new FontSpec(12, false, false);
            double room = NAME_WIDTH - MARGIN - 4;
            // On two lines where it does not fit one and the program has the room, as the window wraps
            // it ("id1–id10 of 1000 c…" lost the word that says what the numbers are).
            int cut = shown.lastIndexOf(' ');
            while (cut > 0 && surface.textWidth(shown.substring(0, cut), font) > room) {
                cut = shown.lastIndexOf(' ', cut - 1);
            }
            if (surface.textWidth(shown, font) <= room || cut <= 0 || height < SHOWN_ON_TWO_LINES) {
                surface.text(TimelinePainter.shortened(surface, shown, font, room), MARGIN, top + 58, font, palette.mutedText(),
                        Align.LEFT);
            } else {
                surface.text(shown.substring(0, cut), MARGIN, top + 58, font, palette.mutedText(), Align.LEFT);
                surface.text(TimelinePainter.shortened(surface, shown.substring(cut + 1), font, room), MARGIN, top + 71, font,
                        palette.mutedText(), Align.LEFT);
            }
        }
        return layout;
    }

    /** The most lines a row's "why" takes, where one is too short. */
    private static final int MOST_WHY_LINES = 3;
    /** A program at least this tall keeps its name, total, "id1–idN of M calls" and a lane. */
    private static final double LEAST_PROGRAM = 70;

    private static double tableHeight(Table table) {
        return MARGIN / 2 + HEADING_HEIGHT + table.rowsHeight() + MARGIN / 2;
    }

    private static final FontSpec HEADING = new FontSpec(13, true, false);
    private static final FontSpec NAME = new FontSpec(15, true, false);
    private static final FontSpec TOTAL = new FontSpec(15, true, true);
    private static final FontSpec WHY = new FontSpec(15, false, false);
    private static final FontSpec RESULTS = new FontSpec(14, false, true);
    /** A "why" of more lines than one: each this far under the one before. */
    private static final double WHY_LINE = 19;

    /**
     * The table's columns and each row's "why" in lines: one, or more where one is too short (Indonesian
     * at 960 x 540 cut the mutex's and the race's). Laid out for the end, so the programs above keep
     * their height as the rows fill in.
     */
    private record Table(double nameX, double totalX, double whyX, double resultsX, double resultsWidth,
                         List<List<String>> whyLines) {
        static Table of(Surface surface, double width, List<Comparison.Row> rows, Texts t, int mostLines) {
            String[] headings = headings(t);
            double nameWidth = surface.textWidth(headings[0], HEADING);
            double totalWidth = surface.textWidth(headings[1], HEADING);
            double resultsWidth = surface.textWidth(headings[3], new FontSpec(HEADING.size(), true, true));
            for (Comparison.Row row : rows) {
                nameWidth = Math.max(nameWidth, surface.textWidth(t.format("mode." + row.mode().id()), NAME));
                totalWidth = Math.max(totalWidth, surface.textWidth(row.total(), TOTAL));
                resultsWidth = Math.max(resultsWidth, surface.textWidth(row.results(), RESULTS));
            }
            resultsWidth = Math.min(resultsWidth, width * 0.35);
            double nameX = MARGIN;
            double totalX = nameX + nameWidth + COLUMN_GAP;
            double whyX = totalX + totalWidth + COLUMN_GAP;
            double resultsX = width - MARGIN - resultsWidth;
            double whyRoom = resultsX - COLUMN_GAP - whyX;
            List<List<String>> lines = new ArrayList<>();
            for (Comparison.Row row : rows) {
                lines.add(lines(surface, row.why(), whyRoom, mostLines));
            }
            return new Table(nameX, totalX, whyX, resultsX, resultsWidth, lines);
        }

        double rowHeight(int row) {
            return ROW_HEIGHT + (whyLines.get(row).size() - 1) * WHY_LINE;
        }

        double rowsHeight() {
            double height = 0;
            for (int row = 0; row < whyLines.size(); row++) {
                height += rowHeight(row);
            }
            return height;
        }
    }

    /** The text on one line if it fits, else broken at spaces onto at most {@code most}, the last cut short if it must be. */
    private static List<String> lines(Surface surface, String text, double room, int most) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (lines.size() < most - 1 && surface.textWidth(rest, WHY) > room) {
            int cut = -1;
            for (int space = rest.indexOf(' '); space > 0; space = rest.indexOf(' ', space + 1)) {
                if (surface.textWidth(rest.substring(0, space), WHY) > room) {
                    break;
                }
                cut = space;
            }
            if (cut < 0) {
                break;
            }
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut + 1);
        }
        lines.add(TimelinePainter.shortened(surface, rest, WHY, room));
        return lines;
    }

    private static String[] headings(Texts t) {
        return new String[] {t.format("compare.program"), t.format("compare.total"), t.format("compare.why"),
            t.format("panel.results")};
    }

    /** The table: program, total, why, results; a program still going has "…" for its total and nothing else. */
    private static void table(Surface surface, double width, double top, double bottom, Table table, List<Comparison.Row> rows,
                              Comparison comparison, long atMicros, Palette palette, Texts t) {
        surface.fillRect(0, top, width, bottom - top, palette.zebra());
        String[] headings = headings(t);
        double y = top + MARGIN / 2 + HEADING_HEIGHT / 2;
        double[] xs = {table.nameX(), table.totalX(), table.whyX(), table.resultsX()};
        for (int c = 0; c < headings.length; c++) {
            // results is the Go program's slice: its name in the code's type.
            FontSpec font = c == 3 ? new FontSpec(HEADING.size(), true, true) : HEADING;
            surface.text(headings[c], xs[c], y, font, palette.mutedText(), Align.LEFT);
        }
        y += HEADING_HEIGHT / 2 + ROW_HEIGHT / 2;
        for (int r = 0; r < rows.size(); r++) {
            Comparison.Row row = rows.get(r);
            surface.text(t.format("mode." + row.mode().id()), table.nameX(), y, NAME, palette.text(), Align.LEFT);
            if (comparison.endedAt(row.mode(), atMicros)) {
                surface.text(row.total(), table.totalX(), y, TOTAL, palette.text(), Align.LEFT);
                List<String> lines = table.whyLines().get(r);
                for (int line = 0; line < lines.size(); line++) {
                    surface.text(lines.get(line), table.whyX(), y + line * WHY_LINE, WHY, palette.text(), Align.LEFT);
                }
                surface.text(TimelinePainter.shortened(surface, row.results(), RESULTS, table.resultsWidth()), table.resultsX(), y,
                        RESULTS, palette.text(), Align.LEFT);
            } else {
                surface.text(t.format("compare.running"), table.totalX(), y, TOTAL, palette.mutedText(), Align.LEFT);
            }
            y += table.rowHeight(r);
        }
    }
}
