package dev.golanes.trace;

/** Something a goroutine spends time doing; exported as a Chrome trace {@code "ph":"X"} event. */
public enum SpanKind {
    /** {@code time.Sleep(delay)}: the pretend database call. */
    SLEEP("sleep"),
    /** Blocked in {@code m.Lock()} while another goroutine holds the mutex. */
    LOCK_WAIT("lock-wait"),
    /** From {@code m.Lock()} returning to {@code m.Unlock()}. */
    LOCK_HELD("lock-held"),
    /** {@code results = append(results, id)}: reads the length, works, writes; {@code arg} is the length read. */
    APPEND("append"),
    /** {@code main} blocked in {@code wg.Wait()}. */
    WG_WAIT("wg.Wait"),
    /** {@code main} running {@code dbCall(i)} itself (sequential mode); {@code arg} is the call's lane. */
    CALL("dbCall");

    private final String traceName;

    SpanKind(String traceName) {
        this.traceName = traceName;
    }

    /** The event name in exported traces. */
    public String traceName() {
        return traceName;
    }

    /** Whether the goroutine is blocked (waiting on another), as opposed to busy or asleep by choice. */
    public boolean isWaiting() {
        return this == LOCK_WAIT || this == WG_WAIT;
    }
}
