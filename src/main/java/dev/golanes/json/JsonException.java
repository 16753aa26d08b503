package dev.golanes.json;

import dev.golanes.i18n.Texts;
import java.util.List;
import java.util.Locale;

/**
 * The text is not JSON GoLanes can read: where (line and column) and what is wrong, as a message
 * key in the {@code json.*} range of the bundles, so it reads in the user's language.
 */
public final class JsonException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String key;
    private final transient List<Object> args;

    JsonException(int line, int column, String key, Object... args) {
        super(describe(Texts.forLocale(Locale.ENGLISH), line, column, key, List.of(args)));
        this.line = line;
        this.column = column;
        this.key = key;
        this.args = List.of(args);
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message in a language, with its place. */
    public String message(Texts texts) {
        return describe(texts, line, column, key, args);
    }

    private static String describe(Texts texts, int line, int column, String key, List<Object> args) {
        return texts.format("json.where", line, column, texts.format(key, args.toArray()));
    }
}
