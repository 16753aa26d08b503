package dev.golanes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every flag that takes a value, given nonsense: each is refused with one line that names the flag
 * and what it allows, whether the value follows the flag or an equals sign. Nothing else is thrown
 * (the launcher turns a {@link UsageException} into exit status 2, see {@code MainTest}).
 */
class BadFlagValuesTest {
    private static final Texts ENGLISH = Texts.forLocale(Locale.ENGLISH);
    private static final String LONG = "9".repeat(5_000);
    /** How messages quote a value: control characters as spaces, at most 24 characters. */
    private static final String LONG_SHOWN = "9".repeat(24) + "…";

    /** A value a user might type, and how a message quotes it back. */
    private record Bad(String name, String value, String shown) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Bad EMPTY = new Bad("empty", "", "");
    private static final Bad BLANK = new Bad("blank", "  ", "");
    private static final Bad WORD = new Bad("non-numeric", "ten", "ten");
    private static final Bad NEGATIVE = new Bad("negative", "-5", "-5");
    private static final Bad ZERO = new Bad("zero", "0", "0");
    private static final Bad HUGE = new Bad("huge", "99999999999999999999", "99999999999999999999");
    private static final Bad FRACTION = new Bad("fractional", "2.5", "2.5");
    private static final Bad OVER_LONG = new Bad("over-long", LONG, LONG_SHOWN);
    private static final Bad TWO_LINES = new Bad("newline", "1\n2", "1 2");
    private static final List<Bad> ALL = List.of(EMPTY, BLANK, WORD, NEGATIVE, ZERO, HUGE, FRACTION, OVER_LONG, TWO_LINES);

    static Stream<Arguments> refusals() {
        List<Arguments> all = new ArrayList<>();
        for (Bad bad : ALL) {
            wholeNumber(all, bad, "--calls", "1 to 1,000,000", true);
            wholeNumber(all, bad, "--max-delay", "1 to 600,000", true);
            wholeNumber(all, bad, "--delay", "0 to 600,000", false);
            wholeNumber(all, bad, "--hold", "0 to 60,000", false);
            if (bad == EMPTY || bad == BLANK) {
                add(all, "run", "--seed", bad, "--seed needs a value: a whole number from -9,223,372,036,854,775,808 to "
                        + "9,223,372,036,854,775,807");
                add(all, "run", "--delays", bad, "--delays needs a value: a comma-separated list of whole milliseconds "
                        + "from 0 to 600,000, one per call, such as 1200,300,1800");
            } else if (bad != NEGATIVE && bad != ZERO) {
                add(all, "run", "--seed", bad, "--seed must be a whole number from -9,223,372,036,854,775,808 to "
                        + "9,223,372,036,854,775,807 (got \"" + bad.shown + "\")");
            }
            if (bad != ZERO && bad != EMPTY && bad != BLANK) {
                add(all, "run", "--delays", bad, "--delays must be a comma-separated list of whole milliseconds from 0 "
                        + "to 600,000, such as 1200,300,1800 (got \"" + delayShown(bad) + "\")");
            }
            add(all, "run", "--engine", bad, "--engine must be one of: sim, real (got \"" + bad.shown + "\")");
            add(all, "run", "--mode", bad, "--mode must be one of: sequential, concurrent, mutex, race, add-inside, missing-done, double-unlock, unlock-without-lock (got \""
                    + bad.shown + "\")");
            add(all, "export --out x.png", "--format", bad, "--format must be one of: png, svg, json, csv (got \""
                    + bad.shown + "\")");
            picture(all, bad, "--width", "320 to 20,000");
            picture(all, bad, "--height", "240 to 100,000");
            picture(all, bad, "--scale", "1 to 4");
            if (bad == HUGE || bad == OVER_LONG) {
                add(all, "export --format png --out x.png", "--at", bad,
                        "--at must be a whole number from 0 to 9,223,372,036,854,775,807 (got \"" + bad.shown + "\")");
            } else if (bad != ZERO) {
                add(all, "export --format png --out x.png", "--at", bad,
                        "--at must be a whole number of milliseconds, 0 or more (got \"" + bad.shown + "\")");
            }
        }
        add(all, "export --format json", "--out", EMPTY, "--out needs a value: a file name");
        add(all, "export --format json", "--out", BLANK, "--out needs a value: a file name");
        add(all, "export --format json", "--out", new Bad("NUL", "a\0b", "a b"), "--out is not a valid file name: \"a b\"");
        add(all, "export --format svg", "--out", new Bad("dash", "-", "-"),
                "--out - would make a file named \"-\": exports are written to files only, so give a file name such as run.svg");
        add(all, "export --format png", "--out", new Bad("dash", "-", "-"),
                "--out - would make a file named \"-\": exports are written to files only, so give a file name such as run.png");
        // A trailing slash would be dropped, and the picture written to a file named "shots".
        add(all, "export --format svg", "--out", new Bad("folder", "shots/", "shots/"),
                "--out shots/ names a folder: add the file's name after it");
        add(all, "export --format svg", "--out", new Bad("root", "/", "/"), "--out / names a folder: add the file's name after it");
        return all.stream();
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("refusals")
    void eachBadValueIsRefusedWithOneLineNamingTheFlagAndWhatItAllows(String before, String flag, Bad bad,
                                                                      String message) {
        List<String> separate = new ArrayList<>(List.of(before.split(" ")));
        separate.addAll(List.of(flag, bad.value));
        assertEquals(message, refusal(separate));
        List<String> inline = new ArrayList<>(List.of(before.split(" ")));
        inline.add(flag + "=" + bad.value);
        assertEquals(message, refusal(inline));
        assertTrue(message.lines().count() == 1 && message.length() < 160, message);
    }

    @Test
    void wordsThatAreNotOptionsAreQuotedOnOneLineAndShort() {
        assertEquals("unknown option --x " + "y".repeat(20) + "…", refusal(List.of("run", "--x\n" + "y".repeat(5_000))));
        assertEquals("unexpected word \"a b\": options start with --", refusal(List.of("run", "a\nb")));
        assertEquals("unknown command \"" + "r".repeat(24) + "…\": use run, compare, export or no command to open "
                + "the window", refusal(List.of("r".repeat(5_000))));
    }

    @Test
    void selfTestTakesNoValue() {
        assertEquals("--self-test takes no value (got \"no\")", refusal(List.of("--self-test=no")));
    }

    /** A delay list sets the number of calls, so a list too long for the window names --delays, not --calls. */
    @Test
    void aDelayListTooLongForTheWindowNamesTheList() {
        String delays = "1,".repeat(10_000) + "1";
        assertEquals("--delays can be at most 10,000 in the window (golanes run and export take up to 1,000,000)",
                refusal(List.of("--delays", delays)));
        assertEquals(10_001, assertInstanceOf(Command.Run.class, parse(List.of("run", "--delays", delays)))
                .scenario().calls());
    }

    /**
     * The README's list of delays given to the flag for one delay: the refusal says which flag takes a
     * list, with the list to type. One comma may be a thousand (1,000) as well as two calls: that says
     * what the flag takes, and the thousand as it takes it.
     */
    @Test
    void aListGivenForOneDelayPointsToDelays() {
        assertEquals("--max-delay must be a whole number from 1 to 600,000 (got \"1200,300,1800\"); for one delay per "
                + "call, use --delays 1200,300,1800", refusal(List.of("run", "--max-delay", "1200,300,1800")));
        assertEquals("--delay must be a whole number from 0 to 600,000, written without separators: 1000 (got \"1,000\")",
                refusal(List.of("run", "--delay=1,000")));
        // The window's calls, grouped: named as it takes them, and not where it would refuse them still.
        assertEquals("--calls must be a whole number from 1 to 10,000, written without separators: 1000 (got \"1,000\")",
                refusal(List.of("--calls", "1,000")));
        assertEquals("--calls must be a whole number from 1 to 10,000 (got \"20,000\")", refusal(List.of("--calls", "20,000")));
        // A long list is quoted cut short, and given whole to type again; spaces, which a shell would split at, left out.
        assertEquals("--max-delay must be a whole number from 1 to 600,000 (got \"1200,300,1800,1200,300,1…\"); for one delay "
                + "per call, use --delays 1200,300,1800,1200,300,1800,500",
                refusal(List.of("run", "--max-delay", "1200,300,1800,1200,300,1800,500")));
        assertEquals("--delay must be a whole number from 0 to 600,000 (got \"1200, 300, 1800\"); for one delay per call, use "
                + "--delays 1200,300,1800", refusal(List.of("run", "--delay", "1200, 300, 1800")));
        assertEquals("--delay must be a whole number from 0 to 600,000 (got \"1.5\")", refusal(List.of("run", "--delay", "1.5")));
    }

    /** The values that are allowed at the edges of each range are taken, so the refusals above are not blanket. */
    @Test
    void theEdgesOfEachRangeAreAccepted() {
        Command.Export export = assertInstanceOf(Command.Export.class, parse(List.of("export", "--format", "png",
                "--out", "x.png", "--calls", "1000000", "--hold", "60000", "--seed", "-9223372036854775808",
                "--width", "20000", "--height", "240", "--scale", "1", "--at", "9223372036854775807")));
        assertEquals(1_000_000, export.scenario().calls());
        assertEquals(60_000, export.scenario().holdMs());
        assertEquals(Long.MIN_VALUE, export.scenario().seed());
        assertEquals(Long.MAX_VALUE, export.atMillis().getAsLong());
        assertInstanceOf(Command.Run.class, parse(List.of("run", "--delay", "0", "--calls", "1")));
        assertInstanceOf(Command.Run.class, parse(List.of("run", "--max-delay", "600000")));
        assertInstanceOf(Command.Run.class, parse(List.of("run", "--delays", "0,600000")));
    }

    private static void wholeNumber(List<Arguments> all, Bad bad, String flag, String range, boolean zeroIsBad) {
        if (bad == ZERO && !zeroIsBad) {
            return;
        }
        add(all, "run", flag, bad, bad == EMPTY || bad == BLANK ? flag + " needs a value: a whole number from " + range
                : flag + " must be a whole number from " + range + " (got \"" + bad.shown + "\")");
    }

    private static void picture(List<Arguments> all, Bad bad, String flag, String range) {
        add(all, "export --format png --out x.png", flag, bad,
                flag + " must be a whole number from " + range + " (got \"" + bad.shown + "\")");
    }

    /** A delay list quotes the item it could not read. */
    private static String delayShown(Bad bad) {
        return bad == TWO_LINES ? "1 2" : bad.shown;
    }

    private static void add(List<Arguments> all, String before, String flag, Bad bad, String message) {
        all.add(Arguments.of(before, flag, bad, message));
    }

    private static Command parse(List<String> args) {
        try {
            return CommandLine.parse(ENGLISH, args.toArray(String[]::new));
        } catch (UsageException e) {
            throw new AssertionError("refused: " + e.getMessage(), e);
        }
    }

    private static String refusal(List<String> args) {
        return assertThrows(UsageException.class, () -> CommandLine.parse(ENGLISH, args.toArray(String[]::new)),
                String.join(" ", args)).getMessage();
    }
}
