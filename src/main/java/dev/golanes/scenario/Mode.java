package dev.golanes.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The Go programs GoLanes can run. */
public enum Mode {
    /** {@code main} calls {@code dbCall(i)} one after the other. */
    SEQUENTIAL("sequential"),
    /** One goroutine per call, joined with a {@code sync.WaitGroup}. */
    CONCURRENT("concurrent"),
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
    ADD_INSIDE("add-inside"),
    /** Pitfall: no {@code wg.Done()}. {@code main} waits for ever: Go reports a deadlock and exits with 2. */
    MISSING_DONE("missing-done"),
    /**
     * Pitfall: {@code m.Unlock()} without {@code m.Lock()}. Go stops the program with
     * {@code fatal error: sync: unlock of unlocked mutex} and exits with 2.
     */
    DOUBLE_UNLOCK("double-unlock");

    /**
     * What the window and pictures call {@link #DOUBLE_UNLOCK} ("m.Unlock() without m.Lock()"), taken
     * for it where a mode is typed: a teacher types the name the slide shows.
     */
    public static final String UNLOCK_WITHOUT_LOCK = "unlock-without-lock";

    private final String id;

    Mode(String id) {
        this.id = id;
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

    /** The ids of all modes, for messages: {@code sequential, concurrent, mutex, ...}. */
    public static String allIds() {
        return Arrays.stream(values()).map(Mode::id).collect(Collectors.joining(", "));
    }

    /**
     * The mode with this id (or {@value #UNLOCK_WITHOUT_LOCK} for {@link #DOUBLE_UNLOCK}), ignoring case.
     *
     * @throws ScenarioException naming {@link Field#MODE} when there is none
     */
    public static Mode parse(String text) {
        // As an id, or as the window writes it: "Add inside", "Unlock without Lock".
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        if (wanted.equals(UNLOCK_WITHOUT_LOCK)) {
            return DOUBLE_UNLOCK;
        }
        for (Mode mode : values()) {
            if (mode.id.equals(wanted)) {
                return mode;
            }
        }
        throw new ScenarioException(Field.MODE, Problem.oneOf(allIds(), text));
    }
}
