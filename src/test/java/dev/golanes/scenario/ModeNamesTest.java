package dev.golanes.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.golanes.i18n.Texts;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A mode is typed as the window writes it, in either language: a teacher types what the slide shows. */
class ModeNamesTest {

    /** The mode buttons, the pitfall button ("No Lock") and the Pitfalls menu, in English and Indonesian. */
    @Test
    void everyNameTheWindowWritesIsTakenForItsMode() {
        for (Locale language : Texts.LANGUAGES) {
            Texts t = Texts.forLocale(language);
            for (Mode mode : Mode.values()) {
                String menu = t.format("mode." + mode.id());
                assertEquals(mode, Mode.parse(menu), language + ": " + menu);
                if (mode.isPitfall()) {
                    String button = t.format("mode.short." + mode.id());
                    assertEquals(mode, Mode.parse(button), language + ": " + button);
                    assertEquals(mode, Mode.parse(" " + button.toUpperCase(Locale.ROOT) + " "), language + ": " + button);
                }
            }
        }
    }

    @Test
    void theTesterTypedNoLockAndNoDone() {
        assertEquals(Mode.DOUBLE_UNLOCK, Mode.parse("No Lock"));
        assertEquals(Mode.DOUBLE_UNLOCK, Mode.parse("no-lock"));
        assertEquals(Mode.MISSING_DONE, Mode.parse("No Done"));
        assertEquals(Mode.SEQUENTIAL, Mode.parse("sekuensial"));
    }

    /** A wrong name is answered with every name the README gives, the alias of the last pitfall included. */
    @Test
    void aWrongNameIsAnsweredWithUnlockWithoutLockToo() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Mode.parse("No Unlock"));
        assertEquals(Field.MODE, e.field());
        assertEquals("--mode must be one of: sequential, concurrent, mutex, race, add-inside, missing-done, double-unlock,"
                + " unlock-without-lock (got \"No Unlock\")", e.getMessage());
    }
}
