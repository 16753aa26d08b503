package dev.golanes.ui;

import dev.golanes.playback.ScenarioForm.DelayKind;
import dev.golanes.playback.ScenarioForm;
import dev.golanes.playback.Session;
import dev.golanes.scenario.Field;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The scenario fields, each bound to the form model, with its problem shown under the form, in line with it (see {@link FieldsPane}). */
public final class ScenarioView {
    /** A field greyed and read-only: see {@link #lockWhen}. */
    private static final PseudoClass LOCKED = PseudoClass.getPseudoClass("locked");

    private final Session session;
    /** How many delays the list has, for the Calls field while the list sets them. */
    private final StringBinding listedCalls;
    private final ScenarioForm form;

    @FXML private TextField callsField;
    @FXML private Tooltip callsTip;
    @FXML private Label callsError;
    @FXML private ComboBox<DelayKind> delayKindBox;
    @FXML private TextField delayField;
    @FXML private Tooltip delayTip;
    @FXML private Label delayError;
    @FXML private VBox holdGroup;
    @FXML private TextField holdField;
    @FXML private Label holdLabel;
    @FXML private Label holdUnit;
    @FXML private Tooltip holdTip;
    @FXML private Tooltip holdUnitTip;
    @FXML private Label holdError;
    @FXML private TextField seedField;
    @FXML private Label seedError;

    public ScenarioView(Session session) {
        this.session = session;
        this.form = session.form();
        this.listedCalls = form.listedCalls();
    }

    @FXML
    private void initialize() {
        showCalls(form.delayKindProperty().get());
        Listen.onChange(callsField, form.delayKindProperty(), (obs, old, kind) -> showCalls(kind));
        holdField.textProperty().bindBidirectional(form.holdProperty());
        seedField.textProperty().bindBidirectional(form.seedProperty());
        showProblem(callsField, callsError, form.messageOf(Field.CALLS));
        showProblem(holdField, holdError, form.messageOf(Field.HOLD));
        showProblem(seedField, seedError, form.messageOf(Field.SEED));
        lockWhen(callsField, form.delayKindProperty().isEqualTo(DelayKind.LIST));
        holdLabel.disableProperty().bind(form.holdMattersProperty().not());
        holdUnit.disableProperty().bind(form.holdMattersProperty().not());
        lockWhen(holdField, form.holdMattersProperty().not());
        holdLabel.textProperty().bind(form.label(Field.HOLD));
        holdUnit.textProperty().bind(form.holdText("inline"));
        keepTheWidestWidth(holdLabel, "field.hold");
        // The room the shorter name leaves goes before it, between the groups, not between it and its field.
        holdLabel.setAlignment(Pos.CENTER_RIGHT);
        keepTheWidestWidth(holdUnit, "hold.inline");
        holdTip.textProperty().bind(form.holdText("help"));
        holdUnitTip.textProperty().bind(form.holdText("help"));

        delayKindBox.getItems().setAll(DelayKind.values());
        delayKindBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(DelayKind kind) {
                return kind == null ? "" : session.texts().format(key(kind));
            }

            @Override
            public DelayKind fromString(String text) {
                return null;
            }
        });
        // The form takes the kind chosen, not each one the keyboard passes in the open list: Down, Down,
        // Enter from "Random, under" chose "Same for every call" on the way to the list, and the list typed
        // for Random was not taken. Up or Down on the closed box opens the list, as a click does: stepping
        // through the closed box passed "Same for every call" too, and the list then filled with 2000,2000,…
        // where the list opened filled with the delays the calls had.
        delayKindBox.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if ((event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP) && !delayKindBox.isShowing()
                    && !event.isShortcutDown() && !event.isShiftDown()) {
                delayKindBox.show();
                event.consume();
            }
        });
        delayKindBox.setValue(form.delayKindProperty().get());
        Listen.onChange(delayKindBox, form.delayKindProperty(), (obs, old, kind) -> delayKindBox.setValue(kind));
        delayKindBox.valueProperty().addListener((obs, old, kind) -> {
            if (!delayKindBox.isShowing() && kind != null) {
                form.delayKindProperty().set(kind);
            }
        });
        delayKindBox.setOnHidden(event -> {
            if (delayKindBox.getValue() != null) {
                form.delayKindProperty().set(delayKindBox.getValue());
            }
        });
        Listen.onChange(delayField, form.delayKindProperty(), (obs, old, kind) -> showDelayField(old, kind));
        showDelayField(null, form.delayKindProperty().get());

        for (TextField field : List.of(callsField, delayField, holdField, seedField)) {
            field.setOnAction(event -> session.run());
            field.setTextFormatter(new TextFormatter<>(ScenarioView::linesAsCommas));
        }
        // A number has no spaces: in these fields Space plays and pauses, as the status bar says, while
        // digits go on typing into them. The delay field is one too, unless it holds a list (see showDelayField).
        for (TextField field : List.of(callsField, holdField, seedField)) {
            field.getStyleClass().add(Keys.NUMBER_FIELD);
        }
    }

    /**
     * Lines pasted into a field (a spreadsheet's column, a list from a slide) are parted by commas: a
     * text field drops line breaks, and "1⏎2" ran 12 calls, "200⏎300" a delay of 200300 ms, with no
     * message. A column of delays is a list so; anything else gets its field's message.
     */
    private static TextFormatter.Change linesAsCommas(TextFormatter.Change change) {
        String text = change.getText();
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\t') >= 0) {
            // Each break is a comma, so a blank cell is an empty entry the list's message names; a break
            // after a comma ("1200,⏎300") adds none. Breaks and spaces at the ends of what is pasted are dropped.
            String parted = text.strip().replace("\r\n", "\n")
                    .replaceAll(",? *[\\r\\n\\t] *", ",");
            change.setText(parted);
            // After what is put in, whether pasted or set: a value set has its caret at 0, not after it.
            int end = change.getRangeStart() + parted.length();
            change.setCaretPosition(end);
            change.setAnchor(end);
        }
        return change;
    }

    /**
     * With one delay per call, the list sets the number of calls: the greyed Calls field shows how many
     * the list has, and the number typed before comes back with the other kinds of delay.
     */
    private void showCalls(DelayKind kind) {
        callsField.textProperty().unbind();
        callsField.textProperty().unbindBidirectional(form.callsProperty());
        if (kind == DelayKind.LIST) {
            callsField.textProperty().bind(listedCalls);
        } else {
            callsField.textProperty().bindBidirectional(form.callsProperty());
        }
        // Greyed, it says why: a student typed 100 there and ran five calls.
        callsTip.setText(session.texts().format(kind == DelayKind.LIST ? "calls.tip.list" : "calls.tip"));
    }

    @FXML
    private void newSeed() {
        session.newSeed();
    }

    /** The one delay field edits the value of the chosen kind; switching kinds keeps each kind's value. */
    private void showDelayField(DelayKind old, DelayKind kind) {
        if (old != null) {
            delayField.textProperty().unbindBidirectional(form.delayValueProperty(old));
        }
        StringProperty value = form.delayValueProperty(kind);
        delayField.setText(value.get());
        delayField.textProperty().bindBidirectional(value);
        delayField.setPromptText(kind == DelayKind.LIST ? "1200,300,1800" : "");
        delayField.setPrefColumnCount(kind == DelayKind.LIST ? 14 : 7);
        // The list takes spaces after its commas; a single delay is a number, where Space plays and pauses.
        delayField.getStyleClass().remove(Keys.NUMBER_FIELD);
        if (kind != DelayKind.LIST) {
            delayField.getStyleClass().add(Keys.NUMBER_FIELD);
        }
        delayTip.setText(session.texts().format(key(kind) + ".tip"));
        showProblem(delayField, delayError, form.messageOf(ScenarioForm.delayField(kind)));
    }

    /**
     * A wrong value is marked and its message shown under the form. Its tooltip (what the field is
     * for) waits meanwhile: the mouse still on the field would have it cover the message.
     */
    private static void showProblem(TextField field, Label error, StringBinding message) {
        error.textProperty().bind(message);
        error.visibleProperty().bind(message.isNotEmpty());
        // The delay field shows one kind's message at a time: an earlier kind's message no longer marks it.
        error.getProperties().put(StringBinding.class, message);
        Tooltip tip = (Tooltip) field.getProperties().computeIfAbsent(Tooltip.class, key -> field.getTooltip());
        message.addListener((obs, old, text) -> {
            if (error.getProperties().get(StringBinding.class) == message) {
                marked(field, tip, !text.isEmpty());
            }
        });
        marked(field, tip, !message.get().isEmpty());
    }

    private static void marked(TextField field, Tooltip tip, boolean wrong) {
        field.pseudoClassStateChanged(Styles.INVALID, wrong);
        field.setTooltip(wrong ? null : tip);
    }

    private static String key(DelayKind kind) {
        return "delays." + kind.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Keeps a label as wide as the widest of its texts in the modes' wordings (race names the hold
     * time the read-write gap), so the fields after it stay where they are when the mode changes.
     */
    private void keepTheWidestWidth(Label label, String key) {
        DoubleBinding widest = Bindings.createDoubleBinding(() -> {
            double width = 0;
            for (String wording : ScenarioForm.HOLD_WORDINGS) {
                if (session.texts().has(key + wording)) {
                    width = Math.max(width, TextWidth.of(label.getFont(), session.texts().format(key + wording)));
                }
            }
            return Math.ceil(width + label.snappedLeftInset() + label.snappedRightInset());
        }, label.fontProperty(), label.paddingProperty(), session.textsProperty());
        label.minWidthProperty().bind(widest);
        label.prefWidthProperty().bind(widest);
    }

    /**
     * Greys a field the settings do not use, as disabling it did, but lets it take the focus: clicked
     * and typed into while disabled, its digits went to the window's keys ("1" chose Sequential, and
     * Enter then ran a seven-minute run). Read-only, it takes them and changes nothing.
     */
    private static void lockWhen(TextField field, javafx.beans.value.ObservableBooleanValue locked) {
        field.editableProperty().bind(Bindings.not(locked));
        // Tab goes past it, as past a disabled field (it landed in Sequential's greyed Hold lock and
        // selected its 300); clicked, it still takes the keys typed.
        field.focusTraversableProperty().bind(Bindings.not(locked));
        Listen.onChange(field, locked, (obs, was, is) -> field.pseudoClassStateChanged(LOCKED, is));
        field.pseudoClassStateChanged(LOCKED, locked.get());
    }
}
