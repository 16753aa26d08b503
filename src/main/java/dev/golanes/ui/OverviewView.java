package dev.golanes.ui;

import dev.golanes.playback.Session;
import dev.golanes.playback.TimelineViewport;
import dev.golanes.render.Palette;
import dev.golanes.render.TimeWindow;
import dev.golanes.render.TimelineLayout;
import dev.golanes.trace.Trace;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The whole run at a glance, under the timeline, when the timeline shows only part of it: every
 * lane squeezed into a strip, drawn as far as the playhead has got, with a box round the part in
 * view. Click or drag to move the view there. The strip is drawn once per run and size, then copied.
 */
public final class OverviewView extends Region {
    private final Canvas canvas = new Canvas();
    private Session session;
    private TimelineView timeline;
    private WritableImage picture;
    private Trace pictured;
    private double picturedWidth;
    private double picturedHeight;
    /** Where the timeline's time axis ran when the picture was drawn: presenting's wider names move it. */
    private double picturedLeft;
    private double picturedRight;
    private long picturedEnd;
    private Palette picturedPalette;

    public OverviewView() {
        getStyleClass().add("overview");
        getChildren().add(canvas);
        setPrefHeight(60);
        setMinHeight(60);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveView);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveView);
    }

    /** Shows the session's run and the part of it the timeline shows. */
    public void bind(Session bound, TimelineView view) {
        this.session = bound;
        this.timeline = view;
        view.overviewBelow(this);
        Listen.onChange(this, this::redraw, bound.playback().momentProperty(), bound.viewport().windowProperty(),
                bound.viewport().firstCallProperty(), view.needsOverviewProperty());
        visibleProperty().bind(view.needsOverviewProperty());
        managedProperty().bind(visibleProperty());
    }

    @Override
    protected void layoutChildren() {
        redraw();
    }

    private void redraw() {
        double w = getWidth();
        double h = getHeight();
        TimelineLayout layout = timeline == null ? null : timeline.layoutUsed();
        if (session == null || session.playback().index() == null || layout == null || w <= 0 || h <= 0 || !isVisible()) {
            return;
        }
        Trace trace = session.playback().index().trace();
        canvas.setWidth(w);
        canvas.setHeight(h);
        double left = layout.left();
        double right = Math.min(w - 4, layout.right());
        // The timeline's whole axis: while a real run goes, as far as it is expected to reach, not only to now.
        long end = Math.max(1, Math.max(trace.endMicros(), session.viewport().span()));
        if (picture == null || pictured != trace || picturedWidth != w || picturedHeight != h || picturedEnd != end
                || picturedLeft != left || picturedRight != right || !timeline.palette().equals(picturedPalette)) {
            picture = render(trace, w, h, left, right, end, timeline.palette());
            picturedEnd = end;
            pictured = trace;
            picturedWidth = w;
            picturedHeight = h;
            picturedLeft = left;
            picturedRight = right;
            picturedPalette = timeline.palette();
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        Palette palette = timeline.palette();
        g.setFill(colour(palette.zebra()));
        g.fillRect(0, 0, w, h);
        double playhead = left + (right - left) * session.playback().time() / end;
        g.drawImage(picture, 0, 0, playhead, h, 0, 0, playhead, h);

        TimeWindow window = session.viewport().window();
        int calls = trace.laneCount() - 1;
        double x0 = left + (right - left) * window.start() / end;
        double x1 = left + (right - left) * window.end() / end;
        double y0 = calls == 0 ? 0 : h * (layout.firstCall() - 1) / calls;
        double y1 = calls == 0 ? h : h * Math.min(calls, layout.firstCall() - 1 + layout.visibleCalls()) / calls;
        g.setStroke(colour(palette.accent()));
        g.setLineWidth(2);
        g.strokeRect(x0 + 1, y0 + 1, Math.max(4, x1 - x0 - 2), Math.max(4, y1 - y0 - 2));
        g.setStroke(colour(palette.playhead()));
        g.strokeLine(playhead, 0, playhead, h);
    }

    /** Every call lane as a thin row over the whole run: the picture the strip copies from. */
    private static WritableImage render(Trace trace, double w, double h, double left, double right, long end, Palette palette) {
        Canvas off = new Canvas(w, h);
        GraphicsContext g = off.getGraphicsContext2D();
        g.setFill(colour(palette.background()));
        g.fillRect(0, 0, w, h);
        int calls = Math.max(1, trace.laneCount() - 1);
        double row = h / calls;
        double scale = (right - left) / end;
        for (int i = 0; i < trace.size(); i++) {
            int lane = trace.lane(i);
            if (lane == 0 || !trace.isSpan(i)) {
                continue;
            }
            int argb = switch (trace.spanKind(i)) {
                case SLEEP -> palette.sleep();
                case LOCK_WAIT -> palette.lockWait();
                case LOCK_HELD -> palette.lockHeld();
                // As the lanes draw it: the append is the story without the lock (the race, Unlock without Lock).
                case APPEND -> trace.scenario().mode().usesMutex() ? 0 : palette.append();
                default -> 0;
            };
            if (argb == 0) {
                continue;
            }
            g.setFill(colour(argb));
            double x = left + trace.start(i) * scale;
            g.fillRect(x, (lane - 1) * row, Math.max(1, trace.duration(i) * scale), Math.max(1, row));
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        return off.snapshot(parameters, null);
    }

    private void moveView(MouseEvent event) {
        TimelineLayout layout = timeline.layoutUsed();
        if (session == null || layout == null || session.playback().index() == null) {
            return;
        }
        Trace trace = session.playback().index().trace();
        TimelineViewport viewport = session.viewport();
        double left = layout.left();
        double right = Math.min(getWidth() - 4, layout.right());
        double fraction = Math.max(0, Math.min(1, (event.getX() - left) / (right - left)));
        viewport.centreOn(Math.round(fraction * Math.max(trace.endMicros(), viewport.span())));
        int calls = trace.laneCount() - 1;
        int lane = 1 + (int) (Math.max(0, Math.min(1, event.getY() / getHeight())) * calls);
        viewport.firstCallProperty().set(Math.max(1, lane - layout.visibleCalls() / 2));
        event.consume();
    }

    private static Color colour(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }
}
