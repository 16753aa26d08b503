package dev.golanes.playback;

import dev.golanes.engine.Draws;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Field;
import dev.golanes.scenario.Limits;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Problem;
import dev.golanes.scenario.Scenario;
import dev.golanes.scenario.ScenarioException;
import dev.golanes.scenario.Values;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The scenario as typed into the window: one text per field, checked on every change. A field
 * with a bad value shows why next to it; the last valid scenario is kept, so a typo never loses a run.
 * Delay settings the user has not touched follow the mode's default (random for sequential and
 * concurrent, 2000 ms each for mutex, as in the tutorial).
 */
public final class ScenarioForm {
    /** The most calls whose delays switching to a list writes out. */
    static final int LISTED_AT_MOST = 100;
    public static final int MAX_CALLS = Limits.MAX_WINDOW_CALLS;

    /** How the delays are given. */
    public enum DelayKind {
        RANDOM, FIXED, LIST
    }

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.SEQUENTIAL);
    private final StringProperty calls = new SimpleStringProperty(this, "calls", "");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "");
    private final StringProperty hold = new SimpleStringProperty(this, "hold", "");
    private final ObjectProperty<DelayKind> delayKind = new SimpleObjectProperty<>(this, "delayKind", DelayKind.RANDOM);
    private final StringProperty maxDelay = new SimpleStringProperty(this, "maxDelay", "");
    private final StringProperty delay = new SimpleStringProperty(this, "delay", "");
    private final StringProperty delays = new SimpleStringProperty(this, "delays", "");
    private final ObjectProperty<Texts> texts;
    private final Map<Field, ReadOnlyObjectWrapper<Problem>> problems = new EnumMap<>(Field.class);
    private final BooleanBinding valid;
    private Scenario lastValid;
    /**
     * {@link #lastValid}, to observe: it is set after the fields' problems, so a binding read when
     * those change (the form valid again) sees the scenario before the change, and must hear of it.
     */
    private final ReadOnlyObjectWrapper<Scenario> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    /**
     * The hold as typed for each program that has one: Mutex's hold, Race's read-write gap and No
     * Lock's unguarded work are three settings that share a field. Shared, a teacher who set Mutex's
     * hold to 0 (the tutorial's) found Race losing nothing. A program not yet given one starts at
     * {@link #holdToStart}.
     */
    private final Map<Mode, String> holdByMode = new EnumMap<>(Mode.class);
    /** The hold a program not yet given its own starts at: 300 ms, or a loaded scenario's. */
    private String holdToStart = Long.toString(Limits.DEFAULT_HOLD_MS);
    private boolean delaysTouched;
    /**
     * The single delays' fields holding a list typed since the list itself was last edited or taken:
     * choosing the list from one of them takes what was typed there ({@link #takeTheList}). A list typed
     * there long ago, and left for another kind, must not undo the list's edits when the list is chosen
     * from that other kind.
     */
    private final Set<DelayKind> listTyped = EnumSet.noneOf(DelayKind.class);
    /**
     * The scenario last handed out to run or show ({@link #scenario()}): the run's delays, which a field
     * a list was taken from gets back, so it is not left holding a list half typed ("1200,300,1").
     */
    private Scenario handedOut;
    private boolean applyingDefaults;

    public ScenarioForm(ObjectProperty<Texts> texts, Scenario initial) {
        this.texts = texts;
        for (Field field : Field.values()) {
            problems.put(field, new ReadOnlyObjectWrapper<>(this, field.key()));
        }
        load(initial);
        calls.addListener((obs, old, value) -> validate());
        seed.addListener((obs, old, value) -> validate());
        hold.addListener((obs, old, value) -> validate());
        delays.addListener((obs, old, value) -> {
            if (!applyingDefaults) {
                listTyped.clear();
            }
            delaysEdited();
        });
        for (DelayKind kind : List.of(DelayKind.RANDOM, DelayKind.FIXED)) {
            delayValueProperty(kind).addListener((obs, old, value) -> {
                if (applyingDefaults) {
                    return;
                }
                if (typedAsList(value)) {
                    listTyped.add(kind);
                } else {
                    listTyped.remove(kind);
                }
                if (kind == delayKind.get() && Values.readsAsDelayList(value)) {
                    delayKind.set(DelayKind.LIST);
                } else {
                    delaysEdited();
                }
            });
        }
        delayKind.addListener((obs, old, value) -> {
            if (value == DelayKind.LIST && old != null && old != DelayKind.LIST && !applyingDefaults) {
                takeTheList(old);
            }
            delaysEdited();
        });
        mode.addListener((obs, old, value) -> modeChanged(old, value));
        hold.addListener((obs, old, value) -> {
            if (mode.get().usesHold()) {
                holdByMode.put(mode.get(), value);
            }
        });
        valid = Bindings.createBooleanBinding(
                () -> problems.values().stream().allMatch(p -> p.get() == null),
                problems.values().toArray(new ReadOnlyObjectWrapper<?>[0]));
    }

    /** Fills every field from a scenario, as if the user had typed it. */
    public void load(Scenario scenario) {
        listTyped.clear();
        // A loaded scenario is the run's (the command line's, a file's) until another is run.
        handedOut = scenario;
        applyingDefaults = true;
        try {
            mode.set(scenario.mode());
            calls.set(Integer.toString(Math.min(scenario.calls(), MAX_CALLS)));
            seed.set(Long.toString(scenario.seed()));
            // A scenario loaded (a file, the command line) gives its hold to every program, as typed.
            holdByMode.clear();
            holdToStart = Long.toString(scenario.holdMs());
            hold.set(holdToStart);
            maxDelay.set(Long.toString(Limits.DEFAULT_DELAY_MS));
            delay.set(Long.toString(Limits.DEFAULT_DELAY_MS));
            delays.set("");
            showDelays(scenario.delays());
            delaysTouched = !scenario.delays().equals(scenario.mode().defaultDelays());
        } finally {
            applyingDefaults = false;
        }
        validate();
    }

    /**
     * Puts back the settings of {@code shown} in the wrong fields only; values typed right stay,
     * run or not. A wrong delay value puts back the whole delay setting (how the delays are given,
     * and the value; the current program's default if {@code shown} had its own program's). A field
     * that is wrong once another is put back (calls typed wrong while a delay list set them) is put
     * back in turn; should the fields still disagree, every field takes {@code shown}'s values.
     */
    public void dropWrongValues(Scenario shown) {
        for (int pass = 0; pass < Field.values().length && !valid.get(); pass++) {
            applyingDefaults = true;
            try {
                for (Field field : Field.values()) {
                    if (problems.get(field).get() != null) {
                        restore(field, shown);
                    }
                }
            } finally {
                applyingDefaults = false;
            }
            validate();
        }
        if (!valid.get()) {
            load(shown);
        }
    }

    private void restore(Field field, Scenario shown) {
        switch (field) {
            case CALLS -> calls.set(Integer.toString(Math.min(shown.calls(), MAX_CALLS)));
            case SEED -> seed.set(Long.toString(shown.seed()));
            case HOLD -> hold.set(Long.toString(shown.holdMs()));
            case MAX_DELAY, DELAY, DELAYS -> {
                delayValueProperty(delayKind.get()).set(field == Field.DELAYS ? "" : Long.toString(Limits.DEFAULT_DELAY_MS));
                // Delays the run had by default follow the program chosen since, as untouched delays do.
                boolean byDefault = shown.delays().equals(shown.mode().defaultDelays());
                showDelays(byDefault ? mode.get().defaultDelays() : shown.delays());
                delaysTouched = !byDefault;
            }
            case MODE -> mode.set(shown.mode());
        }
    }

    /** The scenario the fields describe, or empty while any field is wrong. */
    public Optional<Scenario> scenario() {
        validate();
        if (valid.get()) {
            handedOut = lastValid;
        }
        return valid.get() ? Optional.of(lastValid) : Optional.empty();
    }

    /** The last scenario all fields agreed on, to observe. */
    public ReadOnlyObjectProperty<Scenario> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** The last scenario all fields agreed on. */
    public Scenario lastValid() {
        return lastValid;
    }

    /**
     * The last valid scenario as program {@code program} would run it, with that program's own hold
     * (see {@link #holdByMode}) where it is valid: a program chosen while another field is wrong.
     */
    public Scenario lastValidFor(Mode program) {
        Scenario moved = lastValid.withMode(program);
        if (program.usesHold()) {
            try {
                long own = Values.hold(holdByMode.getOrDefault(program, holdToStart));
                return new Scenario(program, moved.calls(), moved.delays(), own, moved.seed());
            } catch (ScenarioException e) {
                return moved;
            }
        }
        return moved;
    }

    public void newSeed() {
        seed.set(Long.toString(Scenario.drawSeed()));
    }

    private void modeChanged(Mode oldMode, Mode newMode) {
        if (!applyingDefaults) {
            applyingDefaults = true;
            try {
                if (!delaysTouched) {
                    showDelays(newMode.defaultDelays());
                }
                // Each program's own hold (see holdByMode); a program without one shows the last, greyed.
                if (newMode.usesHold() && newMode != oldMode) {
                    hold.set(holdByMode.getOrDefault(newMode, holdToStart));
                }
            } finally {
                applyingDefaults = false;
            }
        }
        validate();
    }

    /**
     * Choosing one delay per call takes a list typed in the field of the kind chosen before
     * ({@link #typedAsList}, {@link #listTyped}), as the message there asks; a list of three or more
     * delays is taken as soon as it is typed ({@link Values#readsAsDelayList}), the choice following by
     * itself. That field gets back the run's delay ({@link #runsDelay}): what was typed is in the list,
     * so nothing is lost. Else the list, if empty, starts from the delays the calls had.
     */
    private void takeTheList(DelayKind before) {
        StringProperty single = delayValueProperty(before);
        if (listTyped.contains(before) && typedAsList(single.get())) {
            applyingDefaults = true;
            try {
                delays.set(single.get());
                single.set(runsDelay(before));
            } finally {
                applyingDefaults = false;
            }
            listTyped.clear();
        } else if (delays.get().isBlank()) {
            listTheDelays(before);
        }
    }

    /** The delay of {@code kind} the run had ({@link #handedOut}), or the usual 2000 ms if it had another kind. */
    private String runsDelay(DelayKind kind) {
        DelaySpec ran = handedOut == null ? null : handedOut.delays();
        if (kind == DelayKind.RANDOM && ran instanceof DelaySpec.Random random) {
            return Long.toString(random.maxMs());
        }
        if (kind == DelayKind.FIXED && ran instanceof DelaySpec.Fixed fixed) {
            return Long.toString(fixed.ms());
        }
        return Long.toString(Limits.DEFAULT_DELAY_MS);
    }

    /** Whether text typed for a single delay has a comma, so may be a list (see {@link Values#readsAsDelayList}). */
    private static boolean typedAsList(String text) {
        return text != null && text.contains(",");
    }

    /**
     * Choosing one delay per call with the list still empty fills it with the delays the calls had
     * (the seed's draws of a random delay, or the same delay for each), ready to change one: up to
     * {@link #LISTED_AT_MOST} calls, a list a teacher would edit by hand.
     */
    private void listTheDelays(DelayKind before) {
        Scenario shown = lastValid;
        DelaySpec spec;
        try {
            spec = before == DelayKind.RANDOM ? new DelaySpec.Random(Values.maxDelay(maxDelay.get()))
                    : new DelaySpec.Fixed(Values.delay(delay.get()));
        } catch (ScenarioException e) {
            return;
        }
        if (shown == null || shown.calls() > LISTED_AT_MOST) {
            return;
        }
        Draws draws = Draws.of(new Scenario(shown.mode(), shown.calls(), spec, shown.holdMs(), shown.seed()));
        StringBuilder list = new StringBuilder();
        for (int lane = 1; lane <= shown.calls(); lane++) {
            list.append(lane > 1 ? "," : "").append(draws.delayMicros(lane) / 1_000);
        }
        applyingDefaults = true;
        try {
            delays.set(list.toString());
        } finally {
            applyingDefaults = false;
        }
    }

    private void delaysEdited() {
        if (!applyingDefaults) {
            delaysTouched = true;
            validate();
        }
    }

    private void showDelays(DelaySpec spec) {
        if (spec instanceof DelaySpec.Random random) {
            maxDelay.set(Long.toString(random.maxMs()));
            delayKind.set(DelayKind.RANDOM);
        } else if (spec instanceof DelaySpec.Fixed fixed) {
            delay.set(Long.toString(fixed.ms()));
            delayKind.set(DelayKind.FIXED);
        } else if (spec instanceof DelaySpec.Listed listed) {
            delays.set(listed.ms().stream().map(String::valueOf).collect(Collectors.joining(",")));
            delayKind.set(DelayKind.LIST);
        }
    }

    private void validate() {
        if (applyingDefaults) {
            return;
        }
        problems.values().forEach(p -> p.set(null));
        // The window disables the calls while a delay list sets them, and the hold in a program without
        // one: a bad value left there must not block Run with a message under a field the user cannot edit.
        boolean fromList = delayKind.get() == DelayKind.LIST;
        Integer callCount = fromList ? null
                : check(Field.CALLS, () -> (int) Values.wholeNumber(Field.CALLS, calls.get(), 1, MAX_CALLS));
        if (callCount == null && !fromList && fitsTheCommandLine(calls.get())) {
            // 100000 is refused here, not everywhere: the message says where such a run can be had.
            problems.get(Field.CALLS).set(new Problem("problem.windowCalls",
                    List.of((long) MAX_CALLS, Problem.echo(calls.get()), (long) Limits.MAX_CALLS)));
        }
        Long seedValue = check(Field.SEED, () -> Values.seed(seed.get()));
        Long holdValue = mode.get().usesHold() ? check(Field.HOLD, () -> Values.hold(hold.get())) : unusedHold();
        DelaySpec spec = switch (delayKind.get()) {
            case RANDOM -> check(Field.MAX_DELAY, () -> new DelaySpec.Random(Values.maxDelay(maxDelay.get())));
            case FIXED -> check(Field.DELAY, () -> new DelaySpec.Fixed(Values.delay(delay.get())));
            case LIST -> check(Field.DELAYS, () -> new DelaySpec.Listed(Values.delayList(delays.get())));
        };
        if (spec == null && delayKind.get() != DelayKind.LIST && typedAsList(delayValueProperty(delayKind.get()).get())) {
            pointToTheList(delayKind.get());
        }
        if ((callCount == null && !fromList) || seedValue == null || holdValue == null || spec == null) {
            return;
        }
        if (spec instanceof DelaySpec.Listed listed && listed.ms().size() > MAX_CALLS) {
            problems.get(Field.DELAYS).set(new Problem("problem.windowDelays", List.of(listed.ms().size(), MAX_CALLS)));
            return;
        }
        try {
            int count = spec instanceof DelaySpec.Listed listed ? listed.ms().size() : callCount;
            lastValid = new Scenario(mode.get(), count, spec, holdValue, seedValue);
            settings.set(lastValid);
        } catch (ScenarioException e) {
            problems.get(e.field()).set(e.problem());
        }
    }

    /**
     * A single delay typed with a comma: {@code 1,000} or {@code 1,5} wants no comma, {@code 1200,300} the
     * list, named as the choice of delays names it, for the form does not guess (see {@link Values#readsAsDelayList}).
     */
    private void pointToTheList(DelayKind kind) {
        Field field = delayField(kind);
        long least = kind == DelayKind.RANDOM ? 1 : 0;
        problems.get(field).set(new Problem("problem.delayNotList", List.of(least, Limits.MAX_DELAY_MS,
                Problem.echo(delayValueProperty(kind).get()), new Problem.Text("delays.list"))));
    }

    /** The hold of a program that takes no lock: as typed if it is valid, else the last valid one. */
    private long unusedHold() {
        try {
            return Values.hold(hold.get());
        } catch (ScenarioException e) {
            return lastValid != null ? lastValid.holdMs() : Limits.DEFAULT_HOLD_MS;
        }
    }

    /** Whether the text is a number of calls too many for the window that golanes run and export take. */
    private static boolean fitsTheCommandLine(String text) {
        try {
            return Values.calls(text) > MAX_CALLS;
        } catch (ScenarioException e) {
            return false;
        }
    }

    private <T> T check(Field field, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ScenarioException e) {
            problems.get(e.field()).set(e.problem());
            return null;
        }
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public StringProperty callsProperty() {
        return calls;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public StringProperty holdProperty() {
        return hold;
    }

    public ObjectProperty<DelayKind> delayKindProperty() {
        return delayKind;
    }

    public StringProperty maxDelayProperty() {
        return maxDelay;
    }

    public StringProperty delayProperty() {
        return delay;
    }

    public StringProperty delaysProperty() {
        return delays;
    }

    /** The text field that holds the current delay setting's value. */
    public StringProperty delayValueProperty(DelayKind kind) {
        return switch (kind) {
            case RANDOM -> maxDelay;
            case FIXED -> delay;
            case LIST -> delays;
        };
    }

    /** The field behind each delay kind, for its problem. */
    public static Field delayField(DelayKind kind) {
        return switch (kind) {
            case RANDOM -> Field.MAX_DELAY;
            case FIXED -> Field.DELAY;
            case LIST -> Field.DELAYS;
        };
    }

    public ReadOnlyObjectProperty<Problem> problemProperty(Field field) {
        return problems.get(field).getReadOnlyProperty();
    }

    /** What is wrong with a field, in the current language and naming the field as the form labels it; empty when fine. */
    public StringBinding messageOf(Field field) {
        return Bindings.createStringBinding(() -> {
            Problem problem = problems.get(field).get();
            if (problem == null) {
                return "";
            }
            Texts t = texts.get();
            return t.problem(t.format(labelKey(field)), problem);
        }, problems.get(field), texts, mode);
    }

    /** How many delays the list holds, as text; empty while the list does not read. */
    public StringBinding listedCalls() {
        return Bindings.createStringBinding(() -> {
            try {
                return Integer.toString(Values.delayList(delays.get()).size());
            } catch (ScenarioException e) {
                // A wrong entry is still an entry: the field counts them, not a blank until the list is right.
                String text = delays.get() == null ? "" : delays.get().strip();
                return text.isEmpty() ? "" : Integer.toString(text.split(",", -1).length);
            }
        }, delays);
    }

    /** What is wrong with the first wrong field, as {@link #messageOf} says it; empty when every field is fine. */
    public Optional<String> firstProblem() {
        for (Field field : problems.keySet()) {
            String message = messageOf(field).get();
            if (!message.isEmpty()) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }

    /** A field's name as the form labels it, in the current language and mode. */
    public StringBinding label(Field field) {
        return Bindings.createStringBinding(() -> texts.get().format(labelKey(field)), texts, mode);
    }

    /**
     * A text about the hold time, for the mode: {@code hold.what}, or its wording for the mode when it
     * has one ({@code hold.what.race}: the gap between the read and the write; {@code hold.what.unguarded}:
     * the work the missing lock should have guarded).
     */
    public StringBinding holdText(String what) {
        String key = "hold." + what;
        return Bindings.createStringBinding(() -> {
            String forMode = key + holdSuffix(mode.get());
            return texts.get().format(texts.get().has(forMode) ? forMode : key);
        }, texts, mode);
    }

    /** The hold time's wordings: {@code ""}, or one of these after a key, in the modes that have them. */
    public static final List<String> HOLD_WORDINGS = List.of("", ".race", ".unguarded");

    private static String holdSuffix(Mode mode) {
        return switch (mode) {
            case RACE -> ".race";
            case DOUBLE_UNLOCK -> ".unguarded";
            default -> "";
        };
    }

    private String labelKey(Field field) {
        return "field." + field.key() + (field == Field.HOLD ? holdSuffix(mode.get()) : "");
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** Whether the hold time matters for the chosen program. */
    public BooleanBinding holdMattersProperty() {
        return Bindings.createBooleanBinding(() -> mode.get().usesHold(), mode);
    }
}
