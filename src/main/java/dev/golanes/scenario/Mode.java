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
    RACE("race");

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
        return this == MUTEX || this == RACE;
    }

    /** Whether the program takes a mutex, so the hold time matters. */
    public boolean usesMutex() {
        return this == MUTEX;
    }

    /** Whether appending takes the scenario's hold time (with the lock in mutex mode, without it in race mode). */
    public boolean usesHold() {
        return this == MUTEX || this == RACE;
    }

    /**
     * The delays the tutorial's program of this mode uses when the user asks for nothing else: the
     * mutex program (and its race variant) sleeps a fixed 2 s, the others a random 0 to 2 s.
     */
    public DelaySpec defaultDelays() {
        return usesHold() ? new DelaySpec.Fixed(Limits.DEFAULT_DELAY_MS) : new DelaySpec.Random(Limits.DEFAULT_DELAY_MS);
    }

    /** The ids of all modes, for messages: {@code sequential, concurrent, mutex}. */
    public static String allIds() {
        return Arrays.stream(values()).map(Mode::id).collect(Collectors.joining(", "));
    }

    /**
     * The mode with this id, ignoring case.
     *
     * @throws ScenarioException naming {@link Field#MODE} when there is none
     */
    public static Mode parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Mode mode : values()) {
            if (mode.id.equals(wanted)) {
                return mode;
            }
        }
        throw new ScenarioException(Field.MODE, Problem.oneOf(allIds(), text));
    }
}
