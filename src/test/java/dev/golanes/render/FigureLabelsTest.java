package dev.golanes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.engine.Simulator;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceIndex;
import dev.golanes.trace.TraceBuilder;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The note under the figure says why the total is what it is, with what this run really did. */
class FigureLabelsTest {
    private static final Texts ENGLISH = Texts.forLocale(Locale.ENGLISH);

    /** Go prints no total when it stops a program: the badge at the end of the axis says "Stopped" there. */
    @Test
    void theBadgeSaysStoppedWhereGoStoppedTheProgram() {
        for (Mode mode : List.of(Mode.MISSING_DONE, Mode.DOUBLE_UNLOCK)) {
            Trace trace = Simulator.run(Scenario.defaults(mode, 42));
            assertEquals("Stopped", FigureLabels.of(ENGLISH, trace).total(), mode.id());
            assertEquals("Dihentikan", FigureLabels.of(Texts.forLocale(Locale.forLanguageTag("id")), trace).total(), mode.id());
        }
        Trace missingDone = Simulator.run(Scenario.defaults(Mode.MISSING_DONE, 42));
        assertEquals("GoLanes · A missing wg.Done(): 5 calls, random delays under 2000 ms · seed 42 · simulated",
                FigureLabels.of(ENGLISH, missingDone).title(),
                "a slide's title names the program as the window does, not by its command-line id");
        // A slide has no form beside it: its title says what the run was given, the hold as the program uses it.
        assertEquals("GoLanes · Race: 3 calls, delays 100, 1000, 2000 ms, read-write gap 5 ms · seed 42 · simulated",
                FigureLabels.of(ENGLISH, Simulator.run(new Scenario(Mode.RACE, 3, new DelaySpec.Listed(List.of(100L, 1_000L, 2_000L)), 5, 42)))
                        .title());
        assertEquals("GoLanes · Mutex: 5 panggilan, 2000 ms untuk semua, pegang lock 0 ms · seed 42 · simulasi",
                FigureLabels.of(Texts.forLocale(Locale.forLanguageTag("id")),
                        Simulator.run(new Scenario(Mode.MUTEX, 5, new DelaySpec.Fixed(2000), 0, 42))).title());
        // One call has one delay: "2000 ms each" read oddly over a slide of one call.
        assertEquals("GoLanes · Mutex: 1 call, 2000 ms, hold 300 ms · seed 42 · simulated",
                FigureLabels.of(ENGLISH, Simulator.run(new Scenario(Mode.MUTEX, 1, new DelaySpec.Fixed(2000), 300, 42))).title());
        assertEquals("GoLanes · Sequential: 1 call, a random delay under 2000 ms · seed 42 · simulated",
                FigureLabels.of(ENGLISH, Simulator.run(new Scenario(Mode.SEQUENTIAL, 1, new DelaySpec.Random(2000), 300, 42))).title());
        assertEquals("GoLanes · Mutex: 1 panggilan, 2000 ms, pegang lock 300 ms · seed 42 · simulasi",
                FigureLabels.of(Texts.forLocale(Locale.forLanguageTag("id")),
                        Simulator.run(new Scenario(Mode.MUTEX, 1, new DelaySpec.Fixed(2000), 300, 42))).title());
        for (Mode mode : List.of(Mode.CONCURRENT, Mode.ADD_INSIDE)) {
            assertEquals("Total", FigureLabels.of(ENGLISH, Simulator.run(Scenario.defaults(mode, 42))).total(), mode.id());
        }
    }

    /**
     * Real threads take their order from the scheduler, not the seed: a lucky run of the Add-inside
     * pitfall on them does not send the class to another seed.
     */
    @Test
    void aLuckyRealRunDoesNotAskForAnotherSeed() {
        Trace simulated = new TraceBuilder(Scenario.defaults(Mode.ADD_INSIDE, 1), Trace.SIMULATED).build(2_000_000, true);
        assertEquals("Total 2s: by luck, main waited for every goroutine this time; try another seed",
                FigureLabels.note(ENGLISH, simulated));
        Trace real = luckyReal();
        assertEquals("Total 2s: main waited for every thread, as each ran wg.Add(1) while main started the next; in Go"
                + " main usually reaches wg.Wait() first", FigureLabels.note(ENGLISH, real));
        assertEquals("Total 2s: main menunggu semua thread, yang memanggil wg.Add(1) selagi main memulai yang lain;"
                + " di Go, main biasanya lebih dulu",
                FigureLabels.note(Texts.forLocale(Locale.forLanguageTag("id")), real));
    }

    /**
     * The spelled-out sum writes its numbers as the bars do, in each language: four digits as they
     * are, five and more grouped as the language groups them.
     */
    @Test
    void theSumOfTheSleepsWritesItsNumbersAsTheBarsDo() {
        Trace trace = Simulator.run(new Scenario(Mode.SEQUENTIAL, 3, new DelaySpec.Listed(List.of(1706L, 145L, 12_929L)), 0, 1));
        assertEquals("Total 14.78s = the sum of the sleeps: 1706 + 145 + 12,929 ms", FigureLabels.note(ENGLISH, trace));
        assertEquals("Total 14,78s = jumlah semua lama tidur: 1706 + 145 + 12.929 ms",
                FigureLabels.note(Texts.forLocale(Locale.forLanguageTag("id")), trace));
        // The bars of the same picture write 12,929 ms as the note does.
        RecordingSurface surface = new RecordingSurface(new SvgSurface(java.io.Writer.nullWriter(), 1600, 600, "t", new FigureFonts()));
        TimelineFigure.paint(surface, FigureSpec.window(1600, 600, 1), trace, new dev.golanes.trace.TraceIndex(trace).at(trace.endMicros()),
                Palette.LIGHT, ENGLISH, 1);
        assertTrue(surface.texts().contains("id3 · 12,929 ms"), surface.texts().toString());
    }

    /**
     * Sequential has no lock, slice or counter: a picture midway said nothing, an empty band under the
     * lanes. It says which call main runs and which are done, as the lanes show.
     */
    @Test
    void aSequentialPictureMidwaySaysWhichCallMainRuns() {
        Trace sequential = Simulator.run(Scenario.defaults(Mode.SEQUENTIAL, 42));
        // Seed 42 sleeps 1706, 145, 1929, ... ms: at 2100 ms, id3's call has run 249 ms of its 1929.
        assertEquals("At 2100 ms: main runs dbCall(id3) · done: id1, id2",
                FigureLabels.state(ENGLISH, sequential, new TraceIndex(sequential).at(2_100_000)));
        assertEquals("Pada 2100 ms: main menjalankan dbCall(id3) · selesai: id1, id2",
                FigureLabels.state(Texts.forLocale(Locale.forLanguageTag("id")), sequential, new TraceIndex(sequential).at(2_100_000)));
        assertEquals("At 0 ms: main runs dbCall(id1)", FigureLabels.state(ENGLISH, sequential, new TraceIndex(sequential).at(0)));
        Trace many = Simulator.run(new Scenario(Mode.SEQUENTIAL, 100, new DelaySpec.Fixed(10), 0, 42));
        assertEquals("At 505 ms: main runs dbCall(id51) · done: id1, id2, id3, id4, id5, id6, …, id48, id49, id50 (50\u00a0ids)",
                FigureLabels.state(ENGLISH, many, new TraceIndex(many).at(505_000)));
        RecordingSurface surface = new RecordingSurface(new SvgSurface(java.io.Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
        TimelineFigure.paint(surface, new FigureSpec(1280, 720, 1, true, true), sequential, new TraceIndex(sequential).at(2_100_000),
                Palette.LIGHT, ENGLISH, 1);
        assertTrue(surface.texts().contains("At 2100 ms: main runs dbCall(id3) · done: id1, id2"), surface.texts().toString());
    }

    /**
     * A picture of a moment midway says what the window's side panel would, since a slide has none: the
     * lock's holder and queue, results, what was lost, the counter.
     */
    @Test
    void aPictureMidwaySaysWhatTheSidePanelWould() {
        Trace mutex = Simulator.run(Scenario.defaults(Mode.MUTEX, 42));
        assertEquals("At 2500 ms: id1 holds the lock; id5, id4, id2 wait for it · results [id3] · WaitGroup counter 4",
                FigureLabels.state(ENGLISH, mutex, new TraceIndex(mutex).at(2_500_000)));
        assertEquals("Pada 2500 ms: lock dipegang id1; id5, id4, id2 antre · results [id3] · counter WaitGroup 4",
                FigureLabels.state(Texts.forLocale(Locale.forLanguageTag("id")), mutex, new TraceIndex(mutex).at(2_500_000)));
        // id1 reads at 100 ms and writes at 400; id2 read at 200, before that write, and overwrites it at 500.
        Trace race = Simulator.run(new Scenario(Mode.RACE, 3, new DelaySpec.Listed(List.of(100L, 200L, 2000L)), 300, 42));
        assertEquals("At 1000 ms: results [id2] · lost: id1 · WaitGroup counter 1",
                FigureLabels.state(ENGLISH, race, new TraceIndex(race).at(1_000_000)));
        // 10,000 calls: the queue and results are cut to their ends and their length, as the side panel's,
        // so the note stays a line or two (a note of every id took a minute to fit).
        Trace many = Simulator.run(new Scenario(Mode.MUTEX, 10_000, new DelaySpec.Fixed(2000), 300, 42));
        String crowded = FigureLabels.state(ENGLISH, many, new TraceIndex(many).at(2_500_000));
        assertTrue(crowded.length() < 200, crowded);
        assertTrue(crowded.matches("At 2500 ms: id\\d+ holds the lock; id\\d+, .*…, .* \\(9998\u00a0ids\\) wait for it · results \\[id\\d+\\] · WaitGroup counter 9999"),
                crowded);
        // The picture draws it under the rows; the window, with its side panel, does not.
        RecordingSurface surface = new RecordingSurface(new SvgSurface(java.io.Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
        TimelineFigure.paint(surface, new FigureSpec(1280, 720, 1, true, true), mutex, new TraceIndex(mutex).at(2_500_000),
                Palette.LIGHT, ENGLISH, 1);
        assertTrue(surface.texts().stream().anyMatch(text -> text.startsWith("At 2500 ms: id1 holds the lock")), surface.texts().toString());
        RecordingSurface window = new RecordingSurface(new SvgSurface(java.io.Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
        TimelineFigure.paint(window, FigureSpec.window(1280, 720, 1), mutex, new TraceIndex(mutex).at(2_500_000),
                Palette.LIGHT, ENGLISH, 1);
        assertTrue(window.texts().stream().noneMatch(text -> text.startsWith("At 2500 ms")), window.texts().toString());
    }

    /** A picture at the end adds the results slice the program printed, as the side panel shows it. */
    @Test
    void aPictureAtTheEndAddsTheResults() {
        Trace mutex = Simulator.run(Scenario.defaults(Mode.MUTEX, 42));
        RecordingSurface surface = new RecordingSurface(new SvgSurface(java.io.Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
        TimelineFigure.paint(surface, new FigureSpec(1280, 720, 1, true, true), mutex, new TraceIndex(mutex).at(mutex.endMicros()),
                Palette.LIGHT, ENGLISH, 1);
        assertTrue(surface.texts().contains("Total 3.5s = the last m.Unlock(), by id2: 2000 ms of sleeping, then 1500 ms waiting"
                + " for and holding the lock · results [id3 id1 id5 id4 id2]"), surface.texts().toString());
        // Not for the programs without a results slice, nor where Go stopped the program before it printed it.
        Trace concurrent = Simulator.run(Scenario.defaults(Mode.CONCURRENT, 42));
        assertEquals(FigureLabels.note(ENGLISH, concurrent), FigureLabels.withResults(ENGLISH, concurrent, FigureLabels.note(ENGLISH, concurrent)));
        Trace unlocked = Simulator.run(Scenario.defaults(Mode.DOUBLE_UNLOCK, 42));
        assertEquals(FigureLabels.note(ENGLISH, unlocked), FigureLabels.withResults(ENGLISH, unlocked, FigureLabels.note(ENGLISH, unlocked)));
    }

    /** m.Unlock() without m.Lock() is one goroutine's error: the note names the goroutine its picture outlines. */
    @Test
    void theFatalUnlockNamesItsGoroutine() {
        Trace unlocked = Simulator.run(Scenario.defaults(Mode.DOUBLE_UNLOCK, 42));
        assertEquals("Go stopped the program after 2.3s, at id3's m.Unlock(): fatal error: sync: unlock of unlocked mutex"
                + " (exit status 2)", FigureLabels.note(ENGLISH, unlocked));
        assertEquals("Go menghentikan program setelah 2,3s, di m.Unlock() oleh id3: fatal error: sync: unlock of unlocked"
                + " mutex (kode keluar 2)", FigureLabels.note(Texts.forLocale(Locale.forLanguageTag("id")), unlocked));
        // A deadlock is no one goroutine's: its note names none.
        assertTrue(FigureLabels.note(ENGLISH, Simulator.run(Scenario.defaults(Mode.MISSING_DONE, 42)))
                .matches("Go stopped the program after [0-9.]+s: fatal error: all goroutines are asleep - deadlock! \\(exit status 2\\)"),
                FigureLabels.note(ENGLISH, Simulator.run(Scenario.defaults(Mode.MISSING_DONE, 42))));
    }

    /** A mutex no one waited for: the time after the last wake-up is a hold, and the note does not speak of waiting. */
    @Test
    void aMutexNoOneWaitedForSaysSo() {
        Trace apart = Simulator.run(new Scenario(Mode.MUTEX, 3, new DelaySpec.Listed(List.of(500L, 1500L, 1000L)), 300, 42));
        assertEquals("Total 1.8s = the last m.Unlock(), by id2: 1500 ms of sleeping, then 300 ms holding the lock, with no waiting",
                FigureLabels.note(ENGLISH, apart));
    }

    /**
     * The tutorial's own mutex program holds the lock for no time: its note said "then 0 ms holding
     * the lock, with no waiting". It says the last Unlock came right after the sleep, and why nobody waited.
     */
    @Test
    void aHoldOfNothingSaysTheUnlockCameRightAfterTheSleep() {
        Trace tutorial = Simulator.run(new Scenario(Mode.MUTEX, 5, new DelaySpec.Fixed(2000), 0, 42));
        String note = FigureLabels.note(ENGLISH, tutorial);
        assertTrue(note.matches("Total 2s = the last m\\.Unlock\\(\\), by id[1-5], right after its 2000 ms of sleeping:"
                + " the lock is held for next to no time, so no queue shows"), note);
        String indonesian = FigureLabels.note(dev.golanes.i18n.Texts.forLocale(java.util.Locale.forLanguageTag("id")), tutorial);
        assertTrue(indonesian.endsWith("tepat setelah tidur 2000 ms: lock hanya dipegang sekejap, jadi tak ada antrean yang terlihat"), indonesian);
        Trace apart = Simulator.run(new Scenario(Mode.MUTEX, 2, new DelaySpec.Listed(List.of(100L, 2000L)), 300, 42));
        assertTrue(FigureLabels.note(ENGLISH, apart).endsWith("then 300 ms holding the lock, with no waiting"), FigureLabels.note(ENGLISH, apart));
    }

    /** A race that lost nothing (a read-write gap of 0) says so, not that "0 of 5 ids" were lost because appends overlapped. */
    @Test
    void aRaceThatLostNothingSaysSo() {
        Trace kept = Simulator.run(new Scenario(Mode.RACE, 5, new DelaySpec.Fixed(2000), 0, 42));
        // Still a data race in Go, though nothing is lost here: the note must not teach that it is safe.
        assertEquals("Total 2s; all 5 ids kept, still a data race (go run -race finds it): with no gap GoLanes never"
                + " loses one, Go rarely; try a gap of 5 ms", FigureLabels.note(ENGLISH, kept));
        // Woken apart (random delays), 5 ms would rarely lose one either: the hint is GoLanes' own 300 ms.
        Trace spread = Simulator.run(new Scenario(Mode.RACE, 5, new DelaySpec.Random(2000), 0, 42));
        assertTrue(FigureLabels.note(ENGLISH, spread).endsWith("try a gap of 300 ms"), FigureLabels.note(ENGLISH, spread));
        Trace apart = Simulator.run(new Scenario(Mode.RACE, 2, new DelaySpec.Listed(List.of(100L, 2000L)), 300, 42));
        assertEquals("Total 2.3s; all 2 ids kept: no two appends overlapped this time, but it is still a data race (try another seed, or a longer read-write gap)",
                FigureLabels.note(ENGLISH, apart));
        assertEquals("Total 2.3s; 4 of 5 ids lost: their appends overlapped and overwrote one another",
                FigureLabels.note(ENGLISH, Simulator.run(Scenario.defaults(Mode.RACE, 42))));
        assertEquals("Total 2.3s; 1 of 2 ids lost: its append overlapped another, which overwrote it",
                FigureLabels.note(ENGLISH, Simulator.run(new Scenario(Mode.RACE, 2, new DelaySpec.Fixed(2000), 300, 42))));
        // One call has nothing to overlap with: no seed or gap would change that.
        Trace one = Simulator.run(new Scenario(Mode.RACE, 1, new DelaySpec.Fixed(2000), 300, 42));
        assertEquals("Total 2.3s; its one id kept: with one goroutine no two appends can overlap (try more calls)",
                FigureLabels.note(ENGLISH, one));
    }

    /** Add inside ends before any goroutine ran: the note does not say "before every goroutine had called wg.Add(1)". */
    @Test
    void addInsideSaysNoGoroutineRan() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.ADD_INSIDE, 42));
        assertEquals("Total 5µs is a lie: main passed wg.Wait() before any goroutine had called wg.Add(1); none of them ran"
                + " before the program ended", FigureLabels.note(ENGLISH, trace));
    }

    @Test
    void simulatedGoroutinesSleepTogetherSoTheTotalIsTheLongestSleep() {
        Trace trace = Simulator.run(new Scenario(Mode.CONCURRENT, 3, new DelaySpec.Listed(List.of(400L, 1500L, 900L)), 0, 1));
        assertEquals("Total 1.5s = the longest sleep: id2, 1500 ms. The other goroutines slept at the same time.",
                FigureLabels.note(ENGLISH, trace));
    }

    /**
     * Real threads: id2 sleeps a little less than id1 but starts a quarter of a second later, so its
     * sleep ends last. Calling it "the longest sleep" would teach something this run did not do.
     */
    @Test
    void aSleepThatBeganLateAndEndedLastIsNotCalledTheLongest() {
        Trace trace = lateSleeper();
        assertEquals("Total 2.22612s = the sleep that ended last: id2, which began 248 ms in (real threads "
                + "take time to start), then slept 1978 ms", FigureLabels.note(ENGLISH, trace));
        assertEquals("Total 2,22612s = tidur yang selesai terakhir: id2, yang mulai pada 248 ms (thread sungguhan "
                + "butuh waktu untuk mulai), lalu tidur 1978 ms",
                FigureLabels.note(Texts.forLocale(Locale.forLanguageTag("id")), trace));
    }

    /** The mutex note likewise: the last sleeper woke at 2248 ms although nobody slept more than 2000. */
    @Test
    void aMutexRunWhoseLastSleeperBeganLateSaysWhenItWoke() {
        Trace trace = lateMutex();
        assertEquals("Total 2.6001s = the last m.Unlock(), by id2: the last sleeper woke at 2248 ms (threads wake late), "
                + "then 352 ms of lock waits and holds", FigureLabels.note(ENGLISH, trace));
        Trace simulated = Simulator.run(Scenario.defaults(Mode.MUTEX, 42));
        assertEquals("Total 3.5s = the last m.Unlock(), by id2: 2000 ms of sleeping, then 1500 ms waiting for and "
                + "holding the lock", FigureLabels.note(ENGLISH, simulated));
    }

    /**
     * Real threads, mutex: id2 began its sleep 0.6 ms in and slept 2002.6 ms; its bars say 2002, then
     * 1219 waiting and 300 holding. The note said "2003 ms of sleeping, then 1520 ms" (when the last
     * sleeper woke, and the time after it), which a student adding up the bars took for a slip.
     */
    @Test
    void aRealMutexRunsNoteAddsUpAsTheBarsSay() {
        TraceBuilder builder = new TraceBuilder(Scenario.defaults(Mode.MUTEX, 1), "real");
        int first = builder.begin(1, SpanKind.SLEEP, 400, 2_000);
        int second = builder.begin(2, SpanKind.SLEEP, 600, 2_000);
        builder.end(first, 2_000_400);
        int held = builder.begin(1, SpanKind.LOCK_HELD, 2_000_400, 0);
        builder.end(second, 2_003_200);
        int waited = builder.begin(2, SpanKind.LOCK_WAIT, 2_003_200, 0);
        builder.end(held, 3_222_800);
        builder.end(waited, 3_222_800);
        builder.end(builder.begin(2, SpanKind.LOCK_HELD, 3_222_800, 0), 3_523_300);
        Trace trace = builder.build(3_523_400, true);
        assertEquals("Total 3.5234s = the last m.Unlock(), by id2: 2002 ms of sleeping, then 1519 ms waiting for and "
                + "holding the lock", FigureLabels.note(ENGLISH, trace));
        assertEquals("Total 3,5234s = m.Unlock() terakhir, oleh id2: tidur 2002 ms, lalu menunggu dan memegang lock 1519 ms",
                FigureLabels.note(Texts.forLocale(Locale.forLanguageTag("id")), trace));
    }

    /** Real threads, concurrent: id2 sleeps a little less than id1 but starts 248 ms later. */
    static Trace lateSleeper() {
        TraceBuilder builder = new TraceBuilder(Scenario.defaults(Mode.CONCURRENT, 1), "real");
        int first = builder.begin(1, SpanKind.SLEEP, 40, 1_999);
        int main = builder.begin(0, SpanKind.WG_WAIT, 248_000, 0);
        int second = builder.begin(2, SpanKind.SLEEP, 248_100, 1_978);
        builder.end(first, 40 + 1_999_200);
        builder.end(second, 248_100 + 1_978_000);
        builder.end(main, 2_226_120);
        return builder.build(2_226_120, true);
    }

    /** Real threads, mutex: the last sleeper woke at 2248 ms. */
    static Trace lateMutex() {
        return lateMutex(248_000, 2_600_040, 2_600_100);
    }

    /**
     * As {@link #lateMutex}, with the numbers of a real run of the tutorial's five calls: the last
     * goroutine woke at 2006 ms, the last Unlock came at 3.51262s and main returned at 3.512681s: a total
     * of seven digits, the longest a note names.
     */
    static Trace lateMutexOfFive() {
        return lateMutex(6_000, 3_512_620, 3_512_681);
    }

    /**
     * Two threads on real threads: id1 sleeps from 40 µs, id2 from {@code secondStart} (2 s each); id1
     * holds the lock 300 ms while id2 waits, then id2 holds it until {@code lastUnlock}; main returns at {@code end}.
     */
    private static Trace lateMutex(long secondStart, long lastUnlock, long end) {
        TraceBuilder builder = new TraceBuilder(Scenario.defaults(Mode.MUTEX, 1), "real");
        int first = builder.begin(1, SpanKind.SLEEP, 40, 2_000);
        int second = builder.begin(2, SpanKind.SLEEP, secondStart, 2_000);
        builder.end(first, 2_000_040);
        int held = builder.begin(1, SpanKind.LOCK_HELD, 2_000_040, 0);
        builder.end(second, secondStart + 2_000_000);
        int waited = builder.begin(2, SpanKind.LOCK_WAIT, secondStart + 2_000_000, 0);
        builder.end(held, 2_300_040);
        builder.end(waited, 2_300_040);
        builder.end(builder.begin(2, SpanKind.LOCK_HELD, 2_300_040, 0), lastUnlock);
        return builder.build(end, true);
    }

    /** Real threads, Add inside: every thread called wg.Add(1) in time, as Java's usually do. */
    static Trace luckyReal() {
        return new TraceBuilder(Scenario.defaults(Mode.ADD_INSIDE, 1), "real").build(2_000_000, true);
    }
}
