package dev.golanes.ui;

import dev.golanes.i18n.Texts;
import dev.golanes.playback.CodePanel;
import dev.golanes.playback.Session;
import dev.golanes.program.CodeLine;
import dev.golanes.program.GoProgram;
import dev.golanes.program.GoTokens;
import dev.golanes.program.Step;
import dev.golanes.program.Whereabouts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The Go program with syntax colours. Lines that goroutines are on are highlighted with how many
 * are there and what they are doing ({@code ×3 sleeping}); the selected goroutine's line is marked.
 */
public final class CodeView extends ScrollPane {
    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** The smallest the code's type is made to fit the panel: this share of the style sheet's size. */
    private static final double SMALLEST = 0.6;
    /** A pixel the layout may take from the code's room when it rounds the widths beside it. */
    private static final double ROUNDING = 1;

    private final VBox lines = new VBox();
    /**
     * Room after the last line, only as much as lets the view start at the top of a line when it is
     * scrolled to the end (no line cut in half at the top, its badge peeking out); none otherwise.
     */
    private final Region tail = new Region();
    /** The lines' clip while a part row at the bottom is hidden (see {@link #wholeRowsAtTheBottom}): one, resized, not one per layout. */
    private final javafx.scene.shape.Rectangle shownRows = new javafx.scene.shape.Rectangle();
    private final List<Row> rows = new ArrayList<>();
    /** Held here: its bindings listen weakly, so without a strong owner they would be collected. */
    private CodePanel model;
    /** Whether the program shown has main alone (sequential): its badges name main instead of counting. */
    private boolean onlyMain;
    /** The line last scrolled to, kept in view when the panel changes size. */
    private Row focus;
    /**
     * The line to show at the top, handed over from the panel this one replaces (the views are built
     * again in another language): it stays there while the lines wrap in the new words and the type is
     * fitted again, until the run moves on or the user scrolls.
     */
    private Row keepTop;
    /** Whether {@link #focus} is a pitfall's bug line shown for want of a busy one: its other bug lines come along. */
    private boolean focusOnBugs;
    /**
     * What the lines were last marked with: the crowds are worked out anew at every frame while
     * playing, but change only at the run's events, and placing badges measures text.
     */
    private List<Object> marked;

    /**
     * One line on screen: {@code box} holds {@code text} (number, indentation, code) and, when
     * the badge would make the code wrap, {@code below}, a row of its own for the badge.
     */
    private record Row(CodeLine line, VBox box, HBox text, TextFlow code, Label badge, HBox below) {
    }

    public CodeView() {
        getStyleClass().add("code-view");
        lines.getStyleClass().add("code-lines");
        setContent(lines);
        setFitToWidth(true);
        setFocusTraversable(false);
        setMinHeight(60);
        // A narrower or wider panel, or larger text (presentation mode), wraps the lines anew: the
        // badges may move, and the busy lines are kept in view.
        viewportBoundsProperty().addListener((obs, old, bounds) -> {
            if (old.getWidth() != bounds.getWidth() || old.getHeight() != bounds.getHeight()) {
                Platform.runLater(this::placeAgain);
            }
        });
        lines.heightProperty().addListener(obs -> Platform.runLater(this::placeAgain));
        // Whatever moves the view or its lines: the row the bottom cuts through is worked out again.
        vvalueProperty().addListener(obs -> wholeRowsAtTheBottom());
        viewportBoundsProperty().addListener(obs -> wholeRowsAtTheBottom());
        lines.heightProperty().addListener(obs -> wholeRowsAtTheBottom());
        // The user moves the view: it stays where they put it.
        addEventFilter(ScrollEvent.ANY, event -> keepTop = null);
        addEventFilter(MouseEvent.MOUSE_PRESSED, event -> keepTop = null);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        wholeRowsAtTheBottom();
    }

    private void placeAgain() {
        fitTheType();
        placeBadges();
        keepVisible(focus);
        wholeRowsAtTheBottom();
    }

    /**
     * Hides the row of text the view's bottom cuts through, as the console does ({@link WholeLinesFlow}):
     * the tops of its letters showed under the program's last whole row on every screen, half a line that
     * read as a glitch on a slide. The panel's background shows there; a row shown but for its descenders stays.
     */
    private void wholeRowsAtTheBottom() {
        double view = getViewportBounds().getHeight();
        double content = lines.getHeight();
        double cut = Double.NaN;
        if (view > 0 && content > view) {
            double bottom = getVvalue() * (content - view) + view;
            for (Row row : rows) {
                Bounds box = row.box().getBoundsInParent();
                if (box.getMinY() >= bottom || box.getMaxY() <= bottom) {
                    continue;
                }
                // The line's rows of code, then its badge's row when the badge has one of its own.
                for (Region band : List.of(row.text(), row.below())) {
                    if (!band.isVisible() || !band.isManaged()) {
                        continue;
                    }
                    Bounds at = lines.sceneToLocal(band.localToScene(band.getLayoutBounds()));
                    if (at.getMinY() < bottom && at.getMaxY() > bottom) {
                        double pitch = band == row.text() ? pitchOf(row.code(), at.getHeight()) : at.getHeight();
                        double shown = (bottom - at.getMinY()) % pitch;
                        if (shown > 0.5 && shown < pitch * (1 - WholeLinesFlow.LETTERLESS_TOP)) {
                            cut = bottom - shown;
                        }
                    }
                }
            }
        }
        if (Double.isNaN(cut)) {
            lines.setClip(null);
        } else {
            shownRows.setWidth(lines.getWidth());
            shownRows.setHeight(cut);
            lines.setClip(shownRows);
        }
    }

    /** The pitch of a line's rows of code, {@code height} being all of them: a wrapped line has several. */
    private static double pitchOf(TextFlow code, double height) {
        Font font = code.getChildren().stream().filter(Text.class::isInstance).map(piece -> ((Text) piece).getFont())
                .findFirst().orElse(null);
        double row = font == null ? height : WholeLinesFlow.rowHeight(font);
        return row <= 0 ? height : height / Math.max(1, Math.round(height / row));
    }

    /**
     * Makes the code's type smaller, when the panel is narrow for it (presenting on a 1024 or 1280
     * projector), so that a line wraps only at its spaces: {@code time.Sleep(time.Duration(delay)} stays
     * whole instead of breaking in the middle of a name. It never grows past the style sheet's size,
     * nor shrinks below {@link #SMALLEST} of it.
     */
    private void fitTheType() {
        Text sample = rows.stream().flatMap(row -> row.code().getChildren().stream()).filter(Text.class::isInstance)
                .map(Text.class::cast).findFirst().orElse(null);
        if (sample == null || lines.getWidth() <= 0) {
            return;
        }
        String fitted = sample.getStyle();
        sample.setStyle("");
        sample.applyCss();
        double natural = sample.getFont().getSize();
        Font font = sample.getFont();
        sample.setStyle(fitted);
        sample.applyCss();
        // The line numbers and the badges keep their share of the code's size, so that a row is no
        // taller than its code and a badge fits beside a line's last row (see tuckBadgesIn).
        double numbers = shareOf((Labeled) rows.get(0).text().getChildren().get(0), natural);
        double badges = shareOf(rows.get(0).badge(), natural);
        // A monospaced character's advance, per pixel of type size (the numbers are monospaced too).
        double advance = TextWidth.of(font, "M") / natural;
        double size = natural;
        for (Row row : rows) {
            int run = longestRun(row.line().text());
            // The room the number, the indentation and the code share on the line's row, which the
            // fitted type does not change. (The code's own width does, by the indentation's and by a
            // pixel's rounding, and the type went a size up, then down, for ever.)
            HBox text = row.text();
            int digits = ((Labeled) text.getChildren().get(0)).getText().length();
            int indentation = ((Text) text.getChildren().get(1)).getText().length();
            double room = text.getWidth() - text.snappedLeftInset() - text.snappedRightInset()
                    - 2 * text.getSpacing() - ROUNDING;
            if (run > 0 && room > 0) {
                size = Math.min(size, room / ((digits * numbers + run + indentation) * advance));
            }
        }
        size = Math.max(Math.floor(size * 2) / 2, Math.floor(natural * SMALLEST));
        String style = size < natural ? String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size) : "";
        String numberStyle = size < natural ? String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size * numbers) : "";
        String badgeStyle = size < natural ? String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size * badges) : "";
        if (!style.equals(fitted)) {
            for (Row row : rows) {
                row.badge().setStyle(badgeStyle);
                for (Node piece : row.text().getChildren()) {
                    if (piece instanceof Text text) {
                        text.setStyle(style);
                    } else if (piece.getStyleClass().contains("code-number")) {
                        piece.setStyle(numberStyle);
                    }
                }
                for (Node piece : row.code().getChildren()) {
                    piece.setStyle(style);
                }
            }
            // The badges and the scrolling that follow go by the lines as the new type lays them out.
            applyCss();
            layout();
        }
    }

    /** A label's type size by the style sheet alone, as a share of the code's {@code natural} size. */
    private static double shareOf(Labeled label, double natural) {
        String style = label.getStyle();
        label.setStyle("");
        label.applyCss();
        double share = label.getFont().getSize() / natural;
        label.setStyle(style);
        label.applyCss();
        return share;
    }

    /** The longest stretch of a line without a space, which its wrapping cannot break. */
    static int longestRun(String line) {
        int longest = 0;
        for (String run : line.strip().split(" +")) {
            longest = Math.max(longest, run.length());
        }
        return longest;
    }

    /** Shows the model's program and keeps its marks up to date, in the session's language. */
    public void bind(CodePanel panel, Session session) {
        this.model = panel;
        Runnable mark = () -> mark(panel.crowds().get(), panel.selected().get(), session.texts(), panel.notYetRun().get());
        panel.program().addListener((obs, old, program) -> {
            // A live run hands out a new trace every frame, but its program stays the same.
            if (program == null || old == null || !program.lines().equals(old.lines())) {
                show(program);
            }
            mark.run();
        });
        panel.crowds().addListener(obs -> mark.run());
        panel.selected().addListener(obs -> mark.run());
        // On a change only: a live run hands out a new trace every frame, which invalidates it each time.
        panel.notYetRun().addListener((obs, was, now) -> mark.run());
        show(panel.program().get());
        mark.run();
    }

    /** Shows a program, replacing the one shown. */
    public void show(GoProgram program) {
        // The sequential program calls dbCall from main: its one goroutine is on the call and, inside
        // it, on the sleep. Its badges say "main", not "×1" twice, which reads as two goroutines.
        onlyMain = program != null && program.lineOf(Step.CALL) >= 0;
        lines.getChildren().clear();
        rows.clear();
        focus = null;
        keepTop = null;
        marked = null;
        if (program == null) {
            return;
        }
        int digits = Integer.toString(program.lines().size()).length();
        for (CodeLine line : program.lines()) {
            Label number = new Label(String.format("%" + digits + "d", line.number()));
            number.getStyleClass().add("code-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            // The indentation stands apart from the words, so a line too long for the panel wraps
            // under its own first word, never leaving the indentation alone on a row.
            String text = line.text();
            String rest = text.stripLeading();
            Text indent = new Text(text.substring(0, text.length() - rest.length()));
            indent.getStyleClass().add("code-text");
            TextFlow code = new TextFlow();
            // A block's "{" stays on its line's last row: wrapped alone it read as a line of its own
            // ("for i := 0; i < len(dbData); i++" over "{", presenting on a 1024 projector).
            String shown = rest.endsWith(" {") ? rest.substring(0, rest.length() - 2) + "\u00A0{" : rest;
            for (GoTokens.Token token : GoTokens.of(shown)) {
                Text piece = new Text(token.text());
                piece.getStyleClass().addAll("code-text", "go-" + token.kind().name().toLowerCase(Locale.ROOT));
                code.getChildren().add(piece);
            }
            HBox.setHgrow(code, Priority.ALWAYS);
            Label badge = new Label();
            badge.getStyleClass().add("code-badge");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            badge.setVisible(false);
            badge.setManaged(false);
            HBox textRow = new HBox(number, indent, code, badge);
            textRow.getStyleClass().add("code-text-row");
            HBox below = new HBox();
            below.getStyleClass().add("code-badge-row");
            below.setVisible(false);
            below.setManaged(false);
            VBox box = new VBox(textRow, below);
            box.getStyleClass().add("code-line");
            box.pseudoClassStateChanged(Styles.BUG, line.bug());
            lines.getChildren().add(box);
            rows.add(new Row(line, box, textRow, code, badge, below));
        }
        tail.setMinHeight(0);
        tail.setPrefHeight(0);
        lines.getChildren().add(tail);
    }

    /**
     * The index of the first line whose top is in view, or -1 when the whole program is: what a
     * panel built to replace this one is to start from ({@link #startFrom}).
     */
    int firstLineShown() {
        if (keepTop != null) {
            return rows.indexOf(keepTop);
        }
        double content = lines.getHeight() - tail.getHeight();
        double view = getViewportBounds().getHeight();
        if (content <= view || view <= 0) {
            return -1;
        }
        double shownTop = getVvalue() * (lines.getHeight() - view);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).box().getBoundsInParent().getMinY() >= shownTop - 0.5) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Starts the view at line {@code index} (from {@link #firstLineShown} of the panel this one
     * replaces), where that panel was, whether the run's marks or the user put it there.
     */
    void startFrom(int index) {
        keepTop = index >= 0 && index < rows.size() ? rows.get(index) : null;
        keepVisible(focus);
    }

    /**
     * Marks the lines goroutines are on, and the selected goroutine's line, and scrolls to the line
     * that matters most: the selected goroutine's, else the busiest; before a run has begun
     * ({@code notYetRun}), main's first line.
     */
    public void mark(Map<Step, Whereabouts.Crowd> crowds, Whereabouts.Place selected, Texts texts, boolean notYetRun) {
        List<Object> marks = java.util.Arrays.asList(crowds, selected, texts, notYetRun);
        if (marks.equals(marked)) {
            return;
        }
        if (marked != null) {
            // Marks of the same program moving on: the view follows them from where it is.
            keepTop = null;
        }
        marked = marks;
        Row focus = null;
        int busiest = 0;
        int focusWeight = 0;
        for (Row row : rows) {
            Step step = row.line().step();
            boolean firstOfStep = step != null && rowOf(step) == row;
            Whereabouts.Crowd crowd = firstOfStep ? crowds.get(step) : null;
            boolean isSelected = firstOfStep && selected != null && selected.step() == step;
            row.box().pseudoClassStateChanged(ACTIVE, crowd != null);
            row.box().pseudoClassStateChanged(SELECTED, isSelected);
            // A hidden badge takes no room, or the line would stay wrapped around the last one shown.
            row.badge().setVisible(crowd != null);
            row.badge().setManaged(crowd != null);
            if (crowd != null) {
                String activity = texts.format("code.activity." + crowd.activity().name().toLowerCase(Locale.ROOT));
                // Only main starts goroutines and waits in wg.Wait(): "main starting goroutines", not "×1
                // starting goroutines"; and Go's fatal error is one, in Go's words. Where it stopped the
                // program is marked, but the view goes by the bug lines, as at any end.
                boolean stopped = crowd.activity() == Whereabouts.Activity.FATAL;
                boolean main = onlyMain || crowd.activity() == Whereabouts.Activity.STARTING || step == Step.WG_WAIT;
                row.badge().setText(stopped ? activity
                        : main ? texts.format("code.badge.main", activity) : texts.format("code.badge", crowd.count(), activity));
                int weight = weight(step, crowd.activity());
                boolean matters = focus == null || weight > focusWeight || weight == focusWeight && crowd.count() >= busiest;
                if (isSelected || !stopped && matters && !isFocusSelected(focus, selected)) {
                    focus = row;
                    busiest = crowd.count();
                    focusWeight = weight;
                }
            }
        }
        boolean onBug = false;
        if (focus == null) {
            // Nobody on a line (before the start, or after the end, but where Go stopped the program): show
            // where a pitfall goes wrong.
            focus = rows.stream().filter(row -> row.line().bug()).findFirst().orElse(null);
            onBug = true;
        }
        if (focus == null && notYetRun) {
            // Real threads before their first run: main's first line, its loop of wg.Add(1) and go
            // dbCall(i), rather than the imports at the top. Like a bug line, it does not move a view
            // handed over from the panel this one replaced.
            focus = rows.stream().filter(row -> row.line().step() == Step.CALL || row.line().step() == Step.WG_ADD
                    || row.line().step() == Step.GO).findFirst().orElse(null);
        }
        this.focus = focus;
        this.focusOnBugs = onBug;
        placeBadges();
        keepVisible(focus);
    }

    /**
     * Puts each badge shown at the end of its line when the line fits beside it, else on a row of
     * its own under the line, so that a long line in a narrow panel keeps the whole width for its
     * code instead of wrapping into a thin column beside the badge.
     */
    private void placeBadges() {
        double width = getViewportBounds().getWidth();
        for (Row row : rows) {
            boolean shown = row.badge().isManaged();
            boolean below = false;
            if (shown && width > 0) {
                row.badge().applyCss();
                // Number, indentation, the code on one row, and the badge, with the gaps between them.
                Node number = row.text().getChildren().get(0);
                Node indent = row.text().getChildren().get(1);
                double used = row.box().snappedLeftInset() + row.box().snappedRightInset()
                        + row.text().getSpacing() * 3 + number.prefWidth(-1) + indent.prefWidth(-1)
                        + row.code().prefWidth(-1) + row.badge().prefWidth(-1);
                below = used > width;
            }
            List<Node> target = below ? row.below().getChildren() : row.text().getChildren();
            if (!target.contains(row.badge())) {
                (below ? row.text() : row.below()).getChildren().remove(row.badge());
                target.add(row.badge());
            }
            row.below().setVisible(below);
            row.below().setManaged(below);
            if (!below) {
                setRise(row, null);
            }
        }
        tuckBadgesIn();
    }

    /**
     * A badge on a row of its own moves up onto its line's last row when the code, wrapped over the
     * whole width, leaves room for it there: {@code wg.Wait() // block until the counter is} over
     * {@code back to 0}, with "×1 waiting" beside the short row. Each line then takes a row less, which
     * lets main's {@code wg.Wait()} show with the sleeps when presenting. The code keeps its width, so
     * it wraps as it did.
     */
    private void tuckBadgesIn() {
        if (rows.stream().noneMatch(row -> row.below().isManaged())) {
            return;
        }
        layout();
        for (Row row : rows) {
            if (!row.below().isManaged()) {
                continue;
            }
            int length = row.code().getChildren().stream().filter(Text.class::isInstance)
                    .mapToInt(piece -> ((Text) piece).getText().length()).sum();
            // The caret after the last character: where the code's last row ends, and how high that row is.
            double end = Double.NaN;
            double rowTop = Double.NaN;
            double rowBottom = Double.NaN;
            for (PathElement element : row.code().caretShape(length, true)) {
                if (element instanceof MoveTo move) {
                    end = move.getX();
                    rowTop = move.getY();
                } else if (element instanceof LineTo line) {
                    rowBottom = line.getY();
                }
            }
            if (Double.isNaN(end) || Double.isNaN(rowBottom)) {
                continue;
            }
            // A badge taller than the row (the code's type made smaller to fit the panel) would reach into
            // the row above: it stays on its own row.
            boolean fitsTheRow = row.below().prefHeight(-1) <= Math.abs(rowBottom - rowTop) + 0.5;
            // Where the code's last row ends and where the badge begins, both in the line's box.
            double codeEnds = row.text().getBoundsInParent().getMinX() + row.code().getBoundsInParent().getMinX() + end;
            double badgeBegins = row.box().getWidth() - row.box().snappedRightInset() - row.badge().prefWidth(-1);
            // The badge's row rises by its own height: its bottom on the line's last row, the line a row less high.
            setRise(row, fitsTheRow && codeEnds + row.text().getSpacing() <= badgeBegins
                    ? new Insets(-row.below().prefHeight(-1), 0, 0, 0) : null);
        }
    }

    /** Sets how far a badge's row rises, only when it changes: the lines' height is listened to. */
    private static void setRise(Row row, Insets rise) {
        if (!Objects.equals(VBox.getMargin(row.below()), rise)) {
            VBox.setMargin(row.below(), rise);
        }
    }

    /**
     * How much a busy line matters to the view, before how many are on it: where goroutines act on the
     * shared state (queue for the lock, hold it, append, start goroutines) first, then the sleeps,
     * then main waiting in wg.Wait() or in a call. Presenting the race at 1280 x 720, two goroutines
     * asleep kept the view on time.Sleep while the one appending was out of sight below.
     */
    private static int weight(Step step, Whereabouts.Activity activity) {
        return switch (activity) {
            case HOLDING, APPENDING, WORKING, STARTING -> 2;
            case WAITING -> step == Step.LOCK ? 2 : 0;
            case SLEEPING -> 1;
            default -> 0;
        };
    }

    private static boolean isFocusSelected(Row focus, Whereabouts.Place selected) {
        return focus != null && selected != null && focus.line().step() == selected.step();
    }

    private Row rowOf(Step step) {
        for (Row row : rows) {
            if (row.line().step() == step) {
                return row;
            }
        }
        return null;
    }

    /**
     * Scrolls the line into view, with the other lines goroutines are on when they all fit: a
     * teacher wants to see every line that is busy, such as the {@code m.Lock()} the queue waits on
     * and the line the holder is on below it. Nothing moves while they are in view; when they are
     * not, they come in with a third of the room to spare above them and the rest below, so the
     * lines that run next show too. Only matters when the program is taller than the panel. With
     * no line ({@code null}), the view only moves to start at the top of a line.
     */
    private void keepVisible(Row row) {
        if (row != null && !rows.contains(row)) {
            return;
        }
        // Badges just shown or hidden change how lines wrap: measure the lines as they will be drawn.
        layout();
        // The code's own height, without the room after it.
        double content = lines.getHeight() - tail.getHeight();
        double view = getViewportBounds().getHeight();
        if (content <= view || content <= 0 || view <= 0) {
            setTail(0);
            return;
        }
        double shownTop = getVvalue() * (lines.getHeight() - view);
        if (keepTop != null) {
            // Handed over from the panel this one replaced, which showed what the run or the user wanted:
            // the view starts there, and moves only for lines goroutines are on (not for a pitfall's bug
            // lines, shown after the end for want of busy ones), as it would have in the old panel.
            shownTop = keepTop.box().getBoundsInParent().getMinY();
            if (focusOnBugs) {
                row = null;
            }
        }
        // With no line to keep in view, the view stays where it is, only not through a line.
        double top = row == null ? shownTop : row.box().getBoundsInParent().getMinY();
        double bottom = row == null ? shownTop : row.box().getBoundsInParent().getMaxY();
        boolean allFit = true;
        // The busy lines nearest the one that matters most first: when not all of them fit, those
        // next to it do (the m.Lock() queue and the holder's line below it, rather than main's
        // wg.Wait() far above).
        List<Row> others = new ArrayList<>(row == null ? List.of() : rows);
        double middle = row == null ? 0 : (top + bottom) / 2;
        others.sort(Comparator.comparingDouble(other -> Math.abs(other.box().getBoundsInParent().getCenterY() - middle)));
        for (Row other : others) {
            if (other.badge().isManaged() || focusOnBugs && other.line().bug()) {
                double withTop = Math.min(top, other.box().getBoundsInParent().getMinY());
                double withBottom = Math.max(bottom, other.box().getBoundsInParent().getMaxY());
                if (withBottom - withTop <= view) {
                    top = withTop;
                    bottom = withBottom;
                } else {
                    allFit = false;
                }
            }
        }
        double wantedTop;
        if (!allFit) {
            // Not all of them fit (large text in a small window): the line that matters most and those
            // next to it at the top, and as much as fits of the lines after them.
            wantedTop = top;
        } else if (top >= shownTop - 0.5 && bottom <= shownTop + view + 0.5) {
            // In view already: stay, only not through the middle of a line (lines that wrap anew move the rest).
            wantedTop = shownTop;
        } else {
            wantedTop = top - Math.max(0, view - (bottom - top)) / 3;
        }
        // Start the view at the top of a line, or else just past it, when the busy lines still fit; also
        // when the view cannot go further down than the last line.
        // A line handed over starts the view even near the end (the room after the last line lets it).
        double furthest = keepTop != null ? Math.max(content - view, shownTop) : content - view;
        wantedTop = Math.max(0, Math.min(wantedTop, furthest));
        for (Row other : rows) {
            Bounds box = other.box().getBoundsInParent();
            if (box.getMinY() + 0.5 < wantedTop && wantedTop < box.getMaxY()) {
                if (bottom - box.getMinY() <= view) {
                    wantedTop = box.getMinY();
                } else if (box.getMaxY() <= top) {
                    wantedTop = box.getMaxY();
                }
                break;
            }
        }
        // Past the last line's place at the end, the view needs room after it to start at a line's top.
        setTail(Math.max(0, wantedTop + view - content));
        double range = lines.getHeight() - view;
        setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, wantedTop / range)));
    }

    private void setTail(double height) {
        if (Math.abs(tail.getPrefHeight() - height) > 0.5) {
            tail.setMinHeight(height);
            tail.setPrefHeight(height);
            layout();
        }
    }
}
