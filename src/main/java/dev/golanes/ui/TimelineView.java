package dev.golanes.ui;

import dev.golanes.i18n.Texts;
import dev.golanes.playback.PlaybackModel;
import dev.golanes.render.CanvasSurface;
import dev.golanes.render.FigureSpec;
import dev.golanes.render.Palette;
import dev.golanes.render.TimelineLayout;
import dev.golanes.render.TimelinePainter;
import dev.golanes.trace.Moment;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceIndex;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The timeline: one canvas that the {@link TimelinePainter} redraws whenever the time, the run, the
 * size or the theme changes, and a scroll bar for calls that do not fit. Its colours are CSS
 * properties ({@code -gl-sleep} and friends), which the theme sets from its {@code -lane-*} variables.
 */
public final class TimelineView extends Region {
    private static final StyleablePropertyFactory<TimelineView> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableProperty<Color> background = colour("background", "-gl-background", Color.WHITE);
    private final StyleableProperty<Color> zebra = colour("zebra", "-gl-zebra", Color.web("#F3F5F8"));
    private final StyleableProperty<Color> grid = colour("grid", "-gl-grid", Color.web("#D5DAE1"));
    private final StyleableProperty<Color> text = colour("text", "-gl-text", Color.web("#1B1F24"));
    private final StyleableProperty<Color> mutedText = colour("mutedText", "-gl-muted-text", Color.web("#57606A"));
    private final StyleableProperty<Color> sleep = colour("sleep", "-gl-sleep", Color.web("#56B4E9"));
    private final StyleableProperty<Color> lockWait = colour("lockWait", "-gl-lock-wait", Color.web("#E69F00"));
    private final StyleableProperty<Color> lockHeld = colour("lockHeld", "-gl-lock-held", Color.web("#D55E00"));
    private final StyleableProperty<Color> wgWait = colour("wgWait", "-gl-wg-wait", Color.web("#CC79A7"));
    private final StyleableProperty<Color> call = colour("call", "-gl-call", Color.web("#8E9AAF"));
    private final StyleableProperty<Color> done = colour("done", "-gl-done", Color.web("#9AA3AD"));
    private final StyleableProperty<Color> playhead = colour("playhead", "-gl-playhead", Color.web("#1B1F24"));
    private final StyleableProperty<Color> accent = colour("accent", "-gl-accent", Color.web("#009E73"));

    private final Canvas canvas = new Canvas();
    private final ScrollBar scroll = new ScrollBar();
    private final CanvasSurface surface = new CanvasSurface(canvas.getGraphicsContext2D());
    private PlaybackModel model;
    private ObservableValue<Texts> texts;
    private Palette palette = Palette.LIGHT;
    private TimelineLayout layout;

    public TimelineView() {
        getStyleClass().add("timeline");
        scroll.setOrientation(Orientation.VERTICAL);
        scroll.setMin(1);
        scroll.setUnitIncrement(1);
        scroll.valueProperty().addListener(obs -> redraw());
        getChildren().addAll(canvas, scroll);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        for (StyleableProperty<Color> each : List.of(background, zebra, grid, text, mutedText, sleep, lockWait, lockHeld,
                wgWait, call, done, playhead, accent)) {
            ((Observable) each).addListener(obs -> paletteChanged());
        }
        setMinSize(200, 160);
        // The timeline holds the focus so the keys work; clicking it takes the focus back from a field.
        setFocusTraversable(true);
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, event -> requestFocus());
    }

    /** Shows the playback of a session's runs, labelled in the session's language. */
    public void bind(PlaybackModel playback, ObservableValue<Texts> language) {
        this.model = playback;
        this.texts = language;
        playback.momentProperty().addListener(obs -> redraw());
        // A new run starts at the top; a live run's next snapshot leaves the scrolling alone.
        playback.indexProperty().addListener((obs, old, index) -> {
            if (old == null || index == null || !old.trace().scenario().equals(index.trace().scenario())) {
                scroll.setValue(1);
            }
        });
        playback.horizonProperty().addListener(obs -> redraw());
        language.addListener(obs -> redraw());
        redraw();
    }

    /** The geometry last drawn, for hit tests; null before the first draw. */
    public TimelineLayout layoutUsed() {
        return layout;
    }

    @Override
    protected void layoutChildren() {
        redraw();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }

    private void redraw() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        if (model == null || model.index() == null || width <= 0 || height <= 0) {
            return;
        }
        TraceIndex index = model.index();
        Trace trace = index.trace();
        Moment moment = model.moment();
        double gutter = TimelinePainter.gutterWidth(surface, trace.laneCount(), 1);
        long span = Math.max(trace.endMicros(), model.horizon());
        TimelineLayout probe = new TimelineLayout(FigureSpec.window(width, height, 1), trace.laneCount(),
                span, (int) scroll.getValue(), gutter);
        double scrollWidth = probe.scrolls() ? scroll.prefWidth(-1) : 0;
        scroll.setVisible(probe.scrolls());
        layout = scrollWidth == 0 ? probe : new TimelineLayout(FigureSpec.window(width - scrollWidth, height, 1),
                trace.laneCount(), span, (int) scroll.getValue(), gutter);
        scroll.setMax(layout.maxFirstCall());
        scroll.setVisibleAmount(Math.max(1, layout.visibleCalls()));
        scroll.setBlockIncrement(Math.max(1, layout.visibleCalls() - 1));
        scroll.resizeRelocate(snappedLeftInset() + width - scrollWidth, snappedTopInset() + layout.callsTop(),
                scrollWidth, Math.max(0, layout.rowsBottom() - layout.callsTop()));
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        canvas.setWidth(width - scrollWidth);
        canvas.setHeight(height);
        TimelinePainter.paint(surface, layout, trace, moment, palette, labels(texts.getValue(), trace));
    }

    private void scrolled(ScrollEvent event) {
        if (layout != null && layout.scrolls() && !event.isControlDown()) {
            double rows = -event.getDeltaY() / Math.max(1, layout.laneHeight());
            long step = rows == 0 ? 0 : (long) Math.signum(rows) * Math.max(1, Math.round(Math.abs(rows)));
            scroll.setValue(Math.max(1, Math.min(layout.maxFirstCall(), scroll.getValue() + step)));
            event.consume();
        }
    }

    private static TimelinePainter.Labels labels(Texts t, Trace trace) {
        return new TimelinePainter.Labels(t.format("legend.sleep"), t.format("legend.lockWait"),
                t.format("legend.lockHeld"), t.format("legend.wgWait"), t.format("legend.call"), t.format("legend.done"),
                t.format("timeline.total"), t.format("timeline.counter"),
                t.format("timeline.title", trace.scenario().mode().id(), Long.toString(trace.scenario().seed()),
                        trace.engine()));
    }

    private void paletteChanged() {
        palette = new Palette(argb(background), argb(zebra), argb(grid), argb(text), argb(mutedText), argb(sleep),
                argb(lockWait), argb(lockHeld), argb(wgWait), argb(call), argb(done), argb(playhead), argb(accent));
        redraw();
    }

    private static int argb(StyleableProperty<Color> property) {
        Color c = property.getValue();
        return ((int) Math.round(c.getOpacity() * 255) << 24) | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }

    private StyleableProperty<Color> colour(String name, String cssName, Color initial) {
        return CSS.createStyleableColorProperty(this, name, cssName, view -> view.property(name), initial);
    }

    @SuppressWarnings("unchecked")
    private StyleableProperty<Color> property(String name) {
        return switch (name) {
            case "background" -> background;
            case "zebra" -> zebra;
            case "grid" -> grid;
            case "text" -> text;
            case "mutedText" -> mutedText;
            case "sleep" -> sleep;
            case "lockWait" -> lockWait;
            case "lockHeld" -> lockHeld;
            case "wgWait" -> wgWait;
            case "call" -> call;
            case "done" -> done;
            case "playhead" -> playhead;
            default -> accent;
        };
    }
}
