package dev.golanes.trace;

/** Something that happens at an instant; exported as a Chrome trace {@code "ph":"i"} event. */
public enum MarkKind {
    /**
     * A line printed; the text is the line without its newline. {@code arg} holds
     * {@link #NEWLINE} if a newline ended it and {@link #STDERR} if it went to standard error.
     */
    PRINT("print"),
    /** {@code wg.Add(n)}; {@code arg} is the counter afterwards. */
    WG_ADD("wg.Add"),
    /** {@code wg.Done()}; {@code arg} is the counter afterwards. */
    WG_DONE("wg.Done"),
    /** {@code go dbCall(i)}; {@code arg} is the new goroutine's lane. */
    GO("go"),
    /** The program ends here: {@code main} returned, or Go stopped it; {@code arg} is the exit status. */
    EXIT("exit"),
    /** Go stopped the program with a fatal error; the text is the error line. */
    FATAL("fatal"),
    /** The goroutine was still running when the program ended, and died with it. */
    KILLED("killed");

    /** Print flag: the program ended the line. */
    public static final long NEWLINE = 1;
    /** Print flag: the line went to standard error (Go's fatal errors do). */
    public static final long STDERR = 2;

    private final String traceName;

    MarkKind(String traceName) {
        this.traceName = traceName;
    }

    /** The event name in exported traces. */
    public String traceName() {
        return traceName;
    }
}
