package dev.golanes.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.golanes.scenario.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Texts come in English or Indonesian, whatever the machine's locale. */
class TextsTest {

    @Test
    void figuresOfFiveDigitsAndMoreAreGrouped() {
        Texts english = Texts.forLocale(Locale.ENGLISH);
        assertEquals("2650", english.figure(2650));
        assertEquals("10,000", english.figure(10_000));
        assertEquals("1.007.208", Texts.forLocale(Locale.forLanguageTag("id")).figure(1_007_208));
    }

    /**
     * A long list of ids is shortened to its ends and its count, but not for one id left out: six results
     * were "[id4 id20 … id1 id17 id16] (6 ids)", longer than the whole list, with id15 hidden.
     */
    @Test
    void idsAreShortenedOnlyWhereTwoOrMoreGo() {
        Texts english = Texts.forLocale(Locale.ENGLISH);
        List<String> six = List.of("id4", "id20", "id15", "id1", "id17", "id16");
        assertEquals("[id4 id20 id15 id1 id17 id16]", english.ids(six, 5, " ", "[", "]"));
        List<String> seven = List.of("id4", "id20", "id15", "id1", "id17", "id16", "id2");
        assertEquals("[id4 id20 … id17 id16 id2] (7\u00a0ids)", english.ids(seven, 5, " ", "[", "]"));
        assertEquals("[id4 … id2] (7\u00a0ids)", english.ids(seven, 5, 1, 1, " ", "[", "]"));
    }

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

    /**
     * Each language writes numbers its own way, from its own file, whatever locale data the runtime
     * has: the packaged image has none for Indonesian (CI checks its launcher says "10.000 panggilan").
     */
    @Test
    void numbersAreWrittenTheWayEachLanguageWritesThem() {
        Object[] args = {"27s", "id2", 12_000L, 15_000L};
        assertEquals("Total 27s = the last m.Unlock(), by id2: 12,000 ms of sleeping, then 15,000 ms waiting for and "
                + "holding the lock", Texts.forLocale(Locale.ENGLISH).format("note.unlock", args));
        assertEquals("Total 27s = m.Unlock() terakhir, oleh id2: tidur 12.000 ms, lalu menunggu dan memegang lock "
                + "15.000 ms", Texts.forLocale(Locale.forLanguageTag("id")).format("note.unlock", args));
        // Plain {3} and {4} given numbers: grouped from five digits on, as {n,number,integer} is.
        assertEquals("--width 3000 --height 2000 dengan --scale 8 menghasilkan gambar 24.000 x 16.000, melebihi 100 juta "
                + "piksel yang boleh dimiliki PNG: turunkan --scale, --width atau --height, atau ekspor svg",
                Texts.forLocale(Locale.forLanguageTag("id")).format("cli.error.tooBig", 3_000, 2_000, 8, 24_000, 16_000, 100));
    }

    /**
     * A sentence writes a number as the bars, the axis and the clocks do: up to four digits as they
     * are, more grouped. In Indonesian "1.902 ms" beside Go's "1.902s" read as the same number.
     */
    @Test
    void sentencesWriteNumbersAsTheBarsDo() {
        Texts indonesian = Texts.forLocale(Locale.forLanguageTag("id"));
        assertEquals("Total 1,902s = tidur terlama: id2, 1902 ms. Goroutine lain tidur bersamaan.",
                indonesian.format("note.longest", "1,902s", "id2", 1_902));
        assertEquals("Total 12,345s = tidur terlama: id2, 12.345 ms. Goroutine lain tidur bersamaan.",
                indonesian.format("note.longest", "12,345s", "id2", 12_345));
        assertEquals("Total 1.902s = the longest sleep: id2, 1902 ms. The other goroutines slept at the same time.",
                Texts.forLocale(Locale.ENGLISH).format("note.longest", "1.902s", "id2", 1_902L));
        // Rounded first: 9999.6 is ten thousand, written as ten thousand is.
        assertEquals("Total 10s = the longest sleep: id2, 10,000 ms. The other goroutines slept at the same time.",
                Texts.forLocale(Locale.ENGLISH).format("note.longest", "10s", "id2", 9_999.6));
        assertEquals("-9,223,372,036,854,775,808", Texts.forLocale(Locale.ENGLISH).figure(Long.MIN_VALUE));
        assertEquals("-9999", Texts.forLocale(Locale.ENGLISH).figure(-9_999));
    }

    /** The separators come from the language's file, not from the runtime's locale data (which a small image lacks). */
    @Test
    void theSeparatorsAreTheFilesOwn() {
        Texts odd = Texts.of(Map.of("number.grouping", "'", "number.decimal", ";", "a", "{0,number,integer} and {1} and {2,number,#.#}"),
                Locale.forLanguageTag("id"));
        assertEquals("1'234'567 and 7'654'321 and 2;5", odd.format("a", 1_234_567, 7_654_321L, 2.5));
        assertEquals("0;25", odd.number(0.25));
    }

    /** One call is "1 call", in the status bar, the Compare title and the command line's seed line. */
    @Test
    void oneCallIsOneCall() {
        Texts english = Texts.forLocale(Locale.ENGLISH);
        Texts indonesian = Texts.forLocale(Locale.forLanguageTag("id"));
        assertEquals("seed 7 · simulated · 1 call", english.format("status.run", "7", english.calls(1)));
        assertEquals("seed 7 · simulated · 10,000 calls", english.format("status.run", "7", english.calls(10_000)));
        assertEquals("seed 7 · simulasi · 1 panggilan", indonesian.format("status.run", "7", indonesian.calls(1)));
        assertEquals("seed 7 · simulasi · 10.000 panggilan", indonesian.format("status.run", "7", indonesian.calls(10_000)));
    }

    @Test
    void missingKeyShowsTheKeyInsteadOfFailing() {
        assertEquals("!no.such.key!", Texts.forLocale(Locale.ENGLISH).format("no.such.key"));
    }

    @Test
    void problemPutsTheFieldNameFirst() {
        Problem problem = new Problem("problem.delayCount", List.of(new Problem.Count(3, "delays"), new Problem.Count(4, "calls")));
        assertEquals("Delays lists 3 delays for 4 calls: give one delay per call",
                Texts.forLocale(Locale.ENGLISH).problem("Delays", problem));
    }

    /** A count in a problem is written as the language writes that many: one delay, one call. */
    @Test
    void aProblemsCountsAreWordedForHowManyThereAre() {
        Problem one = new Problem("problem.delayCount", List.of(new Problem.Count(2, "delays"), new Problem.Count(1, "calls")));
        assertEquals("--delays lists 2 delays for 1 call: give one delay per call",
                Texts.forLocale(Locale.ENGLISH).problem("--delays", one));
        Problem many = new Problem("problem.delayCount", List.of(new Problem.Count(1, "delays"), new Problem.Count(10_000, "calls")));
        assertEquals("--delays berisi 1 nilai lama tidur untuk 10.000 panggilan: beri satu nilai per panggilan",
                Texts.forLocale(Locale.forLanguageTag("id")).problem("--delays", many));
    }

    @Test
    void bundleServesFormattedTexts() {
        assertEquals("(see golanes --help)", Texts.forLocale(Locale.ENGLISH).asBundle().getString("cli.seeHelp"));
    }

    /**
     * Go's durations take the language's decimal mark outside the console: in Indonesian "1.929s"
     * beside "1.929 ms" read as thousands. The console keeps what Go prints.
     */
    @Test
    void durationsTakeTheLanguagesDecimalMark() {
        assertEquals("1.929s", Texts.forLocale(Locale.ENGLISH).duration("1.929s"));
        assertEquals("1,929s", Texts.forLocale(Locale.forLanguageTag("id")).duration("1.929s"));
        assertEquals("2m1,5s", Texts.forLocale(Locale.forLanguageTag("id")).duration("2m1.5s"));
        assertEquals("5µs", Texts.forLocale(Locale.forLanguageTag("id")).duration("5µs"));
    }

    /** A wrapped title keeps "300 ms" and "5 calls" on one line; ids, seeds and plain words still break. */
    @Test
    void unitsStayWithTheirNumbers() {
        assertEquals("Same seed 42, 5\u00A0calls, 2000\u00A0ms each, hold 300\u00A0ms, 1\u00A0call, 3,5\u00A0s",
                Texts.unitsKeptWithNumbers("Same seed 42, 5 calls, 2000 ms each, hold 300 ms, 1 call, 3,5 s"));
        assertEquals("Seed yang sama: 42, 5\u00A0panggilan, id2 sleeps, seed 42 most",
                Texts.unitsKeptWithNumbers("Seed yang sama: 42, 5 panggilan, id2 sleeps, seed 42 most"));
    }
}
