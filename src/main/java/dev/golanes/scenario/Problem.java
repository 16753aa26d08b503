package dev.golanes.scenario;

import java.util.List;

/**
 * What is wrong with a value, as a message key and its arguments, so each surface can put it in the
 * user's language. The first argument of every message is the field's name, supplied by the surface.
 *
 * @param key  key in the {@code messages} bundle
 * @param args arguments after the field name: plain strings, numbers, {@link Count}s or {@link Text}s
 */
public record Problem(String key, List<Object> args) {

    /**
     * A number of things, which a language writes with its word for them, and in English "1 call"
     * but "2 calls": {@code noun} names the texts {@code count.NOUN} and {@code count.NOUN.one}.
     */
    public record Count(long count, String noun) {
    }

    /**
     * A text of the {@code messages} bundle, such as the name of a choice the message asks for, put in
     * the user's language when the message is, so it reads as the surface shows it.
     */
    public record Text(String key) {
    }

    /** Longest piece of the user's input quoted back in a message. */
    private static final int ECHO_LIMIT = 24;
    /**
     * Longest file name or path quoted back: a name is shown whole (cut short, it could not be typed
     * again), and Linux takes no longer path than this (a file name alone, 255 at most).
     */
    private static final int NAME_LIMIT = 4096;

    public Problem {
        args = List.copyOf(args);
    }

    static Problem empty(long min, long max) {
        return new Problem("problem.empty", List.of(min, max));
    }

    static Problem wholeNumber(long min, long max, String got) {
        return new Problem("problem.wholeNumber", List.of(min, max, echo(got)));
    }

    /**
     * A number written grouped ({@code 1,000}), in range: named as the field takes it ({@code ungrouped}).
     * {@code mark} is the grouping mark where there is one group only, which could be the language's
     * decimal mark instead ("1,500" is one and a half in Indonesian), or "" for more groups.
     */
    static Problem grouped(long min, long max, String got, long ungrouped, String mark) {
        return new Problem("problem.grouped", List.of(min, max, echo(got), ungrouped, mark));
    }

    static Problem oneOf(String allowed, String got) {
        return new Problem("problem.oneOf", List.of(allowed, echo(got)));
    }

    static Problem delayList(long max, String got) {
        return new Problem("problem.delayList", List.of(max, echo(got)));
    }

    /** Entry {@code place} (from 1) of a list of {@code entries} delays is empty. */
    static Problem delayListGap(int place, int entries, long max) {
        return new Problem("problem.delayListGap", List.of(place, entries, max));
    }

    /** Entry {@code place} (from 1) of a list of {@code entries} delays is not whole milliseconds in range. */
    static Problem delayListEntry(int place, int entries, long max, String got) {
        return new Problem("problem.delayListEntry", List.of(place, entries, max, echo(got)));
    }

    static Problem delayCount(int listed, int calls) {
        return new Problem("problem.delayCount", List.of(new Count(listed, "delays"), new Count(calls, "calls")));
    }

    static Problem delayListEmpty(long max) {
        return new Problem("problem.delayListEmpty", List.of(max));
    }

    static Problem delayListLong(int listed, int max) {
        return new Problem("problem.delayListLong", List.of(listed, max));
    }

    static Problem seedEmpty() {
        return new Problem("problem.seedEmpty", List.of());
    }

    static Problem seed(String got) {
        return new Problem("problem.seed", List.of(echo(got)));
    }

    /** The user's text, shortened so a pasted novel does not flood the message. */
    public static String echo(String got) {
        return echo(got, ECHO_LIMIT);
    }

    /**
     * A file name or path the user gave, or one a message suggests instead: whole, unless it is longer
     * than any file system takes.
     */
    public static String echoName(String got) {
        return echo(got, NAME_LIMIT);
    }

    private static String echo(String got, int limit) {
        if (got == null) {
            return "";
        }
        String flat = got.replaceAll("\\p{Cntrl}", " ").strip();
        return flat.length() <= limit ? flat : flat.substring(0, limit) + "…";
    }
}
