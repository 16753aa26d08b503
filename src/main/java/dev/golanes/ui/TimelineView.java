package dev.golanes.ui;

import dev.golanes.i18n.Texts;
import dev.golanes.playback.PlaybackModel;
import dev.golanes.playback.SegmentInfo;
import dev.golanes.playback.Session;
import dev.golanes.playback.TimelineViewport;
import dev.golanes.render.CanvasSurface;
import dev.golanes.render.FigureLabels;
import dev.golanes.render.FigureSpec;
import dev.golanes.render.Palette;
import dev.golanes.render.TimeWindow;
import dev.golanes.render.TimelineLayout;
import dev.golanes.render.TimelinePainter;
import dev.golanes.trace.TotalRule;
import dev.golanes.trace.Trace;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * The timeline: one canvas that the {@link TimelinePainter} redraws whenever the time, the run, the
 * view, the size or the theme changes; scroll bars for calls that do not fit and for a zoomed-in
 * time axis. Its colours are CSS properties ({@code -gl-sleep} and friends), which the theme sets
 * from its {@code -lane-*} variables.
 *
 * <p>Mouse: click a lane to select it, hover a bar for its times, wheel to scroll the lanes,
 * Ctrl+wheel to zoom in time around the pointer, Shift+wheel to move along the time axis.
 */
public final class TimelineView extends Region {
    /** How much larger the figure is drawn in presentation mode, as the stylesheet enlarges the text. */
    static final double PRESENTATION_SCALE = 1.4;

    private static final StyleablePropertyFactory<TimelineView> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    /** How many colour properties have been made: each one's CSS accessor finds it by this index in {@link #colours}. */
    private int colourCount;
    private final StyleableProperty<Color> background = colour("background", "-gl-background", Color.WHITE);
    private final StyleableProperty<Color> zebra = colour("zebra", "-gl-zebra", Color.web("#F3F5F8"));
    private final StyleableProperty<Color> grid = colour("grid", "-gl-grid", Color.web("#D5DAE1"));
    private final StyleableProperty<Color> text = colour("text", "-gl-text", Color.web("#1B1F24"));
    private final StyleableProperty<Color> mutedText = colour("mutedText", "-gl-muted-text", Color.web("#57606A"));
    private final StyleableProperty<Color> sleep = colour("sleep", "-gl-sleep", Color.web("#56B4E9"));
    private final StyleableProperty<Color> lockWait = colour("lockWait", "-gl-lock-wait", Color.web("#E69F00"));
    private final StyleableProperty<Color> lockHeld = colour("lockHeld", "-gl-lock-held", Color.web("#D55E00"));
    private final StyleableProperty<Color> wgWait = colour("wgWait", "-gl-wg-wait", Color.web("#CC79A7"));
    private final StyleableProperty<Color> call = colour("call", "-gl-call", Color.web("#67738A"));
    private final StyleableProperty<Color> done = colour("done", "-gl-done", Color.web("#838C97"));
    private final StyleableProperty<Color> playhead = colour("playhead", "-gl-playhead", Color.web("#1B1F24"));
    private final StyleableProperty<Color> accent = colour("accent", "-gl-accent", Color.web("#0072B2"));
    private final StyleableProperty<Color> append = colour("append", "-gl-append", Color.web("#009E73"));
    private final StyleableProperty<Color> lost = colour("lost", "-gl-lost", Color.web("#B3261E"));
    private final List<StyleableProperty<Color>> colours = List.of(background, zebra, grid, text, mutedText, sleep,
            lockWait, lockHeld, wgWait, call, done, playhead, accent, append, lost);

    private final Canvas canvas = new Canvas();
    private final ScrollBar lanes = new ScrollBar();
    private final ScrollBar time = new ScrollBar();
    private final CanvasSurface surface = new CanvasSurface(canvas.getGraphicsContext2D());
    private final Tooltip tip = new Tooltip();
    private final ReadOnlyBooleanWrapper needsOverview = new ReadOnlyBooleanWrapper(this, "needsOverview");
    private Session session;
    private Palette palette = Palette.LIGHT;
    private TimelineLayout layout;
    private boolean syncing;
    /** Whether the run on screen was at its end when last drawn (see {@link #showTheDecidingCall}). */
    private boolean atTheEnd;
    /** The overview under the lanes, whose room is theirs when it goes (null until bound). */
    private Region overview;
    /** Shown while the focus came by the keyboard (Tab): see the constructor. */
    private final Region focusRing = new Region();
    /** The figure's words for the run and language on screen: worked out once, not at every frame. */
    private TimelinePainter.Labels labels;
    private Trace labelledTrace;
    private Texts labelledTexts;

    public TimelineView() {
        getStyleClass().add("timeline");
        lanes.setOrientation(Orientation.VERTICAL);
        lanes.setMin(1);
        lanes.setUnitIncrement(1);
        time.setOrientation(Orientation.HORIZONTAL);
        time.setMin(0);
        // Reached with Tab, the timeline shows it has the keys: a ring over the canvas, which would hide a border.
        focusRing.getStyleClass().add("timeline-focus");
        focusRing.setMouseTransparent(true);
        focusRing.setManaged(false);
        focusRing.visibleProperty().bind(focusVisibleProperty());
        getChildren().addAll(canvas, lanes, time, focusRing);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> {
            if (scrubbingTheAxis) {
                seekTo(event);
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, event -> scrubbingTheAxis = false);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        addEventHandler(MouseEvent.MOUSE_EXITED, event -> tip.hide());
        for (StyleableProperty<Color> each : colours) {
            ((Observable) each).addListener(obs -> paletteChanged());
        }
        tip.setShowDelay(Duration.ZERO);
        tip.getStyleClass().add("timeline-tip");
        setMinWidth(200);
        // The timeline holds the focus so the keys work; clicking it takes the focus back from a field.
        setFocusTraversable(true);
        // Drawn, not text: a screen reader reads what an exported picture of the moment would say.
        setAccessibleRole(AccessibleRole.TEXT);
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT && session != null && session.playback().index() != null) {
            return FigureLabels.spoken(session.texts(), session.playback().index().trace(), session.playback().moment());
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    /** Shows the session's run, at its playback time, in its view and language. */
    public void bind(Session bound) {
        this.session = bound;
        PlaybackModel playback = bound.playback();
        TimelineViewport viewport = bound.viewport();
        Listen.onChange(this, this::redraw, playback.momentProperty(), bound.textsProperty(),
                bound.selectedLaneProperty(), viewport.windowProperty(), viewport.firstCallProperty(),
                bound.presentingProperty(), bound.presentingZoomProperty(), playback.horizonProperty());
        // Presenting, the least height grows with the type; zoomed in, by the time's scroll bar (see
        // computeMinHeight): laid out again when either changes, not at each step of a zoom or a pan.
        Listen.onChange(this, this::requestLayout, bound.presentingProperty(), bound.presentingZoomProperty());
        // A screen reader hears of a step, a seek or a pause, not of every frame while the run plays
        // (or while a real run goes live): it hears again when that ends.
        Listen.onChange(this, () -> {
            if (!playback.isPlaying() && !playback.isLive()) {
                notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
            }
        }, playback.momentProperty(), playback.playingProperty(), playback.liveProperty(), bound.textsProperty());
        Listen.onChange(this, () -> {
            if (viewport.isZoomed() != laidOutZoomed) {
                laidOutZoomed = viewport.isZoomed();
                requestLayout();
            }
        }, viewport.windowProperty());
        Listen.onChange(this, this::showTheStepsCalls, playback.stepsProperty());
        // After the redraw above, so the layout is the end's, with the note's room. A view built again (in
        // another language) at the end does not scroll again.
        atTheEnd = playback.moment() != null && playback.moment().finished();
        Listen.onChange(this, () -> {
            boolean end = playback.moment().finished();
            if (end && !atTheEnd) {
                showTheDecidingCall();
            }
            atTheEnd = end;
        }, playback.momentProperty());
        lanes.valueProperty().addListener((obs, old, value) -> {
            if (!syncing) {
                viewport.firstCallProperty().set((int) Math.round(value.doubleValue()));
            }
        });
        time.valueProperty().addListener((obs, old, value) -> {
            if (!syncing) {
                TimeWindow w = viewport.window();
                viewport.centreOn(value.longValue() + w.length() / 2);
            }
        });
        redraw();
    }

    /**
     * The note at the end names the call that decided the total ("the last m.Unlock(), by id7"). With
     * calls that scroll, that call's row was often out of view (presenting ten calls, id7 of them), and
     * the note pointed at nothing a class could see: as the run reaches its end, the calls scroll to
     * show it, as the last row in view. Only then: a call scrolled to afterwards stays in view.
     */
    private void showTheDecidingCall() {
        // A view replaced (the window built again in another language) listens until it is collected.
        if (getScene() == null || layout == null || session.playback().index() == null) {
            return;
        }
        Trace trace = session.playback().index().trace();
        TotalRule rule = TotalRule.of(trace);
        // The longest sleep's note and the last Unlock's name the call that decided the total; the race's counts
        // the ids lost (Unlock without Lock's names a call too, but its rule has none: lane 0). Equal sleeps that
        // ended together (--delay 2000) decide the total together: the note names none.
        boolean named = rule.kind() == TotalRule.Kind.LONGEST_SLEEP || rule.kind() == TotalRule.Kind.LAST_UNLOCK;
        if (!named || rule.lane() < 1 || layout.isVisible(rule.lane()) || TotalRule.tiedSpans(trace, rule).length > 1) {
            return;
        }
        session.viewport().firstCallProperty().set(Math.max(1, rule.lane() - layout.visibleCalls() + 1));
    }

    /** Whether only part of the run is in view (zoomed in, or calls scrolled), so an overview helps. */
    public ReadOnlyBooleanProperty needsOverviewProperty() {
        return needsOverview.getReadOnlyProperty();
    }

    /** The geometry last drawn, for hit tests; null before the first draw. */
    public TimelineLayout layoutUsed() {
        return layout;
    }

    @Override
    protected void layoutChildren() {
        redraw();
        focusRing.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    /**
     * Room for main's row and two calls' rows over the note and the legend: a divider dragged up to
     * give the console more room stops there. It left the lanes no row at all, only main's row with
     * the note and the legend under it.
     */
    /** Whether the press that is going on began on the time axis (see {@link #pressed}). */
    private boolean scrubbingTheAxis;
    /** Whether the view was zoomed in when its least height last changed. */
    private boolean laidOutZoomed;

    /** The figure's scale: larger presenting, and larger still on a screen larger than 1280 x 720. */
    private double scale() {
        // Not presenting, the zoom is 1, or less in a window too small for the usual layout (see PresentingZoom.usual).
        return (session.presentingProperty().get() ? PRESENTATION_SCALE : 1) * session.presentingZoomProperty().get();
    }

    @Override
    protected double computeMinHeight(double width) {
        double scale = session != null ? scale() : 1;
        // Zoomed, the time's scroll bar takes its height under the lanes too.
        double timeBar = session != null && session.viewport().isZoomed() ? time.prefHeight(-1) : 0;
        return snappedTopInset() + snappedBottomInset() + TimelineLayout.leastWindowHeight(scale) + timeBar;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }

    private void redraw() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        if (session == null || session.playback().index() == null || width <= 0 || height <= 0) {
            return;
        }
        Trace trace = session.playback().index().trace();
        TimelineViewport viewport = session.viewport();
        double scale = scale();
        double gutter = TimelinePainter.gutterWidth(surface, trace.laneCount(), scale);
        boolean zoomed = viewport.isZoomed();
        double timeBar = zoomed ? time.prefHeight(-1) : 0;
        // The note on the total comes at the end (or where a real run was stopped); until then, calls that
        // scroll get its room for more rows.
        boolean going = session.playback().isLive() || session.playback().time() < trace.endMicros();
        boolean noteRoom = session.playback().moment().finished() || TimelinePainter.stoppedAt(trace, session.playback().moment(), going);
        TimelineLayout probe = new TimelineLayout(FigureSpec.window(width, height - timeBar, scale), trace.laneCount(),
                viewport.window(), viewport.firstCallProperty().get(), gutter, noteRoom);
        double laneBar = probe.scrollsWithNote() ? lanes.prefWidth(-1) : 0;
        layout = laneBar == 0 ? probe : new TimelineLayout(FigureSpec.window(width - laneBar, height - timeBar, scale),
                trace.laneCount(), viewport.window(), viewport.firstCallProperty().get(), gutter, noteRoom);
        syncScrollBars(viewport, laneBar, timeBar, width, height);
        needsOverview.set(zoomed || layout.scrollsWithNote() && scrollsWithoutTheOverview(trace, width, height - timeBar, scale,
                gutter, noteRoom));
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        canvas.setWidth(width - laneBar);
        canvas.setHeight(height - timeBar);
        if (trace != labelledTrace || session.texts() != labelledTexts) {
            labels = FigureLabels.of(session.texts(), trace);
            labelledTrace = trace;
            labelledTexts = session.texts();
        }
        // Before the end, the legend names what the program shows, not what this run will do (going, above).
        TimelinePainter.paint(surface, layout, new TimelinePainter.Frame(trace, session.playback().moment(), palette,
                labels, session.selectedLaneProperty().get(), going));
    }

    /**
     * Whether the calls would scroll were the overview under the lanes gone and its room theirs. Once
     * shown, it kept them scrolling: F5, laid out small for a moment on its way to the full screen,
     * showed Race in Indonesian with four of its five calls, and the overview of five.
     */
    private boolean scrollsWithoutTheOverview(Trace trace, double width, double height, double scale, double gutter,
                                              boolean noteRoom) {
        // At its least height the timeline is held up by the least heights below it, the overview's among
        // them: without the overview the divider goes back to its place, and the room is the console's,
        // not the lanes'. Hidden on that promise, the overview came back at the next frame, and again.
        if (overview == null || !overview.isManaged() || getHeight() <= minHeight(getWidth()) + 0.5) {
            return true;
        }
        double freed = overview.getHeight() + (getParent() instanceof VBox box ? box.getSpacing() : 0);
        return new TimelineLayout(FigureSpec.window(width, height + freed, scale), trace.laneCount(),
                session.viewport().window(), session.viewport().firstCallProperty().get(), gutter, noteRoom).scrollsWithNote();
    }

    /** The overview of the calls under the lanes, shown while they scroll (see {@link #needsOverviewProperty}). */
    void overviewBelow(Region below) {
        this.overview = below;
    }

    private void syncScrollBars(TimelineViewport viewport, double laneBar, double timeBar, double width, double height) {
        syncing = true;
        try {
            lanes.setVisible(laneBar > 0);
            lanes.setMax(layout.maxFirstCall());
            lanes.setVisibleAmount(Math.max(1, layout.visibleCalls()));
            lanes.setBlockIncrement(Math.max(1, layout.visibleCalls() - 1));
            lanes.setValue(layout.firstCall());
            lanes.resizeRelocate(snappedLeftInset() + width - laneBar, snappedTopInset() + layout.callsTop(), laneBar,
                    Math.max(0, layout.rowsBottom() - layout.callsTop()));
            TimeWindow w = viewport.window();
            time.setVisible(timeBar > 0);
            time.setMax(Math.max(0, viewport.span() - w.length()));
            time.setVisibleAmount(w.length());
            time.setBlockIncrement(w.length() * 0.9);
            time.setUnitIncrement(w.length() * 0.1);
            time.setValue(w.start());
            time.resizeRelocate(snappedLeftInset() + layout.left(), snappedTopInset() + height - timeBar,
                    Math.max(0, layout.right() - layout.left()), timeBar);
        } finally {
            syncing = false;
        }
    }

    private void scrolled(ScrollEvent event) {
        if (layout == null || session == null) {
            return;
        }
        TimelineViewport viewport = session.viewport();
        if (event.isControlDown() || event.isShortcutDown()) {
            long pivot = layout.timeAt(event.getX() - snappedLeftInset());
            if (event.getDeltaY() > 0) {
                viewport.zoomIn(pivot);
            } else if (event.getDeltaY() < 0) {
                viewport.zoomOut(pivot);
            }
        } else if (event.isShiftDown() || Math.abs(event.getDeltaX()) > Math.abs(event.getDeltaY())) {
            double delta = event.getDeltaX() != 0 ? event.getDeltaX() : event.getDeltaY();
            viewport.pan(-Math.signum(delta) * 0.1);
        } else if (layout.scrolls()) {
            double rows = -event.getDeltaY() / Math.max(1, layout.laneHeight());
            scrollLanes(rows == 0 ? 0 : (int) Math.signum(rows) * (int) Math.max(1, Math.round(Math.abs(rows))));
        } else {
            return;
        }
        // What the tip described has moved from under the pointer; the next move shows what is there now.
        tip.hide();
        event.consume();
    }

    /**
     * Presenting, a step to an instant where only calls out of view act brings one of them into view:
     * ten calls on a 1024 x 768 projector show five, and a clicker sends no Up or Down to scroll them.
     * The nearest such call comes to the middle of the lanes in view; when one that acts is in view
     * already, nothing moves. Not presenting, the lanes stay where the user put them.
     */
    private void showTheStepsCalls() {
        // A view replaced (the window built again in another language) listens until it is collected: not its steps.
        if (getScene() == null || layout == null || session == null || !layout.scrolls() || !session.presentingProperty().get()
                || session.playback().index() == null) {
            return;
        }
        int first = session.viewport().firstCallProperty().get();
        int last = first + layout.visibleCalls() - 1;
        int nearest = -1;
        for (int call : session.playback().index().callsActingAt(session.playback().time())) {
            if (call >= first && call <= last) {
                return;
            }
            if (nearest < 0 || outOfView(call, first, last) < outOfView(nearest, first, last)) {
                nearest = call;
            }
        }
        if (nearest > 0) {
            session.viewport().firstCallProperty().set(Math.max(1, Math.min(layout.maxFirstCall(),
                    nearest - (layout.visibleCalls() - 1) / 2)));
        }
    }

    /** How many rows {@code call} is from the calls in view, {@code first} to {@code last}. */
    private static int outOfView(int call, int first, int last) {
        return call < first ? first - call : call - last;
    }

    /**
     * Scrolls the lanes by {@code rows} calls (the wheel, and the Up and Down keys); returns false, doing
     * nothing, when every lane is in view.
     */
    boolean scrollLanes(int rows) {
        if (layout == null || session == null || !layout.scrolls()) {
            return false;
        }
        session.viewport().firstCallProperty().set(Math.max(1, Math.min(layout.maxFirstCall(), layout.firstCall() + rows)));
        tip.hide();
        return true;
    }

    private void pressed(MouseEvent event) {
        requestFocus();
        // The time axis is a ruler: a click there (or a drag along it) moves the playhead, as the scrubber does.
        scrubbingTheAxis = layout != null && session != null && onTheAxis(event);
        if (scrubbingTheAxis) {
            seekTo(event);
            return;
        }
        if (layout != null && session != null && event.getX() < layout.right() + 20) {
            int lane = layout.laneAt(event.getY() - snappedTopInset());
            session.selectLane(lane == session.selectedLaneProperty().get() ? -1 : lane);
        }
    }

    /** Whether the pointer is over the time axis, between the run's start and the right edge. */
    private boolean onTheAxis(MouseEvent event) {
        double x = event.getX() - snappedLeftInset();
        double y = event.getY() - snappedTopInset();
        return y >= layout.axisTop() && y < layout.lanesTop() && x >= layout.left() && x <= layout.right();
    }

    private void seekTo(MouseEvent event) {
        double x = Math.max(layout.left(), Math.min(layout.right(), event.getX() - snappedLeftInset()));
        session.playback().seek(layout.timeAt(x));
    }

    private void hovered(MouseEvent event) {
        if (layout == null || session == null || session.playback().index() == null) {
            return;
        }
        setCursor(onTheAxis(event) && !session.playback().isLive() ? Cursor.HAND : null);
        double x = event.getX() - snappedLeftInset();
        int lane = layout.laneAt(event.getY() - snappedTopInset());
        String description = x < layout.left() || x > layout.right() ? null
                : SegmentInfo.describe(session.texts(), session.playback().index().trace(), lane, layout.timeAt(x),
                        session.playback().time());
        if (description == null) {
            tip.hide();
        } else {
            tip.setText(description);
            tip.show(this, event.getScreenX() + 14, event.getScreenY() + 18);
        }
    }

    private void paletteChanged() {
        palette = new Palette(argb(background), argb(zebra), argb(grid), argb(text), argb(mutedText), argb(sleep),
                argb(lockWait), argb(lockHeld), argb(wgWait), argb(call), argb(done), argb(playhead), argb(accent),
                argb(append), argb(lost));
        redraw();
    }

    /** The colours the timeline is drawn with now, from the theme: exports use the same. */
    public Palette palette() {
        return palette;
    }

    private static int argb(StyleableProperty<Color> property) {
        Color c = property.getValue();
        return ((int) Math.round(c.getOpacity() * 255) << 24) | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }

    private StyleableProperty<Color> colour(String name, String cssName, Color initial) {
        int index = colourCount++;
        return CSS.createStyleableColorProperty(this, name, cssName, view -> view.colours.get(index), initial);
    }
}
