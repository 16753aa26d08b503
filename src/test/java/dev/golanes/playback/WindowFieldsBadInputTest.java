package dev.golanes.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.playback.ScenarioForm.DelayKind;
import dev.golanes.scenario.Field;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field of the window, typed full of nonsense: the message under the field names it as the form
 * labels it and says what it allows, Run refuses, and the run on screen and the last valid scenario stay.
 */
class WindowFieldsBadInputTest {
    private static final String LONG = "7".repeat(5_000);
    private static final String LONG_SHOWN = "7".repeat(24) + "…";

    /** One field of the form: its label, how to reach its text, the delay kind that shows it, and a good value. */
    private record Input(String label, Field field, DelayKind kind, Function<ScenarioForm, StringProperty> text,
                         String good) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static final Input CALLS = new Input("Calls", Field.CALLS, DelayKind.RANDOM, ScenarioForm::callsProperty, "5");
    private static final Input SEED = new Input("Seed", Field.SEED, DelayKind.RANDOM, ScenarioForm::seedProperty, "42");
    private static final Input HOLD = new Input("Hold lock", Field.HOLD, DelayKind.RANDOM, ScenarioForm::holdProperty, "300");
    private static final Input MAX_DELAY = new Input("Delays (random, under)", Field.MAX_DELAY, DelayKind.RANDOM,
            ScenarioForm::maxDelayProperty, "2000");
    private static final Input DELAY = new Input("Delays (same for every call)", Field.DELAY, DelayKind.FIXED, ScenarioForm::delayProperty, "2000");
    private static final Input DELAYS = new Input("Delays", Field.DELAYS, DelayKind.LIST, ScenarioForm::delaysProperty,
            "1200,300,1800");

    static Stream<Arguments> refusals() {
        List<Arguments> all = new ArrayList<>();
        for (Input input : List.of(CALLS, HOLD, MAX_DELAY, DELAY)) {
            String range = input == CALLS ? "1 to 10,000" : input == HOLD ? "0 to 60,000"
                    : input == MAX_DELAY ? "1 to 600,000" : "0 to 600,000";
            String needs = input.label + " needs a value: a whole number from " + range;
            all.add(Arguments.of(input, "", needs));
            all.add(Arguments.of(input, "   ", needs));
            for (String[] bad : new String[][] {{"ten", "ten"}, {"-5", "-5"}, {"99999999999999999999", "99999999999999999999"},
                    {"2.5", "2.5"}, {LONG, LONG_SHOWN}, {"1\n2", "1 2"}, {"0x10", "0x10"}, {"1e3", "1e3"}}) {
                all.add(Arguments.of(input, bad[0], input.label + " must be a whole number from " + range
                        + " (got \"" + bad[1] + "\")"));
            }
        }
        for (Input input : List.of(CALLS, MAX_DELAY)) {
            all.add(Arguments.of(input, "0", input.label + " must be a whole number from "
                    + (input == CALLS ? "1 to 10,000" : "1 to 600,000") + " (got \"0\")"));
        }
        all.add(Arguments.of(CALLS, "10001", "Calls must be a whole number from 1 to 10,000 in the window (got \"10001\");"
                + " golanes run, export and compare take up to 1,000,000"));
        all.add(Arguments.of(HOLD, "60001", "Hold lock must be a whole number from 0 to 60,000 (got \"60001\")"));
        all.add(Arguments.of(DELAY, "600001", "Delays (same for every call) must be a whole number from 0 to 600,000 (got \"600001\")"));
        for (String empty : List.of("", "   ")) {
            all.add(Arguments.of(SEED, empty, "Seed needs a value: a whole number from -9,223,372,036,854,775,808 to "
                    + "9,223,372,036,854,775,807"));
            all.add(Arguments.of(DELAYS, empty, "Delays needs a value: a comma-separated list of whole milliseconds "
                    + "from 0 to 600,000, one per call, such as 1200,300,1800"));
        }
        for (String[] bad : new String[][] {{"ten", "ten"}, {"99999999999999999999", "99999999999999999999"},
                {"2.5", "2.5"}, {LONG, LONG_SHOWN}, {"1\n2", "1 2"}}) {
            all.add(Arguments.of(SEED, bad[0], "Seed must be a whole number from -9,223,372,036,854,775,808 to "
                    + "9,223,372,036,854,775,807 (got \"" + bad[1] + "\")"));
        }
        for (String[] bad : new String[][] {{"ten", "ten"}, {"-5", "-5"}, {"2.5", "2.5"}, {LONG, LONG_SHOWN},
                {"1200;300", "1200;300"}, {"600001", "600001"}}) {
            all.add(Arguments.of(DELAYS, bad[0], "Delays must be a comma-separated list of whole milliseconds from 0 to "
                    + "600,000, such as 1200,300,1800 (got \"" + bad[1] + "\")"));
        }
        // In a list, the entry at fault is named by its place: an empty one has nothing to quote back.
        for (String[] bad : new String[][] {{"1200,,300", "2 of 3"}, {"1200,300,", "3 of 3"}, {",300", "1 of 2"}}) {
            all.add(Arguments.of(DELAYS, bad[0], "Delays: entry " + bad[1] + " is empty; give each call whole milliseconds "
                    + "from 0 to 600,000, such as 1200,300,1800"));
        }
        all.add(Arguments.of(DELAYS, "1200,ten,300", "Delays: entry 2 of 3 must be whole milliseconds from 0 to 600,000, "
                + "such as 1200,300,1800 (got \"ten\")"));
        all.add(Arguments.of(DELAYS, "1,".repeat(10_000) + "1",
                "Delays lists 10,001 delays, one per call, but the window takes 1 to 10,000 calls"));
        return all.stream();
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @MethodSource("refusals")
    void aBadValueIsExplainedUnderItsFieldAndTheRunOnScreenStays(Input input, String typed, String message) {
        Session session = new Session(Scenario.defaults(Mode.MUTEX, 42), Locale.ENGLISH);
        ScenarioForm form = session.form();
        form.delayKindProperty().set(input.kind);
        form.delayValueProperty(input.kind).set(input.kind == DelayKind.LIST ? DELAYS.good : "2000");
        assertTrue(session.run());
        Trace shown = session.trace();
        Scenario lastValid = form.lastValid();

        input.text.apply(form).set(typed);

        assertEquals(message, form.messageOf(input.field).get());
        for (Field other : Field.values()) {
            if (other != input.field) {
                assertEquals("", form.messageOf(other).get(), "only " + input.label + " is wrong");
            }
        }
        assertFalse(form.validProperty().get());
        assertFalse(session.run(), "Run refuses");
        assertSame(shown, session.trace(), "the run on screen stays");
        assertEquals(lastValid, form.lastValid());

        input.text.apply(form).set(input.good);
        assertEquals("", form.messageOf(input.field).get());
        assertTrue(form.validProperty().get());
    }

    /** The values at the edges of each range are taken, so the refusals above are not blanket. */
    @Test
    void theEdgesOfEachRangeAreTaken() {
        Session session = new Session(Scenario.defaults(Mode.MUTEX, 42), Locale.ENGLISH);
        ScenarioForm form = session.form();
        form.callsProperty().set("10000");
        form.holdProperty().set("0");
        form.seedProperty().set("-9223372036854775808");
        form.delayProperty().set("600000");
        assertTrue(form.validProperty().get(), form.messageOf(Field.CALLS).get());
        assertEquals(new Scenario(Mode.MUTEX, 10_000, new dev.golanes.scenario.DelaySpec.Fixed(600_000), 0, Long.MIN_VALUE),
                form.lastValid());
        form.delayKindProperty().set(DelayKind.LIST);
        form.delaysProperty().set("0," + "1,".repeat(9_998) + "600000");
        assertTrue(form.validProperty().get(), form.messageOf(Field.DELAYS).get());
        assertEquals(10_000, form.lastValid().calls());
    }
}
