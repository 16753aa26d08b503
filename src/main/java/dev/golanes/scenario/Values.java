package dev.golanes.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads scenario values from text typed by a user, on any surface. Every failure is a
 * {@link ScenarioException} that names the field and the allowed range.
 */
public final class Values {
    private Values() {
    }

    /** A whole number in [min, max]; rejects empty, fractional, non-numeric and out-of-range text. */
    public static long wholeNumber(Field field, String text, long min, long max) {
        String trimmed = text == null ? "" : text.strip().replace("_", "");
        if (trimmed.isEmpty()) {
            throw new ScenarioException(field, Problem.empty(min, max));
        }
        long value;
        try {
            value = Long.parseLong(trimmed);
        } catch (NumberFormatException e) {
            throw new ScenarioException(field, grouped(trimmed, min, max, text));
        }
        if (value < min || value > max) {
            throw new ScenarioException(field, Problem.wholeNumber(min, max, text));
        }
        return value;
    }

    /**
     * Digits in groups of three, each parted by the same mark: 1,000 or 1.000.000 or 1 500. At most six
     * groups (no more than a long holds), and not from 0 (0,500 is a decimal).
     */
    private static final Pattern GROUPED = Pattern.compile("[1-9]\\d{0,2}([.,' \u00a0\u202f])\\d{3}(\\1\\d{3}){0,4}");

    /**
     * The problem with a number that did not parse: written grouped, as the messages write their ranges
     * ("1 to 10,000", "1 sampai 10.000"), and in range, it is named as the field takes it ("1000"), in a
     * language that groups with that mark. The grouping is not taken: "1,5" is a decimal in Indonesian,
     * and "1200,300" may be a list.
     */
    private static Problem grouped(String trimmed, long min, long max, String text) {
        Matcher grouping = GROUPED.matcher(trimmed);
        if (grouping.matches()) {
            long value = Long.parseLong(trimmed.replaceAll("\\D", ""));
            if (value >= min && value <= max) {
                boolean oneGroup = trimmed.indexOf(grouping.group(1)) == trimmed.lastIndexOf(grouping.group(1));
                return Problem.grouped(min, max, text, value, oneGroup ? grouping.group(1) : "");
            }
        }
        return Problem.wholeNumber(min, max, text);
    }

    public static int calls(String text) {
        return (int) wholeNumber(Field.CALLS, text, Limits.MIN_CALLS, Limits.MAX_CALLS);
    }

    public static long maxDelay(String text) {
        return wholeNumber(Field.MAX_DELAY, text, 1, Limits.MAX_DELAY_MS);
    }

    public static long delay(String text) {
        return wholeNumber(Field.DELAY, text, 0, Limits.MAX_DELAY_MS);
    }

    public static long hold(String text) {
        return wholeNumber(Field.HOLD, text, 0, Limits.MAX_HOLD_MS);
    }

    /** Any signed 64-bit number. */
    public static long seed(String text) {
        String trimmed = text == null ? "" : text.strip().replace("_", "");
        if (trimmed.isEmpty()) {
            throw new ScenarioException(Field.SEED, Problem.seedEmpty());
        }
        try {
            return Long.parseLong(trimmed);
        } catch (NumberFormatException e) {
            throw new ScenarioException(Field.SEED, Problem.seed(text));
        }
    }

    /** A comma-separated list such as {@code 1200,300,1800}; spaces around the commas are allowed. */
    public static List<Long> delayList(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new ScenarioException(Field.DELAYS, Problem.delayListEmpty(Limits.MAX_DELAY_MS));
        }
        String[] parts = trimmed.split(",", -1);
        if (parts.length > Limits.MAX_CALLS) {
            throw new ScenarioException(Field.DELAYS, Problem.delayListLong(parts.length, Limits.MAX_CALLS));
        }
        List<Long> delays = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            delays.add(delayEntry(parts, i));
        }
        return delays;
    }

    /**
     * Whether text typed for a single delay is plainly a list of delays, one per call: three whole
     * numbers or more (digits, underscores among them, spaces around) with commas between, such as
     * {@code 1200,300,1800}. Whether each is in range is the list's to say ({@link #delayList}).
     * <p>
     * One comma is not enough, as it does not say which was meant: {@code 1,000} is a thousand with
     * English grouping, {@code 1,5} one and a half with the Indonesian decimal comma, {@code 1200,300}
     * two calls. Two commas or more could only be English grouping of a million or more, beyond any
     * delay ({@link Limits#MAX_DELAY_MS}), so reading such text as a list takes no valid delay away.
     */
    public static boolean readsAsDelayList(String text) {
        String[] parts = text == null ? new String[0] : text.split(",", -1);
        if (parts.length < 3) {
            return false;
        }
        for (String part : parts) {
            String digits = part.strip().replace("_", "");
            if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Entry {@code i} of a delay list. In a list of several, a wrong entry is named by its place:
     * {@code 1200,,300} has an empty one, and quoting it back ({@code ""}) would not say which.
     */
    private static long delayEntry(String[] parts, int i) {
        String part = parts[i];
        String digits = part.strip().replace("_", "");
        try {
            // Underscores between digits, as the other number fields (and Go) take them.
            long ms = Long.parseLong(digits);
            if (ms >= 0 && ms <= Limits.MAX_DELAY_MS) {
                return ms;
            }
        } catch (NumberFormatException e) {
            // Worded below, with the range.
        }
        if (parts.length == 1) {
            throw new ScenarioException(Field.DELAYS, Problem.delayList(Limits.MAX_DELAY_MS, part));
        }
        throw new ScenarioException(Field.DELAYS, part.isBlank()
                ? Problem.delayListGap(i + 1, parts.length, Limits.MAX_DELAY_MS)
                : Problem.delayListEntry(i + 1, parts.length, Limits.MAX_DELAY_MS, part));
    }

    static void checkRange(Field field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new ScenarioException(field, Problem.wholeNumber(min, max, Long.toString(value)));
        }
    }
}
