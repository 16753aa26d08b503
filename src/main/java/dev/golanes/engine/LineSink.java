package dev.golanes.engine;

/**
 * Where a real run's standard output goes, line by line, in the order the program printed. Called
 * from one thread of the engine's own, never from a call's thread, so a slow terminal cannot hold
 * up the program it shows.
 */
public interface LineSink {
    /** Prints nothing: a run whose output is read from its trace (the window, exports). */
    LineSink NONE = (line, newline) -> {
    };

    /**
     * One printed line.
     *
     * @param newline whether the program ended it ({@code Println}) or left it open ({@code Printf})
     */
    void print(String line, boolean newline);

    /** Called when no line is waiting, so the output so far can be shown. */
    default void flush() {
    }
}
