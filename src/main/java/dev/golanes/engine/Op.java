package dev.golanes.engine;

/**
 * The steps of the Go programs, as the simulator executes them. Only {@link #SLEEP} and
 * {@link #HOLD} take virtual time; {@link #LOCK} and {@link #WG_WAIT} may block.
 */
enum Op {
    /** {@code for i := 0; i < len(dbData); i++ { ... }}: the body runs once per call. */
    LOOP,
    END_LOOP,
    /** {@code wg.Add(1)}. */
    WG_ADD,
    /** {@code go dbCall(i)}. */
    GO,
    /**
     * {@code go dbCall(i)}, counting the time things take at this scale: the goroutine starts after
     * a seeded start-up delay of a few microseconds, and the {@code go} statement costs {@code main}
     * a microsecond. Only the add-inside pitfall needs it: there, those microseconds decide whether
     * {@code wg.Add(1)} runs before {@code wg.Wait()}.
     */
    GO_LATE,
    /** {@code dbCall(i)} called directly: {@code main} runs it on its own goroutine. */
    CALL,
    /** {@code wg.Wait()}. */
    WG_WAIT,
    /** {@code fmt.Printf("\nTotal execution time: %v", time.Since(t0))}. */
    PRINT_TOTAL,
    /** {@code fmt.Println(); fmt.Println(results)}. */
    PRINT_RESULTS,
    /** {@code main} returns and the program ends. */
    EXIT,

    /** {@code time.Sleep(delay)}. */
    SLEEP,
    /** {@code fmt.Println("The result from the database is:", dbData[i])}. */
    PRINT_RESULT,
    /** {@code m.Lock()}. */
    LOCK,
    /** The start of {@code results = append(results, dbData[i])}: read the slice's length. */
    APPEND_READ,
    /** The work of the append (while the lock is held, in mutex mode): the scenario's hold time. */
    HOLD,
    /** The end of the append: store the id at the length read, set the length to that plus one. */
    APPEND_WRITE,
    /** {@code m.Unlock()}: Go stops the program if the mutex is not locked. */
    UNLOCK,
    /** {@code wg.Done()}. */
    WG_DONE,
    /** {@code dbCall} returns. */
    RETURN;

    /** How many trace events the step records at most each time it runs (a lock: a wait and a hold). */
    int events() {
        switch (this) {
            case LOOP, END_LOOP, HOLD, APPEND_WRITE, UNLOCK, RETURN:
                return 0;
            case LOCK, PRINT_TOTAL:
                return 2;
            default:
                return 1;
        }
    }
}
