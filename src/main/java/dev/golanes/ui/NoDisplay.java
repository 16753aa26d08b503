package dev.golanes.ui;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Tells a toolkit that could not start for want of a display (GoLanes over SSH, on a server, in a
 * container) from one that failed for a reason worth a crash report. Missing a display is the
 * user's setting, not a fault: it gets one sentence, not a stack trace in the log.
 */
final class NoDisplay {
    private NoDisplay() {
    }

    /** What the GTK toolkit says when it cannot connect to the display it was given. */
    private static final String GTK_CANNOT_OPEN = "Unable to open DISPLAY";

    /**
     * Whether a failure to start the toolkit is for want of a display. On Linux and the other X11
     * systems the toolkit (GTK, unless {@code glass.platform} names another) needs the display that
     * {@code DISPLAY} names: none is named, or the one named cannot be opened. Windows and macOS
     * always have theirs.
     *
     * @param failure       what starting the toolkit threw
     * @param osName        the {@code os.name} property
     * @param glassPlatform the {@code glass.platform} property, null when not set
     * @param environment   the process environment
     */
    static boolean explains(Throwable failure, String osName, String glassPlatform, UnaryOperator<String> environment) {
        if (osName.startsWith("Windows") || osName.startsWith("Mac")) {
            return false;
        }
        if (glassPlatform != null && !glassPlatform.toLowerCase(Locale.ROOT).equals("gtk")) {
            return false;
        }
        String display = environment.apply("DISPLAY");
        if (display == null || display.isBlank()) {
            return true;
        }
        // A few causes deep is plenty, and a chain that loops back on itself ends.
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(GTK_CANNOT_OPEN)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #explains} for this process. */
    static boolean explains(Throwable failure) {
        return explains(failure, System.getProperty("os.name", ""), System.getProperty("glass.platform"), System::getenv);
    }
}
