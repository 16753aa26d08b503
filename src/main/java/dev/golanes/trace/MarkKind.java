package dev.golanes.trace;

/** Something that happens at an instant; exported as a Chrome trace {@code "ph":"i"} event. */
public enum MarkKind {
    /** A line printed to standard output; the text is the line without its newline; {@code arg} is 1 if a newline ended it. */
    PRINT("print"),
    /** {@code wg.Add(n)}; {@code arg} is the counter afterwards. */
    WG_ADD("wg.Add"),
    /** {@code wg.Done()}; {@code arg} is the counter afterwards. */
    WG_DONE("wg.Done"),
    /** {@code go dbCall(i)}; {@code arg} is the new goroutine's lane. */
    GO("go"),
    /** {@code main} returned: the program ends here. */
    EXIT("exit");

    private final String traceName;

    MarkKind(String traceName) {
        this.traceName = traceName;
    }

    /** The event name in exported traces. */
    public String traceName() {
        return traceName;
    }
}
