package dev.golanes.ui;

import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ListViewSkin;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The console's list, which shows no sliver of a line at its top. When its height is not a whole
 * number of rows of text (and it seldom is), the top row is cut and only the bottoms of its letters
 * show: a row of dots over the output. After each layout (a new line printed, the console resized,
 * the view sent to the newest line) this flow hides that part row, leaving the console's background
 * there instead; the scroll bar beside it stays whole. The part row is worked out again at each
 * layout; a scroll clears it first, so that it never hides a row that has moved.
 */
final class WholeLinesFlow<T> extends VirtualFlow<ListCell<T>> {
    /** The part of a row of text, from its top, that holds no letters: cut there, the row still reads whole. */
    static final double LETTERLESS_TOP = 0.2;

    /** The rows' part of the view, under a part row hidden at the top, and the scroll bar's column, whole. */
    private final Rectangle rows = new Rectangle();
    private final Rectangle bar = new Rectangle();
    private final Group clip = new Group(rows, bar);
    /** The font last measured by {@link #rowHeight} and its row: a layout comes with every printed line. */
    private Font measuredFont;
    private double measuredRow;

    WholeLinesFlow() {
        positionProperty().addListener((property, was, now) -> setClip(null));
    }

    /** A skin for {@code list} that lays its lines out in a {@code WholeLinesFlow}. */
    static <T> ListViewSkin<T> skin(ListView<T> list) {
        return new ListViewSkin<>(list) {
            @Override
            protected VirtualFlow<ListCell<T>> createVirtualFlow() {
                return new WholeLinesFlow<>();
            }
        };
    }

    /** The width of the scroll bar beside the lines (0 before it is laid out). */
    ReadOnlyDoubleProperty barWidth() {
        return getVbar().widthProperty();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double hidden = getCellCount() > 0 ? cutTop() : 0;
        double hiddenBelow = getCellCount() > 0 ? cutBottom() : 0;
        if (hidden <= 0.5 && hiddenBelow <= 0.5) {
            setClip(null);
            return;
        }
        double barWidth = getVbar().isVisible() ? getVbar().getWidth() : 0;
        rows.setY(hidden);
        rows.setWidth(Math.max(0, getWidth() - barWidth));
        rows.setHeight(Math.max(0, getHeight() - hidden - hiddenBelow));
        bar.setX(getWidth() - barWidth);
        bar.setWidth(barWidth);
        bar.setHeight(getHeight());
        setClip(clip);
    }

    /**
     * How much of the flow's top shows only part of a row of text: 0 when the top row is whole. A line
     * that wraps is a cell of several rows; the row the top cuts through is the one hidden.
     */
    private double cutTop() {
        TextRows text = textOf(getFirstVisibleCell());
        double into = text == null ? 0 : -text.top();
        if (into <= 0 || into >= text.height()) {
            return 0;
        }
        double cutInto = into % text.row();
        // A row's top fifth is the room above its capitals: losing that loses no letter.
        return cutInto < text.row() * LETTERLESS_TOP ? 0 : text.row() - cutInto;
    }

    /**
     * How much of the flow's bottom shows only the top of a row of text: 0 when the bottom row is whole
     * or nearly (its descenders cut). Presenting a stopped run at 1920 x 1080, the fatal error kept at
     * the top left a sliver of the stack trace's next line at the bottom, which read as a glitch.
     */
    private double cutBottom() {
        TextRows text = textOf(getLastVisibleCell());
        double shown = text == null ? 0 : getHeight() - text.top();
        if (shown <= 0 || shown >= text.height()) {
            return 0;
        }
        double cutShown = shown % text.row();
        // Most of a row, its descenders cut, still reads: only a sliver goes.
        return cutShown > text.row() * (1 - LETTERLESS_TOP) ? 0 : cutShown;
    }

    /** A cell's text in the flow: where it starts, how tall it is, and the pitch of its rows. */
    private record TextRows(double top, double height, double row) {
    }

    /** Where {@code cell}'s text lies in the flow, or null for no cell or one not yet measurable. */
    private TextRows textOf(ListCell<T> cell) {
        if (cell == null || !cell.isVisible()) {
            return null;
        }
        Bounds bounds = sceneToLocal(cell.localToScene(cell.getLayoutBounds()));
        double height = bounds.getHeight() - cell.snappedTopInset() - cell.snappedBottomInset();
        if (!cell.getFont().equals(measuredFont)) {
            measuredFont = cell.getFont();
            measuredRow = rowHeight(measuredFont);
        }
        if (measuredRow <= 0 || height <= 0) {
            return null;
        }
        // The rows' pitch as the cell lays them out, which a wrapped line of fifty rows magnifies.
        double row = height / Math.max(1, Math.round(height / measuredRow));
        return new TextRows(bounds.getMinY() + cell.snappedTopInset(), height, row);
    }

    /** The height of one row of text in this font, as a wrapped label spaces its rows. */
    static double rowHeight(Font font) {
        Text probe = new Text("Xg");
        probe.setFont(font);
        return probe.getLayoutBounds().getHeight();
    }
}
