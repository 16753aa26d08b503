package dev.golanes.program;

/** The lines of the Go programs a goroutine can be found on, whatever the mode. */
public enum Step {
    /** {@code dbCall(i)}: main calling directly (sequential). */
    CALL,
    /** {@code wg.Add(1)}. */
    WG_ADD,
    /** {@code go dbCall(i)}. */
    GO,
    /** {@code wg.Wait()}. */
    WG_WAIT,
    /** {@code fmt.Printf("\nTotal execution time: %v", ...)}. */
    TOTAL,
    /** {@code fmt.Println(results)}. */
    RESULTS,
    /** {@code time.Sleep(...)}: the pretend database call. */
    SLEEP,
    /** {@code fmt.Println("The result from the database is:", ...)}. */
    PRINT,
    /** {@code m.Lock()}. */
    LOCK,
    /** {@code results = append(results, id)}. */
    APPEND,
    /** The work of the append while holding the lock (or racing without it): {@code time.Sleep(hold)}. */
    HOLD,
    /** {@code m.Unlock()}. */
    UNLOCK,
    /** {@code wg.Done()}. */
    DONE
}
