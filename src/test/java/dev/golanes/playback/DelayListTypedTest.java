package dev.golanes.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.i18n.Texts;
import dev.golanes.playback.ScenarioForm.DelayKind;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Field;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A list of delays typed while the choice says one delay, as a teacher following the README's
 * "a list such as 1200,300,1800" does: plainly a list, the choice follows; maybe one, the message
 * says which choice takes a list, naming it as the drop-down does.
 */
class DelayListTypedTest {
    private final SimpleObjectProperty<Texts> texts = new SimpleObjectProperty<>(Texts.forLocale(Locale.ENGLISH));

    private ScenarioForm form(DelayKind kind) {
        ScenarioForm form = new ScenarioForm(texts, Scenario.defaults(Mode.MUTEX, 42));
        form.delayKindProperty().set(kind);
        form.delayValueProperty(kind).set("2000");
        return form;
    }

    /** Typed a key at a time into the one delay field, as in the window: it edits the value of the kind chosen. */
    private static void type(ScenarioForm form, String text) {
        for (int end = 1; end <= text.length(); end++) {
            form.delayValueProperty(form.delayKindProperty().get()).set(text.substring(0, end));
        }
    }

    @ParameterizedTest
    @EnumSource(value = DelayKind.class, names = {"RANDOM", "FIXED"})
    void aListTypedForOneDelayChoosesOnePerCall(DelayKind kind) {
        ScenarioForm form = form(kind);
        type(form, "1200,300,1800");
        assertEquals(DelayKind.LIST, form.delayKindProperty().get());
        assertEquals("1200,300,1800", form.delaysProperty().get());
        assertEquals("", form.messageOf(Field.DELAYS).get());
        assertEquals(new Scenario(Mode.MUTEX, 3, new DelaySpec.Listed(List.of(1200L, 300L, 1800L)), 300, 42),
                form.scenario().orElseThrow());
        // The list was taken at "1200,300,1": the field for one delay is not left holding that, which would
        // stop Run if chosen again, but gets back the delay it had.
        assertEquals("2000", form.delayValueProperty(kind).get());
        form.delayKindProperty().set(kind);
        assertTrue(form.validProperty().get(), form.messageOf(kind == DelayKind.RANDOM ? Field.MAX_DELAY : Field.DELAY).get());
    }

    @Test
    void aListPastedWithSpacesIsTakenAsTyped() {
        ScenarioForm form = form(DelayKind.RANDOM);
        form.maxDelayProperty().set(" 1200, 300 , 1_800 ");
        assertEquals(DelayKind.LIST, form.delayKindProperty().get());
        assertEquals(" 1200, 300 , 1_800 ", form.delaysProperty().get(), "nothing typed is lost");
        assertEquals(List.of(1200L, 300L, 1800L), ((DelaySpec.Listed) form.scenario().orElseThrow().delays()).ms());
    }

    /** Taken as a list, a wrong one is told as a list: the field, the place, the range. */
    @Test
    void aWrongListTypedForOneDelayIsExplainedAsAList() {
        ScenarioForm form = form(DelayKind.RANDOM);
        type(form, "1200,300,900000");
        assertEquals(DelayKind.LIST, form.delayKindProperty().get());
        assertEquals("Delays: entry 3 of 3 must be whole milliseconds from 0 to 600,000, such as 1200,300,1800 (got \"900000\")",
                form.messageOf(Field.DELAYS).get());
        form.delaysProperty().set("1,".repeat(10_000) + "1");
        assertEquals("Delays lists 10,001 delays, one per call, but the window takes 1 to 10,000 calls",
                form.messageOf(Field.DELAYS).get());
        assertFalse(form.validProperty().get());
    }

    /**
     * One comma does not say what was meant (1,000 a thousand in English, 1,5 one and a half in
     * Indonesian, 1200,300 two calls): the choice stays, and the message names the one that takes a list.
     */
    @ParameterizedTest
    @ValueSource(strings = {"1200,300", "1,000", "1,5", "1200,,300", "1200,300,"})
    void aCommaInOneDelayPointsToTheListChoice(String typed) {
        ScenarioForm form = form(DelayKind.RANDOM);
        form.maxDelayProperty().set(typed);
        assertEquals(DelayKind.RANDOM, form.delayKindProperty().get());
        assertEquals("Delays (random, under) must be one whole number from 1 to 600000, with no commas (got \"" + typed
                + "\"); for a list of delays, one per call, choose \"One per call (list)\"", form.messageOf(Field.MAX_DELAY).get());
        assertEquals(typed, form.maxDelayProperty().get());
    }

    @Test
    void theListChoiceIsNamedInIndonesianToo() {
        ScenarioForm form = form(DelayKind.FIXED);
        texts.set(Texts.forLocale(Locale.forLanguageTag("id")));
        form.delayProperty().set("1,5");
        assertEquals(DelayKind.FIXED, form.delayKindProperty().get(), "1,5 is one and a half in Indonesian");
        assertEquals("Lama tidur (sama untuk semua) harus satu bilangan bulat dari 0 sampai 600000, tanpa koma (tertulis \"1,5\");"
                + " untuk daftar lama tidur, pilih \"Satu per panggilan (daftar)\"", form.messageOf(Field.DELAY).get());
    }

    /** Choosing the list, as the message asks, takes what was typed rather than the delays the calls had. */
    @Test
    void choosingTheListTakesTheListTyped() {
        ScenarioForm form = form(DelayKind.RANDOM);
        form.maxDelayProperty().set("1200,300");
        form.delayKindProperty().set(DelayKind.LIST);
        assertEquals("1200,300", form.delaysProperty().get());
        assertEquals(2, form.scenario().orElseThrow().calls());

        // The list edited since is not undone by coming back to it.
        form.delaysProperty().set("1200,300,50");
        form.delayKindProperty().set(DelayKind.RANDOM);
        assertEquals("2000", form.maxDelayProperty().get(), "the delay it had: what was typed is in the list");
        form.delayKindProperty().set(DelayKind.LIST);
        assertEquals("1200,300,50", form.delaysProperty().get());
    }

    /**
     * A comma typed for one delay and left there (another choice made instead) is not taken later: coming
     * back to the list after editing it brought back "1200,300" over the edits.
     */
    @Test
    void aListLeftInAnotherFieldDoesNotUndoTheListsEdits() {
        ScenarioForm form = form(DelayKind.RANDOM);
        form.maxDelayProperty().set("1200,300");
        form.delayKindProperty().set(DelayKind.FIXED);
        form.delayProperty().set("5");
        form.delayKindProperty().set(DelayKind.LIST);
        assertEquals("5,5,5,5,5", form.delaysProperty().get());
        form.delaysProperty().set("5,5,5,5,700");
        form.delayKindProperty().set(DelayKind.RANDOM);
        form.delayKindProperty().set(DelayKind.LIST);
        assertEquals("5,5,5,5,700", form.delaysProperty().get());
    }

    /**
     * A review's three cases. Left for another kind and come back to, the list typed is still taken when
     * the list is chosen from its field; the field gets back the delay of the run, not the usual 2000 ms;
     * and a list typed and left while another kind was chosen does not replace the list's own edits.
     */
    @Test
    void theListIsTakenFromTheFieldItIsChosenFromAndOnlyThere() {
        ScenarioForm form = form(DelayKind.RANDOM);
        form.maxDelayProperty().set("1200,300");
        form.delayKindProperty().set(DelayKind.FIXED);
        form.delayProperty().set("700");
        form.delayKindProperty().set(DelayKind.RANDOM);
        form.delayKindProperty().set(DelayKind.LIST);
        assertEquals("1200,300", form.delaysProperty().get(), "taken from the field the list was chosen from");

        ScenarioForm ran = form(DelayKind.RANDOM);
        ran.maxDelayProperty().set("5000");
        assertTrue(ran.scenario().isPresent(), "run with 5000");
        ran.maxDelayProperty().set("1200,300");
        ran.delayKindProperty().set(DelayKind.LIST);
        assertEquals("5000", ran.maxDelayProperty().get(), "the run's delay comes back, not 2000");

        ScenarioForm edited = form(DelayKind.LIST);
        edited.delaysProperty().set("500,600,700,800");
        edited.delayKindProperty().set(DelayKind.RANDOM);
        edited.maxDelayProperty().set("1200,300");
        edited.delayKindProperty().set(DelayKind.FIXED);
        edited.delayKindProperty().set(DelayKind.LIST);
        assertEquals("500,600,700,800", edited.delaysProperty().get(), "chosen from Same for every call: the list stays");
    }

    /** A number with no comma still fills the list with the delays the calls had, as before. */
    @Test
    void choosingTheListAfterOneDelayStillListsTheCallsDelays() {
        ScenarioForm form = form(DelayKind.FIXED);
        form.delayKindProperty().set(DelayKind.LIST);
        assertEquals("2000,2000,2000,2000,2000", form.delaysProperty().get());
    }
}
