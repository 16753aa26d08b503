package dev.golanes.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.engine.Simulator;
import dev.golanes.i18n.Texts;
import dev.golanes.playback.ScenarioForm.DelayKind;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Field;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.CallSummary;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class ScenarioFormTest {
    private final SimpleObjectProperty<Texts> english = new SimpleObjectProperty<>(Texts.forLocale(Locale.ENGLISH));

    private ScenarioForm form(Mode mode) {
        return new ScenarioForm(english, Scenario.defaults(mode, 42));
    }

    /**
     * Mutex's hold, Race's gap and No Lock's unguarded work share a field but not a value: a teacher who
     * set Mutex's hold to 0 (the tutorial's) found Race losing nothing. Each program keeps what was
     * typed for it; one not given a value starts at the run's (300 ms); a scenario loaded sets them all.
     */
    @Test
    void eachProgramKeepsItsOwnHold() {
        ScenarioForm form = form(Mode.MUTEX);
        form.holdProperty().set("0");
        form.modeProperty().set(Mode.RACE);
        assertEquals("300", form.holdProperty().get(), "Race's gap is not Mutex's hold");
        assertEquals(300, form.scenario().orElseThrow().holdMs());
        form.holdProperty().set("500");
        form.modeProperty().set(Mode.CONCURRENT);
        assertEquals("500", form.holdProperty().get(), "a program without a hold shows the last one, greyed");
        form.modeProperty().set(Mode.MUTEX);
        assertEquals("0", form.holdProperty().get());
        assertEquals(0, form.scenario().orElseThrow().holdMs());
        form.modeProperty().set(Mode.DOUBLE_UNLOCK);
        assertEquals("300", form.holdProperty().get());
        form.modeProperty().set(Mode.RACE);
        assertEquals("500", form.holdProperty().get());
        // A wrong value typed stays with its program, red, and comes back with it.
        form.holdProperty().set("-1");
        assertTrue(form.scenario().isEmpty());
        form.modeProperty().set(Mode.MUTEX);
        assertTrue(form.scenario().isPresent(), "Mutex's own hold is fine");
        form.modeProperty().set(Mode.RACE);
        assertEquals("-1", form.holdProperty().get(), "nothing typed is lost");

        form.load(new Scenario(Mode.MUTEX, 5, new DelaySpec.Fixed(2000), 50, 42));
        form.modeProperty().set(Mode.RACE);
        assertEquals("50", form.holdProperty().get(), "a loaded scenario's hold for every program");
    }

    /**
     * The hold time is named for what it is in each program: the lock held (mutex), the gap between
     * a read and a write (race), the work the missing lock should have guarded (Unlock without Lock).
     */
    @Test
    void theHoldTimeIsNamedForWhatItIsInEachProgram() {
        ScenarioForm form = form(Mode.MUTEX);
        javafx.beans.binding.StringBinding label = form.label(Field.HOLD);
        javafx.beans.binding.StringBinding help = form.holdText("help");
        javafx.beans.binding.StringBinding unit = form.holdText("inline");
        assertEquals("Hold lock", label.get());
        form.modeProperty().set(Mode.RACE);
        assertEquals("Read-write gap", label.get());
        assertEquals("ms (0 = no gap)", unit.get());
        form.modeProperty().set(Mode.DOUBLE_UNLOCK);
        assertEquals("Unguarded work", label.get());
        assertEquals("How long each goroutine works where m.Lock() should have let one in at a time, before it"
                + " appends and calls m.Unlock() (0 = the tutorial's program without its m.Lock())", help.get());
        // Not "(0 = the tutorial)": at 0 it is still the program without m.Lock(), not the tutorial's.
        assertEquals("ms (0 = none)", unit.get());
        form.holdProperty().set("x");
        assertTrue(form.messageOf(Field.HOLD).get().startsWith("Unguarded work must be"), form.messageOf(Field.HOLD).get());
    }

    /** Esc in a wrong field: only the wrong field goes back to the run's value; the hold and seed typed right stay. */
    @Test
    void droppingWrongValuesKeepsTheRightOnes() {
        Scenario shown = Scenario.defaults(Mode.MUTEX, 42);
        ScenarioForm form = new ScenarioForm(english, shown);
        form.holdProperty().set("1500");
        form.seedProperty().set("777");
        form.callsProperty().set("abc");
        assertFalse(form.validProperty().get());
        form.dropWrongValues(shown);
        assertEquals("5", form.callsProperty().get());
        assertEquals("1500", form.holdProperty().get());
        assertEquals("777", form.seedProperty().get());
        assertEquals(new Scenario(Mode.MUTEX, 5, new DelaySpec.Fixed(2000), 1500, 777), form.scenario().orElseThrow());
    }

    /** A wrong delay list goes back to the run's delay setting; the calls typed right stay. */
    @Test
    void aWrongDelayListGoesBackToTheRunsDelays() {
        Scenario shown = Scenario.defaults(Mode.MUTEX, 42);
        ScenarioForm form = new ScenarioForm(english, shown);
        form.seedProperty().set("9");
        form.delayKindProperty().set(DelayKind.LIST);
        form.delaysProperty().set("1,,abc");
        assertFalse(form.validProperty().get());
        form.dropWrongValues(shown);
        assertEquals(DelayKind.FIXED, form.delayKindProperty().get());
        assertEquals(new Scenario(Mode.MUTEX, 5, new DelaySpec.Fixed(2000), 300, 9), form.scenario().orElseThrow());
        form.delayKindProperty().set(DelayKind.LIST);
        assertEquals("2000,2000,2000,2000,2000", form.delaysProperty().get(), "the wrong list is gone: choosing a list writes the delays out again");
    }

    /** The run's delays were its program's default: after Esc they follow the program chosen since, as untouched delays do. */
    @Test
    void delaysPutBackFollowTheProgramChosenSince() {
        Scenario shown = Scenario.defaults(Mode.MUTEX, 42);
        ScenarioForm form = new ScenarioForm(english, shown);
        form.modeProperty().set(Mode.SEQUENTIAL);
        form.maxDelayProperty().set("abc");
        form.dropWrongValues(shown);
        assertEquals(new DelaySpec.Random(2000), form.scenario().orElseThrow().delays(), "sequential's default, not mutex's");
        form.modeProperty().set(Mode.MUTEX);
        assertEquals(new DelaySpec.Fixed(2000), form.scenario().orElseThrow().delays(), "still following the program");
    }

    /** Calls typed wrong while a delay list set them come back into play when the list is put back: they go back too, the seed stays. */
    @Test
    void aWrongValueHiddenBehindAListIsPutBackToo() {
        Scenario shown = Scenario.defaults(Mode.MUTEX, 42);
        ScenarioForm form = new ScenarioForm(english, shown);
        form.callsProperty().set("abc");
        form.seedProperty().set("9");
        form.delayKindProperty().set(DelayKind.LIST);
        form.delaysProperty().set("1,x");
        form.dropWrongValues(shown);
        assertEquals(new Scenario(Mode.MUTEX, 5, new DelaySpec.Fixed(2000), 300, 9), form.scenario().orElseThrow());
    }

    @Test
    void untouchedDelaysFollowTheModeDefault() {
        ScenarioForm form = form(Mode.SEQUENTIAL);
        assertEquals(new DelaySpec.Random(2000), form.scenario().orElseThrow().delays());
        form.modeProperty().set(Mode.MUTEX);
        assertEquals(new DelaySpec.Fixed(2000), form.scenario().orElseThrow().delays(), "the tutorial's mutex program sleeps 2 s");
        form.modeProperty().set(Mode.CONCURRENT);
        assertEquals(new DelaySpec.Random(2000), form.scenario().orElseThrow().delays());
    }

    @Test
    void delaysTheUserChoseSurviveAModeChange() {
        ScenarioForm form = form(Mode.SEQUENTIAL);
        form.maxDelayProperty().set("500");
        form.modeProperty().set(Mode.MUTEX);
        assertEquals(new DelaySpec.Random(500), form.scenario().orElseThrow().delays());
    }

    /** One delay per call, chosen with the list empty: the list holds the delays the calls slept in the run on screen. */
    @Test
    void choosingAListWritesOutTheDelaysOfTheRun() {
        ScenarioForm form = form(Mode.CONCURRENT);
        Scenario shown = form.scenario().orElseThrow();
        form.delayKindProperty().set(DelayKind.LIST);
        String slept = CallSummary.of(Simulator.run(shown)).stream().map(call -> Long.toString(call.sleep() / 1_000))
                .collect(Collectors.joining(","));
        assertEquals(slept, form.delaysProperty().get());
        assertEquals(Optional.empty(), form.firstProblem());
        List<Long> listed = CallSummary.of(Simulator.run(shown)).stream().map(call -> call.sleep() / 1_000).toList();
        assertEquals(new Scenario(Mode.CONCURRENT, shown.calls(), new DelaySpec.Listed(listed), shown.holdMs(), shown.seed()),
                form.scenario().orElseThrow(), "the same run, now from the list");

        ScenarioForm many = form(Mode.CONCURRENT);
        many.callsProperty().set("101");
        many.delayKindProperty().set(DelayKind.LIST);
        assertEquals("", many.delaysProperty().get(), "101 delays are not written out");
    }

    /** What Save says when a field is wrong: the first wrong field's own message; nothing once it is mended. */
    @Test
    void theFirstProblemIsTheFirstWrongFieldsMessage() {
        ScenarioForm form = form(Mode.MUTEX);
        assertEquals(Optional.empty(), form.firstProblem());
        form.callsProperty().set("0");
        form.seedProperty().set("x");
        assertEquals(Optional.of(form.messageOf(Field.CALLS).get()), form.firstProblem());
        assertTrue(form.firstProblem().orElseThrow().startsWith("Calls"), form.firstProblem().toString());
        form.callsProperty().set("5");
        assertEquals(Optional.of(form.messageOf(Field.SEED).get()), form.firstProblem());
        form.seedProperty().set("7");
        assertEquals(Optional.empty(), form.firstProblem());
    }

    @Test
    void aBadFieldIsNamedWithItsRangeAndTheLastValidScenarioIsKept() {
        ScenarioForm form = form(Mode.CONCURRENT);
        Scenario before = form.scenario().orElseThrow();
        form.callsProperty().set("abc");
        assertFalse(form.validProperty().get());
        assertTrue(form.scenario().isEmpty());
        assertEquals("Calls must be a whole number from 1 to 10,000 (got \"abc\")", form.messageOf(Field.CALLS).get());
        assertEquals(before, form.lastValid());
        form.callsProperty().set("12");
        assertTrue(form.validProperty().get());
        assertEquals("", form.messageOf(Field.CALLS).get());
        assertEquals(12, form.scenario().orElseThrow().calls());
    }

    /** Race mode has no lock: its hold time is the gap between the read and the write, and is called so. */
    @Test
    void inRaceModeTheHoldTimeIsTheReadWriteGap() {
        ScenarioForm form = form(Mode.MUTEX);
        assertEquals("Hold lock", form.label(Field.HOLD).get());
        assertEquals("ms (0 = the tutorial)", form.holdText("inline").get());
        form.modeProperty().set(Mode.RACE);
        assertEquals("Read-write gap", form.label(Field.HOLD).get());
        assertEquals("ms (0 = no gap)", form.holdText("inline").get());
        form.holdProperty().set("60001");
        assertEquals("Read-write gap must be a whole number from 0 to 60,000 (got \"60001\")", form.messageOf(Field.HOLD).get());
    }

    @Test
    void everyFieldRefusesNonsense() {
        ScenarioForm form = form(Mode.MUTEX);
        for (String bad : List.of("", " ", "-1", "1.5", "99999999999999999999", "x".repeat(500))) {
            form.holdProperty().set(bad);
            assertFalse(form.validProperty().get(), "hold '" + bad + "'");
            form.holdProperty().set("300");
            form.seedProperty().set(bad.equals("-1") ? "not a seed" : bad);
            assertFalse(form.validProperty().get(), "seed '" + bad + "'");
            form.seedProperty().set("1");
            form.callsProperty().set(bad);
            assertFalse(form.validProperty().get(), "calls '" + bad + "'");
            form.callsProperty().set("5");
            assertTrue(form.validProperty().get());
        }
        // A number the command line takes says where such a run can be had; one nothing takes does not.
        form.callsProperty().set("10001");
        assertEquals("Calls must be a whole number from 1 to 10,000 in the window (got \"10001\"); golanes run, export"
                + " and compare take up to 1,000,000", form.messageOf(Field.CALLS).get());
        assertFalse(form.validProperty().get());
        form.callsProperty().set("1000001");
        assertEquals("Calls must be a whole number from 1 to 10,000 (got \"1000001\")", form.messageOf(Field.CALLS).get());
        form.callsProperty().set("0");
        assertEquals("Calls must be a whole number from 1 to 10,000 (got \"0\")", form.messageOf(Field.CALLS).get());
    }

    @Test
    void aDelayListSetsTheNumberOfCalls() {
        ScenarioForm form = form(Mode.SEQUENTIAL);
        form.delayKindProperty().set(DelayKind.LIST);
        form.delaysProperty().set("1200, 300,1800");
        Scenario scenario = form.scenario().orElseThrow();
        assertEquals(3, scenario.calls());
        assertEquals(new DelaySpec.Listed(List.of(1200L, 300L, 1800L)), scenario.delays());
        form.delaysProperty().set("1200,,3");
        assertFalse(form.validProperty().get());
        assertEquals("Delays: entry 2 of 3 is empty; give each call whole milliseconds from 0 to 600,000, such as 1200,300,1800",
                form.messageOf(Field.DELAYS).get());
        assertNull(form.problemProperty(Field.CALLS).get());
    }

    /** Found by clicking in every order: a bad value under a disabled field left Run disabled for good. */
    @Test
    void aFieldTheProgramDoesNotUseNeverBlocksRun() {
        ScenarioForm form = form(Mode.MUTEX);
        form.holdProperty().set("-1");
        assertFalse(form.validProperty().get(), "the mutex program holds the lock");
        form.modeProperty().set(Mode.SEQUENTIAL);
        assertTrue(form.validProperty().get(), "the hold field is disabled: the sequential program takes no lock");
        assertEquals(new Scenario(Mode.SEQUENTIAL, 5, new DelaySpec.Random(2000), 300, 42), form.scenario().orElseThrow());
        // Race has a gap of its own (see eachProgramKeepsItsOwnHold); back in Mutex, its wrong hold is red again.
        form.modeProperty().set(Mode.RACE);
        assertTrue(form.validProperty().get());
        form.modeProperty().set(Mode.MUTEX);
        assertEquals("Hold lock must be a whole number from 0 to 60,000 (got \"-1\")", form.messageOf(Field.HOLD).get());
        form.modeProperty().set(Mode.RACE);

        form.holdProperty().set("0");
        form.callsProperty().set("abc");
        form.delayKindProperty().set(DelayKind.LIST);
        form.delaysProperty().set("1200,300");
        assertTrue(form.validProperty().get(), "the calls field is disabled: the list sets the number of calls");
        assertEquals("", form.messageOf(Field.CALLS).get());
        assertEquals(2, form.scenario().orElseThrow().calls());
        form.delayKindProperty().set(DelayKind.FIXED);
        assertFalse(form.validProperty().get());
    }

    @Test
    void messagesFollowTheLanguage() {
        ScenarioForm form = form(Mode.SEQUENTIAL);
        form.callsProperty().set("0");
        english.set(Texts.forLocale(Locale.forLanguageTag("id")));
        assertEquals("Panggilan harus bilangan bulat dari 1 sampai 10.000 (tertulis \"0\")", form.messageOf(Field.CALLS).get());
    }
}
