package dev.golanes.scenario;

import dev.golanes.i18n.Texts;
import dev.golanes.json.JsonException;
import java.util.List;
import java.util.Locale;

/**
 * A scenario file that cannot be used: not JSON, or a field that is missing its type or is out of
 * range. The message names the field (as the file spells it) and what is allowed.
 */
public final class ScenarioFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String key;
    private final transient List<Object> args;
    private final transient JsonException syntax;

    private ScenarioFileException(String field, String key, List<Object> args, JsonException syntax) {
        super(describe(Texts.forLocale(Locale.ENGLISH), field, key, args, syntax));
        this.field = field;
        this.key = key;
        this.args = args;
        this.syntax = syntax;
    }

    /** A field is wrong: {@code key} is a message whose first argument is the field's name. */
    static ScenarioFileException field(String field, String key, Object... args) {
        return new ScenarioFileException(field, key, List.of(args), null);
    }

    static ScenarioFileException of(ScenarioException e) {
        return field(e.field().key(), e.problem().key(), e.problem().args().toArray());
    }

    static ScenarioFileException syntax(JsonException e) {
        return new ScenarioFileException(null, null, List.of(), e);
    }

    static ScenarioFileException file(String key, Object... args) {
        return new ScenarioFileException(null, key, List.of(args), null);
    }

    /** The field at fault, as the file names it, or null when the file as a whole is. */
    public String field() {
        return field;
    }

    /** The message in a language. */
    public String message(Texts texts) {
        return describe(texts, field, key, args, syntax);
    }

    private static String describe(Texts texts, String field, String key, List<Object> args, JsonException syntax) {
        if (syntax != null) {
            // Said first, for a file that is not a scenario at all ("found 'h'" told a student little).
            return texts.format("file.syntax", syntax.message(texts));
        }
        if (field == null) {
            return texts.format(key, args.toArray());
        }
        return texts.problem(field, new Problem(key, args));
    }
}
