package dev.golanes.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text a user typed becomes a value, or a {@link ScenarioException} naming the field and the allowed range. */
class ValuesTest {
    private static final String CALLS_RANGE = "--calls must be a whole number from 1 to 1,000,000";
    private static final String SEED_RANGE = "--seed must be a whole number from -9,223,372,036,854,775,808 to 9,223,372,036,854,775,807";
    private static final String DELAYS_RANGE =
            "--delays must be a comma-separated list of whole milliseconds from 0 to 600,000, such as 1200,300,1800";

    @Test
    void wholeNumbersAreRead() {
        assertEquals(5, Values.calls("5"));
        assertEquals(1_000_000, Values.calls("1000000"));
        assertEquals(1_000_000, Values.calls("1_000_000"));
        assertEquals(12, Values.calls(" 12 "));
        assertEquals(2000, Values.maxDelay("2000"));
        assertEquals(0, Values.delay("0"));
        assertEquals(600_000, Values.delay("600000"));
        assertEquals(0, Values.hold("0"));
        assertEquals(60_000, Values.hold("60000"));
    }

    /** Three numbers or more with commas between are a list; one comma could be 1,000 or the Indonesian 1,5. */
    @Test
    void onlyAPlainListReadsAsADelayList() {
        for (String list : List.of("1200,300,1800", " 1200, 300 ,1_800 ", "0,0,0", "1,000,000", "1,2,3,4,5,6")) {
            assertEquals(true, Values.readsAsDelayList(list), list);
        }
        for (String other : List.of("", "2000", "1,000", "1,5", "1200,300", "1200,,300", "1200,300,", ",1,2",
                "1.000,5,3", "-1,2,3", "1 2,3,4", "1;2;3", "ten,20,30")) {
            assertEquals(false, Values.readsAsDelayList(other), other);
        }
        assertEquals(false, Values.readsAsDelayList(null));
    }

    /**
     * The messages write their ranges grouped ("1 to 10,000", "1 sampai 10.000"), and a student typed
     * the number so: "1,000" and "1.000" got only the range back. A grouped number in range is named
     * as the field takes it; the grouping is not taken, as "1,5" is a decimal in Indonesian and
     * "1200,300" may be a list.
     */
    @Test
    void aGroupedNumberIsNamedAsTheFieldTakesIt() {
        assertProblem(Field.CALLS, CALLS_RANGE + ", written without separators: 1000 (got \"1,000\")", Values::calls, "1,000");
        // Two groups or more cannot be a decimal; one can, where its mark is the language's decimal mark.
        assertProblem(Field.CALLS, CALLS_RANGE + ", written without separators: 1000000 (got \"1.000.000\")", Values::calls, "1.000.000");
        assertProblem(Field.CALLS, CALLS_RANGE + " (got \"1.500\")", Values::calls, "1.500");
        assertEquals("Panggilan harus bilangan bulat dari 1 sampai 1.000.000 (tertulis \"1,500\")",
                dev.golanes.i18n.Texts.forLocale(java.util.Locale.forLanguageTag("id"))
                        .problem("Panggilan", assertThrows(ScenarioException.class, () -> Values.calls("1,500")).problem()),
                "1,500 is one and a half in Indonesian");
        assertProblem(Field.HOLD, "--hold must be a whole number from 0 to 60,000, written without separators: 1500 (got \"1 500\")",
                Values::hold, "1 500");
        assertEquals("Panggilan harus bilangan bulat dari 1 sampai 1.000.000, ditulis tanpa pemisah: 1000 (tertulis \"1.000\")",
                dev.golanes.i18n.Texts.forLocale(java.util.Locale.forLanguageTag("id"))
                        .problem("Panggilan", assertThrows(ScenarioException.class, () -> Values.calls("1.000")).problem()));
        for (String other : List.of("1,5", "1,0000", "12,34", "1.000,5", "1,000.000", "2,000,000", "0,500",
                "1,000,000,000,000,000,000,000", "9,999,999,999,999,999,999")) {
            assertEquals("problem.wholeNumber", assertThrows(ScenarioException.class, () -> Values.calls(other)).problem().key(), other);
        }
    }

    @Test
    void emptyCallsNamesTheRange() {
        assertProblem(Field.CALLS, "--calls needs a value: a whole number from 1 to 1,000,000", Values::calls, "  ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "1000001", "99999999999999999999", "2.5", "five", "5ms", "0x10"})
    void badCallsNameTheRangeAndEchoTheInput(String text) {
        assertProblem(Field.CALLS, CALLS_RANGE + " (got \"" + text + "\")", Values::calls, text);
    }

    @Test
    void overLongInputIsEchoedShortened() {
        String novel = "1234567890".repeat(10);
        assertProblem(Field.CALLS, CALLS_RANGE + " (got \"123456789012345678901234…\")", Values::calls, novel);
    }

    /** A file name or path is quoted whole, so it can be typed again; only a path no system takes is cut. */
    @Test
    void fileNamesAreEchoedWhole() {
        assertEquals("week3-mutex-slide-final.png", Problem.echoName("week3-mutex-slide-final.png"));
        assertEquals("a b.png", Problem.echoName("a\nb.png"));
        String deep = "/lessons".repeat(40) + "/slide.png";
        assertEquals(deep, Problem.echoName(deep), "a long path, deep in folders");
        assertEquals("x".repeat(4096) + "…", Problem.echoName("x".repeat(5000)));
    }

    @Test
    void controlCharactersDoNotBreakTheMessageLine() {
        assertProblem(Field.CALLS, CALLS_RANGE + " (got \"1 2\")", Values::calls, "1\n2");
    }

    @Test
    void maxDelayMustBeAtLeastOne() {
        assertProblem(Field.MAX_DELAY, "--max-delay must be a whole number from 1 to 600,000 (got \"0\")", Values::maxDelay, "0");
        assertProblem(Field.MAX_DELAY, "--max-delay must be a whole number from 1 to 600,000 (got \"600001\")",
                Values::maxDelay, "600001");
        assertProblem(Field.MAX_DELAY, "--max-delay needs a value: a whole number from 1 to 600,000", Values::maxDelay, "");
    }

    @Test
    void delayAllowsZeroButNotNegative() {
        assertProblem(Field.DELAY, "--delay must be a whole number from 0 to 600,000 (got \"-1\")", Values::delay, "-1");
        assertProblem(Field.DELAY, "--delay must be a whole number from 0 to 600,000 (got \"1.5\")", Values::delay, "1.5");
        assertProblem(Field.DELAY, "--delay must be a whole number from 0 to 600,000 (got \"9999999999\")", Values::delay, "9999999999");
    }

    @Test
    void holdIsAtMostOneMinute() {
        assertProblem(Field.HOLD, "--hold must be a whole number from 0 to 60,000 (got \"60001\")", Values::hold, "60001");
        assertProblem(Field.HOLD, "--hold must be a whole number from 0 to 60,000 (got \"-300\")", Values::hold, "-300");
        assertProblem(Field.HOLD, "--hold needs a value: a whole number from 0 to 60,000", Values::hold, null);
    }

    @Test
    void seedIsAnySigned64BitNumber() {
        assertEquals(Long.MIN_VALUE, Values.seed("-9223372036854775808"));
        assertEquals(Long.MAX_VALUE, Values.seed("9223372036854775807"));
        assertEquals(0, Values.seed("0"));
        assertEquals(42_000, Values.seed("42_000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "-9223372036854775809", "4.2", "forty-two"})
    void badSeedsNameTheRange(String text) {
        assertProblem(Field.SEED, SEED_RANGE + " (got \"" + text + "\")", Values::seed, text);
    }

    @Test
    void aListLongerThanTheCallsCanBeSaysHowLong() {
        assertProblem(Field.DELAYS, "--delays lists 1,000,001 delays, one per call, but there can be at most 1,000,000 calls",
                Values::delayList, "1,".repeat(1_000_000) + "1");
    }

    @Test
    void anEmptySeedNeedsAValue() {
        assertProblem(Field.SEED, "--seed needs a value: a whole number from -9,223,372,036,854,775,808 to 9,223,372,036,854,775,807",
                Values::seed, " ");
    }

    @Test
    void delayListIsReadWithSpacesAroundCommas() {
        assertEquals(List.of(1200L, 300L, 1800L), Values.delayList("1200,300,1800"));
        assertEquals(List.of(1200L, 300L, 0L), Values.delayList(" 1200 , 300,0 "));
        assertEquals(List.of(600_000L), Values.delayList("600000"));
    }

    @Test
    void emptyDelayListNamesTheRange() {
        assertProblem(Field.DELAYS, "--delays needs a value: a comma-separated list of whole milliseconds from 0 to 600,000, "
                + "one per call, such as 1200,300,1800", Values::delayList, "");
        assertEquals(List.of(1000L, 300L), Values.delayList("1_000, 300"), "underscores, as the number fields take them");
    }

    @Test
    void aBadDelayAloneIsEchoed() {
        assertProblem(Field.DELAYS, DELAYS_RANGE + " (got \"1.5\")", Values::delayList, "1.5");
        assertProblem(Field.DELAYS, DELAYS_RANGE + " (got \"1200;300\")", Values::delayList, "1200;300");
    }

    /** In a list, the wrong entry is named by its place, and echoed when there is something to echo. */
    @Test
    void aBadEntryInADelayListIsNamedByItsPlace() {
        String entry = " must be whole milliseconds from 0 to 600,000, such as 1200,300,1800";
        assertProblem(Field.DELAYS, "--delays: entry 2 of 3" + entry + " (got \"abc\")", Values::delayList, "1200,abc,300");
        assertProblem(Field.DELAYS, "--delays: entry 2 of 2" + entry + " (got \"-5\")", Values::delayList, "1200,-5");
        assertProblem(Field.DELAYS, "--delays: entry 1 of 2" + entry + " (got \"600001\")", Values::delayList, "600001,1");
        assertProblem(Field.DELAYS, "--delays: entry 3 of 4" + entry + " (got \"_\")", Values::delayList, "1,2, _ ,4");
    }

    /** An empty entry quoted back as "" would not say which one is empty. */
    @Test
    void anEmptyEntryInADelayListIsNamedByItsPlace() {
        String gap = " is empty; give each call whole milliseconds from 0 to 600,000, such as 1200,300,1800";
        assertProblem(Field.DELAYS, "--delays: entry 2 of 3" + gap, Values::delayList, "1200,,300");
        assertProblem(Field.DELAYS, "--delays: entry 2 of 2" + gap, Values::delayList, "1200,");
        assertProblem(Field.DELAYS, "--delays: entry 1 of 2" + gap, Values::delayList, " ,300");
    }

    @Test
    void modeIsReadIgnoringCase() {
        assertEquals(Mode.MUTEX, Mode.parse("MUTEX"));
        assertEquals(Mode.CONCURRENT, Mode.parse(" Concurrent "));
        assertEquals(Mode.SEQUENTIAL, Mode.parse("sequential"));
        // The window and the pictures say "Unlock without Lock": typed from a slide, it is taken too.
        assertEquals(Mode.DOUBLE_UNLOCK, Mode.parse("Unlock-Without-Lock"));
        assertEquals(Mode.DOUBLE_UNLOCK, Mode.parse("Unlock without Lock"));
        assertEquals(Mode.ADD_INSIDE, Mode.parse("Add inside"));
        assertProblem(Field.MODE, "--mode must be one of: sequential, concurrent, mutex, race, add-inside, missing-done, double-unlock, unlock-without-lock (got \"parallel\")", Mode::parse, "parallel");
    }

    private static <T> void assertProblem(Field field, String message, Function<String, T> parse, String text) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> parse.apply(text));
        assertEquals(field, e.field());
        assertEquals(message, e.getMessage());
    }
}
