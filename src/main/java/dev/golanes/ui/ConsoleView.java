package dev.golanes.ui;

import dev.golanes.playback.Session;
import dev.golanes.trace.Trace;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.util.Duration;

/** What the program prints, line by line as it prints; clicking a line shows who printed it, and when. */
public final class ConsoleView {
    private final Session session;

    @FXML private ListView<String> console;
    private boolean scrollQueued;
    /** Undoes {@link #placedAgain}'s move a moment later; restarted by each new move. */
    private final PauseTransition placedBack = new PauseTransition(Duration.millis(100));
    /** When the line picked in the console was printed (see {@link #showPrint}). */
    private long pickedAt = -1;
    /** The goroutine that printed it, which the lanes and the code follow while the line is marked. */
    private int pickedLane = -1;

    public ConsoleView(Session session) {
        this.session = session;
    }

    @FXML
    private void initialize() {
        console.setSkin(WholeLinesFlow.skin(console));
        placedBack.setOnFinished(event -> console.setTranslateY(0));
        console.setItems(session.playback().console());
        // A line wraps at the list's width less its scroll bar's (and the list's edges): presenting on a
        // 1920 x 1080 screen the bar grows with the type, and 24 px left a scroll bar under the lines.
        ReadOnlyDoubleProperty bar = console.getChildrenUnmodifiable().stream().filter(WholeLinesFlow.class::isInstance)
                .map(flow -> ((WholeLinesFlow<?>) flow).barWidth()).findFirst().orElse(new SimpleDoubleProperty());
        DoubleBinding lineWidth = Bindings.createDoubleBinding(() -> console.getWidth() - Math.max(24, bar.get() + 9),
                console.widthProperty(), bar);
        console.setCellFactory(list -> new ConsoleCell(lineWidth, this::showPrint,
                index -> session.trace() != null && index < session.trace().console().size()
                        && session.trace().isError(index)));
        Listen.onListChange(console, console.getItems(), change -> followTheEnd());
        Listen.onChange(console, this::forgetThePickedLine, session.playback().momentProperty(), session.selectedLaneProperty());
        // A taller or shorter console (presentation mode's larger text, the divider, the window) keeps
        // the newest line in view: "Total execution time" and the results are what the class reads last.
        Listen.onChange(console, this::followTheEnd, console.heightProperty(), session.presentingProperty());
        // After presentation mode changes, and after the size changes it brings, which a window manager
        // may animate for a while after the mode has changed.
        Listen.onChange(console, () -> Platform.runLater(this::placedAgain), session.presentingProperty(),
                console.widthProperty(), console.heightProperty());
    }

    /**
     * Shows who printed line {@code index}, and when, and marks the line. The seek there gives the
     * console the lines printed until then: in a run Go stopped the list got shorter, another line moved
     * under the pointer, and only that one was lit (the hover), so the class read the wrong goroutine.
     */
    private void showPrint(int index) {
        session.showPrint(index);
        if (index < console.getItems().size()) {
            console.getSelectionModel().select(index);
            pickedAt = session.playback().time();
            pickedLane = session.selectedLaneProperty().get();
            // After the console has followed the end (queued by the seek): presenting, the lines printed
            // at that moment can be more than it shows, and the line clicked went out of view.
            Platform.runLater(() -> keepInView(index));
        }
    }

    /** Scrolls the console so that line {@code index} shows, if it is still the one marked and is out of view. */
    private void keepInView(int index) {
        if (console.getSelectionModel().getSelectedIndex() != index
                || !(console.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return;
        }
        // Whole: a line cut at the console's top or bottom counts as out of view (the top one is hidden, WholeLinesFlow).
        IndexedCell<?> cell = flow.getVisibleCell(index);
        Bounds at = cell == null || !cell.isVisible() ? null : flow.sceneToLocal(cell.localToScene(cell.getLayoutBounds()));
        if (at == null || at.getMinY() < -0.5 || at.getMaxY() > flow.getHeight() + 0.5) {
            flow.scrollTo(index);
        }
    }

    /** The line stays marked while the run shows the moment it was printed and its goroutine is picked. */
    private void forgetThePickedLine() {
        if (!console.getSelectionModel().isEmpty()
                && (session.playback().time() != pickedAt || session.selectedLaneProperty().get() != pickedLane)) {
            console.getSelectionModel().clearSelection();
        }
    }

    /**
     * Has the renderer place the console on screen again. Going to or from presentation mode (full
     * screen and back) left the software renderer with an old idea of where the console is: the lines
     * of a replay that emptied it stayed on screen, the run's end given away, and the lines printed
     * after did not show (seen under Xvfb; the window's self-test checks it). A move of a hundredth of
     * a pixel, undone a moment later, has it work out the console's place anew. Why the place goes
     * stale is not known (the scene itself is right: a snapshot of it shows the right lines).
     */
    private void placedAgain() {
        console.setTranslateY(0.01);
        placedBack.playFromStart();
    }

    /**
     * Scrolls to the newest line once the list has taken in the change: scrolling from inside the change
     * would go to the end of the old list, leaving the lines printed at the same instant out of view.
     */
    private void followTheEnd() {
        if (scrollQueued) {
            return;
        }
        scrollQueued = true;
        Platform.runLater(() -> {
            scrollQueued = false;
            int size = console.getItems().size();
            if (console.getSelectionModel().getSelectedIndex() >= size) {
                console.getSelectionModel().clearSelection();
            }
            if (size > 0) {
                // ListView.scrollTo puts the line at the top of the view, which at the end can leave the
                // last line partly below it; once laid out there, the flow's own scrollTo shows it whole.
                console.scrollTo(size - 1);
                if (console.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                    // Styles first: presentation mode's larger text makes every line taller.
                    console.applyCss();
                    console.layout();
                    showWhole(flow, size - 1);
                    keepTheErrorInView(flow, size);
                    // Scrolling moves the lines without a layout; the layout is where part lines are hidden.
                    flow.requestLayout();
                }
            }
        });
    }

    /**
     * A run Go stopped ends with its fatal error and a stack trace, on standard error. When they do not
     * all fit (presentation mode at 1280x720 shows two lines), the error's first line is what the class
     * must read: it goes to the top, with as much of the trace under it as fits.
     */
    private void keepTheErrorInView(VirtualFlow<?> flow, int size) {
        Trace trace = session.trace();
        int first = trace == null || trace.console().size() != size ? -1 : trace.fatalErrorLine();
        if (first < 0) {
            return;
        }
        // At the end, every line from the top one down is in view: the error is, unless it is above the top.
        IndexedCell<?> top = flow.getFirstVisibleCell();
        boolean inView = top != null && (top.getIndex() < first || top.getIndex() == first && top.getLayoutY() > -0.5);
        if (!inView) {
            flow.scrollToTop(first);
        }
    }

    /** Puts the line at the very bottom of the view, whole: the flow's scrollTo can go by line heights measured before a restyle. */
    private static <C extends IndexedCell<?>> void showWhole(VirtualFlow<C> flow, int index) {
        flow.scrollTo(index);
        C cell = flow.getVisibleCell(index);
        if (cell != null) {
            flow.scrollToBottom(cell);
            // A line that wraps into more rows than the console has (mutex's results of 1,000 ids) can
            // be measured before its text is laid out at the new size: where it really ends decides.
            flow.layout();
            double over = flow.sceneToLocal(cell.localToScene(cell.getLayoutBounds())).getMaxY() - flow.getHeight();
            if (cell.getIndex() == index && Math.abs(over) > 0.5) {
                flow.scrollPixels(over);
            }
        }
    }
}
