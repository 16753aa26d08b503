package dev.golanes.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.golanes.scenario.Problem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Texts come in English or Indonesian, whatever the machine's locale. */
class TextsTest {

    @Test
    void indonesianIsChosenForIdAndLegacyIn() {
        assertEquals("id", Texts.supported(Locale.forLanguageTag("id-ID")).getLanguage());
        assertEquals("id", Texts.supported(Locale.forLanguageTag("in")).getLanguage());
    }

    @Test
    void otherLanguagesFallBackToEnglish() {
        assertEquals(Locale.ENGLISH, Texts.supported(Locale.FRENCH));
        assertEquals(Locale.ENGLISH, Texts.supported(null));
        assertEquals("golanes: wrote x.json", Texts.forLocale(Locale.GERMAN).format("cli.wrote", "x.json"));
    }

    @Test
    void indonesianTextsAreIndonesian() {
        assertEquals("golanes: x.json sudah ditulis", Texts.forLocale(Locale.forLanguageTag("id")).format("cli.wrote", "x.json"));
    }

    @Test
    void missingKeyShowsTheKeyInsteadOfFailing() {
        assertEquals("!no.such.key!", Texts.forLocale(Locale.ENGLISH).format("no.such.key"));
    }

    @Test
    void problemPutsTheFieldNameFirst() {
        Problem problem = new Problem("problem.delayCount", List.of(3, 4));
        assertEquals("Delays lists 3 delays but there are 4 calls: give one delay per call",
                Texts.forLocale(Locale.ENGLISH).problem("Delays", problem));
    }

    @Test
    void bundleServesFormattedTexts() {
        assertEquals("(see golanes --help)", Texts.forLocale(Locale.ENGLISH).asBundle().getString("cli.seeHelp"));
    }
}
