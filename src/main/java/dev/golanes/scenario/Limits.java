package dev.golanes.scenario;

/** The allowed ranges of every scenario value, in one place so messages and checks agree. */
public final class Limits {
    public static final int MIN_CALLS = 1;
    public static final int MAX_CALLS = 1_000_000;
    public static final int DEFAULT_CALLS = 5;
    /** The window draws every lane, so it takes fewer calls than the engines and the command line. */
    public static final int MAX_WINDOW_CALLS = 10_000;

    /** Delays are whole milliseconds, as in the tutorial's {@code time.Duration(delay) * time.Millisecond}. */
    public static final long MAX_DELAY_MS = 600_000;
    public static final long DEFAULT_DELAY_MS = 2_000;

    public static final long MAX_HOLD_MS = 60_000;
    /** Long enough that goroutines visibly queue for the lock; 0 reproduces the tutorial exactly. */
    public static final long DEFAULT_HOLD_MS = 300;

    private Limits() {
    }
}
