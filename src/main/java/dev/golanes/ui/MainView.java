package dev.golanes.ui;

import dev.golanes.engine.EngineKind;
import dev.golanes.i18n.Texts;
import dev.golanes.playback.Dashboard;
import dev.golanes.playback.PlaybackModel;
import dev.golanes.playback.Session;
import dev.golanes.render.Theme;
import dev.golanes.scenario.Mode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

/** The window's frame: the mode buttons, the run controls, the timeline with its scrubber, and the status bar. */
public final class MainView {
    private final Session session;
    private final Dashboard dashboard;
    /** Set while the buttons follow the model, so that is not taken for a click. */
    private boolean showingMode;

    /** The share of the status bar the status column may take when its longest status would need more. */
    private static final double STATUS_SHARE = 0.3;

    @FXML private BorderPane root;
    @FXML private ToggleGroup modes;
    @FXML private ToggleButton sequentialButton;
    @FXML private ToggleButton concurrentButton;
    @FXML private ToggleButton mutexButton;
    @FXML private ToggleButton raceButton;
    @FXML private SteadyMenuButton pitfallsButton;
    @FXML private Button runButton;
    @FXML private Button stopButton;
    @FXML private Button playButton;
    @FXML private Button replayButton;
    @FXML private Button stepBackButton;
    @FXML private Button stepForwardButton;
    @FXML private ComboBox<Double> speedBox;
    @FXML private Menu languageMenu;
    @FXML private Menu themeMenu;
    @FXML private Node scenario;
    @FXML private SplitPane split;
    @FXML private SplitPane leftSplit;
    @FXML private TimelineBox timelineBox;
    @FXML private TimelineView timeline;
    @FXML private OverviewView overview;
    @FXML private Slider scrubber;
    @FXML private Label timeReadout;
    @FXML private Label explanation;
    @FXML private Label status;
    @FXML private Label statusReserve;
    @FXML private Label runInfo;
    @FXML private Button exportButton;
    @FXML private MenuButton menu;
    @FXML private CheckMenuItem presentItem;
    @FXML private Button compareButton;
    @FXML private Label exportNotice;

    public MainView(Session session) {
        this.session = session;
        this.dashboard = new Dashboard(session.playback(), session.textsProperty());
    }

    @FXML
    private void initialize() {
        PlaybackModel playback = session.playback();
        Map<Mode, ToggleButton> buttons = Map.of(Mode.SEQUENTIAL, sequentialButton, Mode.CONCURRENT, concurrentButton,
                Mode.MUTEX, mutexButton, Mode.RACE, raceButton);
        // A program's button says what the program does, and its key; the pitfalls' button names the three.
        buttons.forEach((mode, button) -> {
            button.setUserData(mode);
            button.setTooltip(Tips.wrapped(session.texts().format("mode.tip",
                    session.texts().format("mode.explain." + mode.id()), mode.ordinal() + 1)));
        });
        pitfallsButton.setTooltip(Tips.wrapped(session.texts().format("mode.pitfalls.tip",
                Arrays.stream(Mode.values()).filter(Mode::isPitfall).map(mode -> session.texts().format("mode." + mode.id()))
                        .toArray())));
        List<String> pitfallTexts = new ArrayList<>(List.of(session.texts().format("mode.pitfalls")));
        for (Mode mode : Mode.values()) {
            if (mode.isPitfall()) {
                pitfallTexts.add(session.texts().format("mode.short." + mode.id()));
                MenuItem item = new MenuItem(session.texts().format("mode." + mode.id()));
                item.setId("mode-" + mode.id());
                item.setAccelerator(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (mode.ordinal() + 1))));
                item.setOnAction(event -> session.selectMode(mode));
                pitfallsButton.getItems().add(item);
            }
        }
        // The button shows the pitfall chosen; the buttons after it keep their place whichever it is.
        pitfallsButton.setTexts(pitfallTexts);
        showMode(buttons, session.form().modeProperty().get());
        Listen.onChange(root, session.form().modeProperty(), (obs, old, mode) -> showMode(buttons, mode));
        modes.selectedToggleProperty().addListener((obs, old, selected) -> modeClicked(old, selected));

        runButton.disableProperty().bind(session.form().validProperty().not());
        stopButton.disableProperty().bind(session.real().runningProperty().not());
        // Stop is for real runs: beside the simulator it would only be a grey button taking room that
        // a narrow projector (1024 wide) needs for the others.
        stopButton.visibleProperty().bind(Bindings.equal(session.engineProperty(), EngineKind.REAL));
        stopButton.managedProperty().bind(stopButton.visibleProperty());
        // The toolbar's buttons keep their words; when the window is too narrow for all, the
        // programs' names are what gets shortened (the brand goes first, see Toolbar).
        // Under the timeline likewise: the scrubber gives up width before a button or the readout does.
        for (Region control : List.of(runButton, stopButton, exportButton, menu, compareButton, playButton, replayButton,
                stepBackButton, stepForwardButton, timeReadout, speedBox)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        scrubber.setMinWidth(60);
        // Wider only with room to spare (it grows): short of room it is what gives way first, before the readout
        // takes two lines, as every other control keeps its width.
        scrubber.setPrefWidth(60);
        playButton.textProperty().bind(Bindings.createStringBinding(
                () -> session.texts().format(playback.isPlaying() ? "action.pause" : "action.play"),
                playback.playingProperty(), session.textsProperty()));
        SpeedBox.bind(speedBox, playback.speedProperty(), session::texts);
        // The code panel keeps its share of the width, the console its share of the height; presenting,
        // the console gives the timeline a little of it, and still shows four lines in its smaller type.
        SplitFraction.keep(split, session.presentingProperty(), 0.62, 0.62).givesTheSecondAtLeast(450, 0.58);
        SplitFraction.keep(leftSplit, session.presentingProperty(), 0.7, 0.72).keepsTheLeastOf(timelineBox);

        scenario.visibleProperty().bind(session.presentingProperty().not());
        presentItem.setSelected(session.presentingProperty().get());
        Listen.onChange(menu, session.presentingProperty(), (obs, was, presenting) -> presentItem.setSelected(presenting));
        scenario.managedProperty().bind(scenario.visibleProperty());
        fillChoices();
        timeline.bind(session);
        overview.bind(session, timeline);
        Scrubbing.bind(scrubber, playback);
        // A real run not started yet has nothing to play: Run starts it (the status bar says so). One
        // under way goes at its own pace, on the real clock: it can be played back once it has ended.
        BooleanBinding nothingToPlay = playback.emptyProperty().or(playback.liveProperty());
        for (Node control : List.of(playButton, replayButton, stepBackButton, stepForwardButton, scrubber)) {
            control.disableProperty().bind(nothingToPlay);
        }
        // The speed can be chosen before a real run, for playing it back; not while it goes.
        speedBox.disableProperty().bind(playback.liveProperty());
        keepTheReadoutWhole();
        ExportAction.attach(exportButton, exportNotice, timeline, session);
        // With real threads the concurrent total is the sleep that ended last, as the side panel says.
        explanation.textProperty().bind(Bindings.createStringBinding(() -> {
            Texts t = session.texts();
            String key = "mode.explain." + session.form().modeProperty().get().id();
            return t.format(session.engineProperty().get() == EngineKind.REAL && t.has(key + ".real") ? key + ".real" : key);
        }, session.form().modeProperty(), session.textsProperty(), session.engineProperty()));
        status.textProperty().bind(session.status(session.real().status(dashboard.status())));
        runInfo.textProperty().bind(session.real().runInfo());
        keepTheStatusWidth();
    }

    /**
     * The time readout is as wide as the run's end makes it, from the start, so the scrubber beside it
     * keeps its width as the time gets more digits. Short of room it is never cut short ("2867 /
     * 3,002,0..." at 1024 wide with 10,000 calls): once the scrubber is at its least width, it goes on
     * two lines, the time over the total.
     */
    private void keepTheReadoutWhole() {
        StringBinding readout = dashboard.timeReadout();
        StringBinding longest = dashboard.longestTimeReadout();
        DoubleBinding oneLine = Bindings.createDoubleBinding(() -> widthOfReadout(longest.get()), longest, timeReadout.fontProperty());
        DoubleBinding twoLines = Bindings.createDoubleBinding(() -> {
            String[] halves = longest.get().split(READOUT_SPLIT, 2);
            return halves.length < 2 ? oneLine.get() : Math.max(widthOfReadout(halves[0] + " /"), widthOfReadout(halves[1]));
        }, longest, oneLine, timeReadout.fontProperty());
        timeReadout.minWidthProperty().bind(Bindings.min(oneLine, twoLines));
        // Its two lines, when it takes them, are not squeezed back into one by the timeline above.
        timeReadout.setMinHeight(Region.USE_PREF_SIZE);
        timeReadout.prefWidthProperty().bind(oneLine);
        // One line or two by the longest readout, not the one shown: the play bar keeps its height through the run.
        timeReadout.textProperty().bind(Bindings.createStringBinding(() -> {
            String text = readout.get();
            boolean fits = timeReadout.getWidth() <= 0 || oneLine.get() <= timeReadout.getWidth() + 0.5;
            return fits ? text : text.replaceFirst(READOUT_SPLIT, " /\n");
        }, readout, oneLine, timeReadout.widthProperty()));
    }

    /** Between the time and the total in the readout ({@code 2867 / 3,002,000 ms}). */
    private static final String READOUT_SPLIT = " / ";

    private double widthOfReadout(String text) {
        return Math.ceil(TextWidth.of(timeReadout.getFont(), text) + timeReadout.snappedLeftInset() + timeReadout.snappedRightInset());
    }

    /**
     * The status column is as wide as the longest status a run shows (ready, playing, paused, finished;
     * stopped and running with real threads) with numbers of five digits, so the explanation beside it
     * wraps the same way throughout: the status bar keeps its height and the panes above do not jump
     * when a run starts or ends. "Ready: press Run..." is the widest in both languages. On a narrow
     * bar (a 1024 projector, presenting) the column takes at most {@link #STATUS_SHARE} of it, as the
     * explanation beside it needs the room more: a status too long for that wraps, in lines kept for
     * it throughout. A longer status (a failed real run's reason) wraps further while it shows.
     */
    private void keepTheStatusWidth() {
        Region bar = (Region) explanation.getParent();
        StringBinding longest = Bindings.createStringBinding(() -> widestOf(session.statuses(true)),
                status.fontProperty(), session.textsProperty(), session.engineProperty());
        DoubleBinding widest = Bindings.createDoubleBinding(() -> widthOf(longest.get()), longest);
        // The statuses with a time in them, never wrapped.
        DoubleBinding shortest = Bindings.createDoubleBinding(() -> widthOf(widestOf(session.statuses(false))),
                status.fontProperty(), session.textsProperty(), session.engineProperty());
        DoubleBinding column = Bindings.createDoubleBinding(
                () -> Math.min(widest.get(), Math.max(shortest.get(), Math.floor(bar.getWidth() * STATUS_SHARE))),
                widest, shortest, bar.widthProperty());
        // The longest status, never shown, keeps its lines under the one shown.
        statusReserve.textProperty().bind(longest);
        for (Label label : List.of(status, statusReserve)) {
            label.setWrapText(true);
            label.prefWidthProperty().bind(column);
            label.maxWidthProperty().bind(column);
        }
    }


    /** The widest of the texts, in the status's font. */
    private String widestOf(List<String> texts) {
        String widest = "";
        for (String text : texts) {
            if (widthOf(text) > widthOf(widest)) {
                widest = text;
            }
        }
        return widest;
    }

    private double widthOf(String text) {
        return Math.ceil(TextWidth.of(status.getFont(), text));
    }

    /** The language and theme menus: one radio item each, the current one checked. */
    private void fillChoices() {
        ToggleGroup languages = new ToggleGroup();
        for (Locale language : Texts.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(session.texts().format("language." + language.getLanguage()));
            item.setToggleGroup(languages);
            item.setSelected(language.equals(session.texts().locale()));
            item.setOnAction(event -> session.setLanguage(language));
            languageMenu.getItems().add(item);
        }
        ToggleGroup themes = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(session.texts().format("theme." + theme.id()));
            item.setToggleGroup(themes);
            item.setSelected(theme == session.themeProperty().get());
            item.setOnAction(event -> session.themeProperty().set(theme));
            Listen.onChange(root, session.themeProperty(), (obs, old, now) -> item.setSelected(now == theme));
            themeMenu.getItems().add(item);
        }
    }

    /** Selects the mode's button; a pitfall has none, so the pitfalls menu shows it instead. */
    private void showMode(Map<Mode, ToggleButton> buttons, Mode mode) {
        showingMode = true;
        try {
            modes.selectToggle(buttons.get(mode));
            pitfallsButton.pseudoClassStateChanged(Styles.SELECTED, mode.isPitfall());
            pitfallsButton.setText(session.texts().format(mode.isPitfall() ? "mode.short." + mode.id() : "mode.pitfalls"));
        } finally {
            showingMode = false;
        }
    }

    /** Clicking the selected mode again would leave none selected; keep it, and switch on a real change. */
    private void modeClicked(Toggle old, Toggle selected) {
        if (showingMode) {
            return;
        }
        if (selected == null) {
            modes.selectToggle(old);
            return;
        }
        Mode mode = (Mode) selected.getUserData();
        if (mode != session.form().modeProperty().get()) {
            session.selectMode(mode);
        }
    }

    public BorderPane root() {
        return root;
    }

    @FXML
    private void run() {
        session.run();
    }

    @FXML
    private void stop() {
        session.stop();
    }

    @FXML
    private void togglePlay() {
        session.playback().togglePlay();
    }

    @FXML
    private void replay() {
        session.replay();
    }

    @FXML
    private void stepBackward() {
        session.playback().stepBackward();
    }

    @FXML
    private void stepForward() {
        session.playback().stepForward();
    }

    @FXML
    private void openScenario() {
        ScenarioDialogs.open(root.getScene().getWindow(), session);
    }

    @FXML
    private void saveScenario() {
        ScenarioDialogs.save(root.getScene().getWindow(), session);
    }

    @FXML
    private void export() {
        exportButton.fire();
    }

    /** The menu's item turns presentation mode on and off: a mouse alone, or a clicker, can leave it too. */
    @FXML
    private void present() {
        session.presentingProperty().set(presentItem.isSelected());
    }

    @FXML
    private void showKeys() {
        session.helpShownProperty().set(true);
    }

    @FXML
    private void compare() {
        CompareWindow.open(root.getScene().getWindow(), session);
    }
}
