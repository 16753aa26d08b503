package dev.golanes.i18n;

import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Problem;
import dev.golanes.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The texts of one language, read from {@code messages.properties} (English) and
 * {@code messages_id.properties} (Bahasa Indonesia) in this package. Every value is a
 * {@link MessageFormat} pattern, so a literal apostrophe is written {@code ''}.
 *
 * <p>The bundles are read directly rather than through {@code ResourceBundle.getBundle}, whose
 * fallback to the system locale would hand an English request the Indonesian texts on an
 * Indonesian machine.
 */
public final class Texts {
    /** The space between a number and a unit of GoLanes' texts, in either language. */
    private static final Pattern NUMBER_THEN_UNIT = Pattern.compile("(?<=\\d) (?=(?:ms|s|calls?|panggilan)\\b)");
    /** The languages GoLanes speaks, in menu order. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("id"));

    private static final Map<Locale, Texts> CACHE = new ConcurrentHashMap<>();

    private final Map<String, String> patterns;
    private final Locale locale;
    /**
     * How this language writes numbers (1,000.5 in English, 1.000,5 in Indonesian), from its own
     * file: a runtime without the JDK's locale data (a small packaged image) would otherwise write
     * every language's numbers the English way, and differently from a full JDK. Never changed after
     * construction; each format gets its own copy.
     */
    private final DecimalFormatSymbols numbers;

    private Texts(Map<String, String> patterns, Locale locale) {
        this.patterns = patterns;
        this.locale = locale;
        this.numbers = DecimalFormatSymbols.getInstance(Locale.ROOT);
        numbers.setGroupingSeparator(single(patterns, "number.grouping"));
        numbers.setDecimalSeparator(single(patterns, "number.decimal"));
    }

    private static char single(Map<String, String> patterns, String key) {
        String value = patterns.get(key);
        if (value == null || value.length() != 1) {
            throw new IllegalStateException(key + " must be one character, not " + value);
        }
        return value.charAt(0);
    }

    /** Texts made of these patterns, for tests of how they are filled in. */
    static Texts of(Map<String, String> patterns, Locale locale) {
        return new Texts(Map.copyOf(patterns), locale);
    }

    /** The texts for a locale; languages GoLanes does not speak fall back to English. */
    public static Texts forLocale(Locale requested) {
        return CACHE.computeIfAbsent(supported(requested), Texts::load);
    }

    /** The language GoLanes will use for a requested locale: Indonesian for {@code id} (or legacy {@code in}), else English. */
    public static Locale supported(Locale requested) {
        if (requested != null) {
            String language = requested.getLanguage();
            if (language.equals("id") || language.equals("in")) {
                return LANGUAGES.get(1);
            }
        }
        return Locale.ENGLISH;
    }

    /** The keys and raw patterns of one language's file, without fallback (for completeness checks). */
    public static Map<String, String> patternsOf(Locale language) {
        String file = language.getLanguage().equals("en") ? "messages.properties" : "messages_" + language.getLanguage() + ".properties";
        try (InputStream in = Texts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing bundle " + file);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new HashMap<>();
            properties.stringPropertyNames().forEach(key -> map.put(key, properties.getProperty(key)));
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Texts load(Locale locale) {
        Map<String, String> merged = new HashMap<>(patternsOf(Locale.ENGLISH));
        if (!locale.equals(Locale.ENGLISH)) {
            merged.putAll(patternsOf(locale));
        }
        return new Texts(Map.copyOf(merged), locale);
    }

    public Locale locale() {
        return locale;
    }

    /** Whether this language has a text for the key. */
    public boolean has(String key) {
        return patterns.containsKey(key);
    }

    /**
     * {@code text} with a no-break space between a number and the unit after it ("300 ms", "5 calls",
     * "5 panggilan"), for a label that wraps: a line must not end in "hold 300" and begin with "ms".
     */
    public static String unitsKeptWithNumbers(String text) {
        return NUMBER_THEN_UNIT.matcher(text).replaceAll("\u00A0");
    }

    /** The text for a key with its arguments filled in; a missing key shows as {@code !key!} rather than crashing. */
    public String format(String key, Object... args) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        MessageFormat format = new MessageFormat(pattern, locale);
        Format[] parts = format.getFormats();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] instanceof DecimalFormat decimal) {
                if (decimal.getMaximumFractionDigits() == 0 && decimal.isGroupingUsed()) {
                    // {0,number,integer}: written as the bars, the axis and the clocks write it.
                    format.setFormat(i, new Figures(numbers, true));
                } else {
                    decimal.setDecimalFormatSymbols(numbers);
                }
            }
        }
        // A plain {0} given a number: the same, with up to three decimals. The texts use an argument
        // the same way wherever it appears (MessagesTest checks), so setting the format by argument
        // changes no {0,number,...} of the same argument.
        Format[] byArgument = format.getFormatsByArgumentIndex();
        for (int i = 0; i < byArgument.length && i < args.length; i++) {
            if (byArgument[i] == null && args[i] instanceof Number) {
                format.setFormatByArgumentIndex(i, new Figures(numbers, false));
            }
        }
        return format.format(args);
    }

    /**
     * A number as GoLanes writes it everywhere, in sentences as on the clocks and bars: up to four
     * digits as they are, like the time axis ({@code 2650}), more grouped as this language groups
     * them ({@code 1,007,208} or {@code 1.007.208}), which a long run's milliseconds need to be read
     * at a glance. One way for one number: a sentence's {@code 1,902 ms} beside a bar's {@code 1902 ms}
     * read as two numbers, and in Indonesian {@code 1.902 ms} beside Go's {@code 1.902s} as one.
     */
    public String figure(long value) {
        return figure(value, String.valueOf(numbers.getGroupingSeparator()));
    }

    /** {@link #figure(long)} with a given thousands separator, for the figure's bars, which have no texts. */
    public static String figure(long value, String grouping) {
        String digits = Long.toString(value);
        int first = value < 0 ? 1 : 0;
        if (digits.length() - first <= 4) {
            return digits;
        }
        StringBuilder out = new StringBuilder(digits);
        for (int at = digits.length() - 3; at > first; at -= 3) {
            out.insert(at, grouping);
        }
        return out.toString();
    }

    /** {@link #figure(long)}'s way as a {@link Format}, for the texts' numbers, whole or with up to three decimals. */
    private static final class Figures extends Format {
        private final DecimalFormat grouped;
        private final char separator;
        private final char decimal;

        Figures(DecimalFormatSymbols numbers, boolean whole) {
            grouped = new DecimalFormat(whole ? "#,##0" : "#,##0.###", numbers);
            separator = numbers.getGroupingSeparator();
            decimal = numbers.getDecimalSeparator();
        }

        /** Formatted grouped, then ungrouped if the whole part has four digits or fewer once rounded (9999.6 is 10,000). */
        @Override
        public StringBuffer format(Object number, StringBuffer to, FieldPosition position) {
            if (!(number instanceof Number)) {
                throw new IllegalArgumentException("not a number: " + number);
            }
            String text = grouped.format(number);
            int end = text.indexOf(decimal);
            String whole = end < 0 ? text : text.substring(0, end);
            long digits = whole.chars().filter(Character::isDigit).count();
            return to.append(digits <= 4 ? text.replace(String.valueOf(separator), "") : text);
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            return grouped.parseObject(source, position);
        }
    }

    /** How many calls, as a sentence says it: {@code 1 call}, {@code 10,000 calls}, {@code 5 panggilan}. */
    public String calls(long count) {
        return count("calls", count);
    }

    /**
     * The calls, and the hold where the program has one ("5 calls, hold 300 ms"): GoLanes' addition
     * to the tutorial's program, which makes the mutex's total 3.5s where the tutorial's prints about
     * 2s. (The command line's line on standard error says the delays too: FigureLabels.given.)
     */
    public String callsAndHold(Scenario scenario) {
        return withHold(calls(scenario.calls()), scenario.mode(), scenario.holdMs());
    }

    /**
     * {@code given} followed by the hold, named as {@code mode} uses it (the race's read-write gap, No
     * Lock's unguarded work): "5 calls, 2000 ms each, hold 300 ms"; {@code given} alone for a program
     * that holds nothing.
     */
    public String withHold(String given, Mode mode, long holdMs) {
        return switch (mode) {
            case MUTEX -> format("given.hold", given, holdMs);
            case RACE -> format("given.race", given, holdMs);
            case DOUBLE_UNLOCK -> format("given.unguarded", given, holdMs);
            default -> given;
        };
    }

    /**
     * A number of things with this language's word for them, from the texts {@code count.NOUN}, or
     * {@code count.NOUN.one} for one: {@code count("ids", 1)} is {@code 1 id}.
     */
    public String count(String noun, long count) {
        return format(count == 1 ? "count." + noun + ".one" : "count." + noun, count);
    }


    /** A number with up to three decimals, the way this language writes it: {@code 0.5} or {@code 0,5}. */
    public String number(double value) {
        return new DecimalFormat("0.###", numbers).format(value);
    }

    /**
     * A duration as Go writes it ({@code 1.929s}, {@code 2m1.5s}, {@code 5µs}), with this language's
     * decimal mark: {@code 1,929s} in Indonesian, where {@code 1.929} reads as one thousand nine hundred
     * and twenty-nine, as a sentence's {@code 1.929 ms} does. Only what the program prints keeps Go's point.
     */
    public String duration(String go) {
        return go.replace('.', numbers.getDecimalSeparator());
    }

    /**
     * Ids already named ({@code id3}), such as a trace's {@code results}, joined: more than
     * {@code listed} of them are shortened to their first ones and their last three, with their count
     * ({@code [id1 id2 … id998 id999 id1000] (1000 ids)}).
     */
    public String ids(List<String> ids, int listed, String separator, String open, String close) {
        return ids(ids, listed, listed - 3, 3, separator, open, close);
    }

    /**
     * Ids joined, as {@link #ids(List, int, String, String, String)}: more than {@code listed} of them
     * are shortened to the {@code first} ones and the {@code last} ones, with their count, where that
     * leaves out two or more.
     */
    public String ids(List<String> ids, int listed, int first, int last, String separator, String open, String close) {
        // "…" for one id left out is longer than the id: six results were "[id4 id20 … id1 id17 id16] (6 ids)".
        boolean shortened = ids.size() > listed && ids.size() - first - last >= 2;
        StringJoiner joiner = new StringJoiner(separator, open, close);
        for (int k = 0; k < ids.size(); k++) {
            if (shortened && k == first) {
                joiner.add("…");
                k = ids.size() - last;
            }
            joiner.add(ids.get(k));
        }
        String text = joiner.toString();
        return shortened ? text + " " + format("panel.count", ids.size()) : text;
    }

    /** A problem with a value, worded for this language, naming the field as the surface calls it. */
    public String problem(String fieldName, Problem problem) {
        if (problem.key().equals("problem.grouped") && problem.args().get(4).equals(format("number.decimal"))) {
            // "1,500" is one and a half where the comma is the decimal mark: the range alone, not "1500".
            return problem(fieldName, new Problem("problem.wholeNumber", problem.args().subList(0, 3)));
        }
        Object[] args = new Object[problem.args().size() + 1];
        args[0] = fieldName;
        for (int i = 0; i < problem.args().size(); i++) {
            Object arg = problem.args().get(i);
            args[i + 1] = arg instanceof Problem.Count count ? count(count.noun(), count.count())
                    : arg instanceof Problem.Text text ? format(text.key()) : arg;
        }
        return format(problem.key(), args);
    }

    /** These texts as a {@link ResourceBundle}, for FXML's {@code %key} references. */
    public ResourceBundle asBundle() {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return patterns.containsKey(key) ? format(key) : null;
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(patterns.keySet());
            }

            @Override
            public Locale getLocale() {
                return locale;
            }
        };
    }
}
