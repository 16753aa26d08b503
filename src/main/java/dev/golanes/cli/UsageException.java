package dev.golanes.cli;

/** The command line is wrong; the message is one line that names the flag and what is allowed. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
