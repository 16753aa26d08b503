package dev.golanes.cli;

import dev.golanes.engine.LineSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes printed lines byte for byte as the Go program writes them. A line the program left open
 * ({@code fmt.Printf("\nTotal execution time: %v", ...)}) gets its newline only if another line
 * follows, which is what {@code fmt.Println()} then prints.
 */
final class GoOutput implements LineSink {
    private final Writer out;
    private boolean lineOpen;

    GoOutput(Writer out) {
        this.out = out;
    }

    @Override
    public void print(String line, boolean newline) {
        try {
            if (lineOpen) {
                out.write('\n');
            }
            out.write(line);
            if (newline) {
                out.write('\n');
            }
            lineOpen = !newline;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the output so far ends in the middle of a line, as the tutorial's programs end. */
    boolean endsInsideALine() {
        return lineOpen;
    }
}
