package dev.golanes.render;

/**
 * Where everything of the timeline goes for one figure size and run: the time axis, one row per
 * lane ({@code main} pinned at the top, the calls below it, scrolled when they do not fit), the
 * gutter for lane names and the legend. Pure arithmetic, shared by every surface and by hit tests.
 */
public final class TimelineLayout {
    /** Rows never get thinner than this (unscaled pixels); beyond that the calls scroll. */
    public static final double MIN_LANE = 14;
    /** Rows never get taller than this, so five calls do not become slabs. */
    public static final double MAX_LANE = 96;
    /** The legend's height (unscaled): room for two lines of entries when one is not enough. */
    public static final double LEGEND_HEIGHT = 44;
    /** Above the axis (unscaled). */
    private static final double AXIS_GAP = 4;
    /** The time axis' height (unscaled). */
    private static final double AXIS_HEIGHT = 30;
    /** Between the rows and the note (unscaled). */
    private static final double NOTE_GAP = 6;
    /** The note on the total's height (unscaled): two lines. */
    private static final double NOTE_HEIGHT = 34;

    private final FigureSpec spec;
    private final int laneCount;
    private final TimeWindow window;
    private final double titleHeight;
    private final double axisTop;
    private final double lanesTop;
    private final double lanesBottom;
    private final double legendTop;
    private final double left;
    private final double right;
    private final double laneHeight;
    private final int firstCall;
    private final int visibleCalls;
    private final boolean scrollsWithNote;

    /** A layout showing the whole run, from 0 to {@code spanMicros}. */
    public TimelineLayout(FigureSpec spec, int laneCount, long spanMicros, int firstCall, double gutterWidth) {
        this(spec, laneCount, TimeWindow.whole(spanMicros), firstCall, gutterWidth);
    }

    /**
     * @param laneCount    {@code main} plus the calls
     * @param window       the time the axis covers
     * @param firstCall    the call lane (1-based) wanted at the top of the scrolled area
     * @param gutterWidth  room for the widest lane name, measured by the caller's surface
     */
    public TimelineLayout(FigureSpec spec, int laneCount, TimeWindow window, int firstCall, double gutterWidth) {
        this(spec, laneCount, window, firstCall, gutterWidth, true);
    }

    /**
     * @param noteRoom whether to keep the room under the rows for the note on the total, which is shown
     *                 when the run has finished. Without it, calls that scroll use that room for more rows;
     *                 the rows keep their height and place either way, so when the note comes the last
     *                 rows only give way to it. Calls that all fit keep the room regardless: their rows
     *                 would otherwise grow, then shrink at the end.
     */
    public TimelineLayout(FigureSpec spec, int laneCount, TimeWindow window, int firstCall, double gutterWidth,
                          boolean noteRoom) {
        this.spec = spec;
        this.laneCount = laneCount;
        this.window = window;
        double s = spec.scale();
        this.titleHeight = spec.title() ? 44 * s : 0;
        this.axisTop = titleHeight + AXIS_GAP * s;
        this.lanesTop = axisTop + axisHeight();
        double legendSpace = spec.height() - (spec.legend() ? LEGEND_HEIGHT * s : 0);
        double bottom = legendSpace - noteHeight() - NOTE_GAP * s;
        this.left = gutterWidth;
        this.right = Math.max(left + 10, spec.width() - 28 * s);
        this.laneHeight = Math.max(MIN_LANE * s, Math.min(MAX_LANE * s, Math.max(0, bottom - lanesTop) / laneCount));
        int calls = laneCount - 1;
        this.scrollsWithNote = fittingCalls(bottom) < calls;
        if (scrollsWithNote && !noteRoom) {
            bottom = legendSpace - NOTE_GAP * s;
        }
        this.lanesBottom = bottom;
        this.visibleCalls = Math.max(0, Math.min(calls, fittingCalls(bottom)));
        int maxFirst = Math.max(1, calls - visibleCalls + 1);
        this.firstCall = Math.max(1, Math.min(firstCall, maxFirst));
        // With few lanes the legend sits right under them rather than at the far bottom; with lanes that
        // scroll it stays at the bottom, where it is with the note's room or without it.
        this.legendTop = scrollsWithNote ? legendSpace : Math.min(legendSpace, rowsBottom() + NOTE_GAP * s + noteHeight());
    }

    /** How many call rows of {@link #laneHeight} fit between the top of the lanes and {@code bottom}, under main's row. */
    private int fittingCalls(double bottom) {
        return (int) Math.floor((Math.max(0, bottom - lanesTop) - laneHeight) / laneHeight + 1e-9);
    }

    /** Room under the rows for the note that explains the total. */
    private double noteHeight() {
        return spec.legend() ? NOTE_HEIGHT * spec.scale() : 0;
    }

    /**
     * The least height of a window's timeline at {@code scale}: its axis, main's row and two calls'
     * rows of the least height, the note on the total and the legend.
     */
    public static double leastWindowHeight(double scale) {
        return (AXIS_GAP + AXIS_HEIGHT + 3 * MIN_LANE + NOTE_GAP + NOTE_HEIGHT + LEGEND_HEIGHT) * scale;
    }

    /** Where the note that explains the total goes: just under the rows. */
    public double noteTop() {
        return rowsBottom() + NOTE_GAP * spec.scale();
    }

    public FigureSpec spec() {
        return spec;
    }

    public double scale() {
        return spec.scale();
    }

    public double width() {
        return spec.width();
    }

    public double height() {
        return spec.height();
    }

    public int laneCount() {
        return laneCount;
    }

    /** The time the axis covers. */
    public TimeWindow window() {
        return window;
    }

    public double titleHeight() {
        return titleHeight;
    }

    public double axisTop() {
        return axisTop;
    }

    public double axisHeight() {
        return AXIS_HEIGHT * spec.scale();
    }

    public double lanesTop() {
        return lanesTop;
    }

    public double lanesBottom() {
        return lanesBottom;
    }

    /** Where the call rows start (below the pinned {@code main} row). */
    public double callsTop() {
        return lanesTop + laneHeight;
    }

    /** Where the drawn rows end: the last visible row, or the bottom of the lane area. */
    public double rowsBottom() {
        return Math.min(lanesBottom, callsTop() + visibleCalls * laneHeight);
    }

    public double legendTop() {
        return legendTop;
    }

    /** Where the drawing ends: under the legend, or under the last row without one. */
    public double contentBottom() {
        return spec.legend() ? legendTop + LEGEND_HEIGHT * spec.scale() : rowsBottom() + 6 * spec.scale();
    }

    /** The x of time 0. */
    public double left() {
        return left;
    }

    /** The x of the end of the axis. */
    public double right() {
        return right;
    }

    public double laneHeight() {
        return laneHeight;
    }

    /** The first call lane shown in the scrolled area (1-based). */
    public int firstCall() {
        return firstCall;
    }

    public int visibleCalls() {
        return visibleCalls;
    }

    /** Whether some calls are out of view, so the window needs a scroll bar. */
    public boolean scrolls() {
        return visibleCalls < laneCount - 1;
    }

    /**
     * Whether some calls are out of view once the note on the total has its room: a window keeps its
     * scroll bar and overview from the start of the run to its end, even while every call has a row.
     */
    public boolean scrollsWithNote() {
        return scrollsWithNote;
    }

    /** The largest useful {@link #firstCall()}. */
    public int maxFirstCall() {
        return Math.max(1, laneCount - 1 - visibleCalls + 1);
    }

    public double x(long micros) {
        return left + (right - left) * ((double) (micros - window.start()) / window.length());
    }

    /** The time under x, clamped to the axis. */
    public long timeAt(double x) {
        double fraction = (x - left) / (right - left);
        return window.start() + Math.round(Math.max(0, Math.min(1, fraction)) * window.length());
    }

    public boolean isVisible(int lane) {
        return lane == 0 || (lane >= firstCall && lane < firstCall + visibleCalls);
    }

    /** The top of a lane's row; only meaningful for visible lanes. */
    public double rowTop(int lane) {
        return lane == 0 ? lanesTop : callsTop() + (lane - firstCall) * laneHeight;
    }

    /** The lane whose row is under y, or -1. */
    public int laneAt(double y) {
        if (y >= lanesTop && y < callsTop()) {
            return 0;
        }
        if (y >= callsTop() && y < rowsBottom()) {
            return firstCall + (int) ((y - callsTop()) / laneHeight);
        }
        return -1;
    }

    /** The top of the bar inside a row: bars leave a gap so neighbouring lanes stay apart. */
    public double barTop(int lane) {
        return rowTop(lane) + barInset();
    }

    public double barHeight() {
        return Math.max(1, laneHeight - 2 * barInset());
    }

    private double barInset() {
        return laneHeight < 12 * spec.scale() ? 1 : laneHeight * 0.14;
    }
}
