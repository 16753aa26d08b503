package dev.golanes.scenario;

import dev.golanes.i18n.Texts;
import java.util.Locale;

/** A value the user gave is not allowed; says which field and why. */
public final class ScenarioException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final Field field;
    private final transient Problem problem;

    public ScenarioException(Field field, Problem problem) {
        super(Texts.forLocale(Locale.ENGLISH).problem(field.flag(), problem));
        this.field = field;
        this.problem = problem;
    }

    public Field field() {
        return field;
    }

    public Problem problem() {
        return problem;
    }
}
