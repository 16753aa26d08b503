package dev.golanes.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The Go programs GoLanes can run. */
public enum Mode {
    /** {@code main} calls {@code dbCall(i)} one after the other. */
    SEQUENTIAL("sequential", "Sekuensial"),
    /** One goroutine per call, joined with a {@code sync.WaitGroup}. */
    CONCURRENT("concurrent", "Konkuren"),
    /** As concurrent, and every goroutine appends to a shared slice under a {@code sync.Mutex}. */
    MUTEX("mutex"),
    /**
     * The mutex program with {@code m.Lock()} and {@code m.Unlock()} removed: appends that overlap
     * read the same length and overwrite each other, so ids are lost.
     */
    RACE("race"),
    /**
     * Pitfall: {@code wg.Add(1)} inside the goroutine. {@code main} may reach {@code wg.Wait()} while
     * the counter is still 0, return at once and print a total that is a lie; the program ends when
     * {@code main} returns, without waiting for the goroutines still running.
     */
    ADD_INSIDE("add-inside", "wg.Add(1) inside the goroutine", "Add di dalam", "wg.Add(1) di dalam goroutine"),
    /** Pitfall: no {@code wg.Done()}. {@code main} waits for ever: Go reports a deadlock and exits with 2. */
    MISSING_DONE("missing-done", "No Done", "A missing wg.Done()", "Tanpa Done", "wg.Done() yang terlupa"),
    /**
     * Pitfall: {@code m.Unlock()} without {@code m.Lock()}. Go stops the program with
     * {@code fatal error: sync: unlock of unlocked mutex} and exits with 2.
     */
    DOUBLE_UNLOCK("double-unlock", Mode.UNLOCK_WITHOUT_LOCK, "No Lock", "m.Unlock() without m.Lock()", "Tanpa Lock",
            "m.Unlock() tanpa m.Lock()");

    /**
     * What the window and pictures call {@link #DOUBLE_UNLOCK} ("m.Unlock() without m.Lock()"), taken
     * for it where a mode is typed: a teacher types the name the slide shows.
     */
    public static final String UNLOCK_WITHOUT_LOCK = "unlock-without-lock";

    private final String id;
    /**
     * The other names this mode is taken for where a mode is typed: the window's, in both languages,
     * on its buttons ("No Lock", "Tanpa Done") and in its Pitfalls menu ("A missing wg.Done()"), so a
     * teacher can type the name the slide shows. They are written here rather than read from the
     * messages files because this package knows no language; a test holds them to those files, so a
     * button renamed there and not here is caught. The English names that are the ids with capitals
     * and spaces ("Sequential", "Add inside") need no entry: case and spaces never matter.
     */
    private final List<String> windowNames;

    Mode(String id, String... windowNames) {
        this.id = id;
        this.windowNames = Arrays.stream(windowNames).map(Mode::typed).collect(Collectors.toList());
    }

    /** The name used on the command line, in files and in exported traces. */
    public String id() {
        return id;
    }

    /** Whether the program appends to the shared {@code results} slice (and prints it at the end). */
    public boolean collectsResults() {
        return this == MUTEX || this == RACE || this == DOUBLE_UNLOCK;
    }

    /** Whether this is one of the broken programs, shown for what Go does with them. */
    public boolean isPitfall() {
        return this == ADD_INSIDE || this == MISSING_DONE || this == DOUBLE_UNLOCK;
    }

    /** Whether the program uses a WaitGroup. */
    public boolean usesWaitGroup() {
        return this != SEQUENTIAL;
    }

    /** Whether the program takes a mutex, so the hold time matters. */
    public boolean usesMutex() {
        return this == MUTEX;
    }

    /** Whether the program calls {@code m.Unlock()}, rightly or not. */
    public boolean unlocks() {
        return this == MUTEX || this == DOUBLE_UNLOCK;
    }

    /** Whether appending takes the scenario's hold time (with the lock in mutex mode, without it in race mode). */
    public boolean usesHold() {
        return this == MUTEX || this == RACE || this == DOUBLE_UNLOCK;
    }

    /**
     * The delays the tutorial's program of this mode uses when the user asks for nothing else: the
     * mutex program (and its race variant) sleeps a fixed 2 s, the others a random 0 to 2 s.
     */
    public DelaySpec defaultDelays() {
        return usesHold() ? new DelaySpec.Fixed(Limits.DEFAULT_DELAY_MS) : new DelaySpec.Random(Limits.DEFAULT_DELAY_MS);
    }

    /** The ids of all modes: {@code sequential, concurrent, mutex, ...}. */
    public static String allIds() {
        return Arrays.stream(values()).map(Mode::id).collect(Collectors.joining(", "));
    }

    /**
     * What may be typed for a mode, for messages: every id, and {@value #UNLOCK_WITHOUT_LOCK}, the
     * name the README and the help give for the last pitfall, so a teacher who typed it wrong is shown
     * it. The window's other names are not listed: they would double the list, and are its own words.
     */
    public static String accepted() {
        return allIds() + ", " + UNLOCK_WITHOUT_LOCK;
    }

    /**
     * The mode with this id, or with one of the window's names for it ("No Lock", "Tanpa Done",
     * {@value #UNLOCK_WITHOUT_LOCK}), ignoring case, and with spaces for hyphens.
     *
     * @throws ScenarioException naming {@link Field#MODE} when there is none
     */
    public static Mode parse(String text) {
        String wanted = typed(text);
        for (Mode mode : values()) {
            if (mode.id.equals(wanted) || mode.windowNames.contains(wanted)) {
                return mode;
            }
        }
        throw new ScenarioException(Field.MODE, Problem.oneOf(accepted(), text));
    }

    /** A name as it is compared: "Add inside" and " add-INSIDE " are one name. */
    private static String typed(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }
}
