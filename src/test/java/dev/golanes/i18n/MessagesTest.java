package dev.golanes.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every language has every text, and every text is a valid {@link MessageFormat} pattern. */
class MessagesTest {
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void everyLanguageHasTheSameKeys() {
        Set<String> english = Texts.patternsOf(Locale.ENGLISH).keySet();
        for (Locale language : Texts.LANGUAGES) {
            Set<String> keys = Texts.patternsOf(language).keySet();
            assertEquals(new TreeSet<>(), difference(english, keys), "keys missing from " + language);
            assertEquals(new TreeSet<>(), difference(keys, english), "keys only in " + language);
        }
    }

    @Test
    void noTextHasALoneApostrophe() {
        List<String> lone = new ArrayList<>();
        for (Locale language : Texts.LANGUAGES) {
            Texts.patternsOf(language).forEach((key, value) -> {
                if (value.replace("''", "").contains("'")) {
                    lone.add(language + " " + key + "=" + value);
                }
            });
        }
        assertEquals(List.of(), lone, "write an apostrophe as '' in a MessageFormat pattern");
    }

    @Test
    void everyTextIsAValidPattern() {
        for (Locale language : Texts.LANGUAGES) {
            Texts.patternsOf(language).forEach((key, value) -> {
                try {
                    new MessageFormat(value, language);
                } catch (IllegalArgumentException e) {
                    throw new AssertionError(language + " " + key + ": " + e.getMessage(), e);
                }
            });
        }
    }

    /**
     * Texts.format gives a plain {0} that receives a number the language's own separators by setting
     * the argument's format, which would also change a {0,number,...} of the same argument elsewhere
     * in the text; and a choice's nested texts would not get them at all. Neither occurs.
     */
    @Test
    void anArgumentIsWrittenTheSameWayWhereverItAppears() {
        Pattern element = Pattern.compile("\\{(\\d+)(,[^{}]*)?}");
        List<String> mixed = new ArrayList<>();
        for (Locale language : Texts.LANGUAGES) {
            Texts.patternsOf(language).forEach((key, value) -> {
                String normal = new MessageFormat(value, language).toPattern();
                if (normal.contains(",choice,")) {
                    mixed.add(language + " " + key + " uses a choice format");
                }
                Map<String, String> styles = new TreeMap<>();
                Matcher m = element.matcher(normal);
                while (m.find()) {
                    String style = m.group(2) == null ? "" : m.group(2);
                    String before = styles.putIfAbsent(m.group(1), style);
                    if (before != null && !before.equals(style)) {
                        mixed.add(language + " " + key + ": {" + m.group(1) + "} as \"" + before + "\" and \"" + style + "\"");
                    }
                }
            });
        }
        assertEquals(List.of(), mixed);
    }

    /** A translation that drops {2} loses what the user needs to know, such as the allowed range. */
    @Test
    void translationsUseTheSameArguments() {
        Map<String, String> english = Texts.patternsOf(Locale.ENGLISH);
        Map<String, String> differ = new TreeMap<>();
        Texts.patternsOf(INDONESIAN).forEach((key, value) -> {
            if (english.containsKey(key) && !arguments(english.get(key)).equals(arguments(value))) {
                differ.put(key, arguments(english.get(key)) + " vs " + arguments(value));
            }
        });
        assertEquals(Map.of(), differ);
    }

    @Test
    void noTextIsEmpty() {
        for (Locale language : Texts.LANGUAGES) {
            Texts.patternsOf(language).forEach((key, value) -> assertFalse(value.isBlank(), language + " " + key));
        }
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern.replace("''", ""));
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
