package dev.golanes.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Which failures to start the toolkit are for want of a display, and so get one sentence instead of a crash report. */
class NoDisplayTest {
    private static final UnaryOperator<String> NO_DISPLAY = Map.<String, String>of()::get;
    private static final UnaryOperator<String> DISPLAY = Map.of("DISPLAY", ":0")::get;
    private static final RuntimeException GTK = new UnsupportedOperationException("Unable to open DISPLAY");
    private static final RuntimeException OTHER = new IllegalStateException("no suitable pipeline");

    @Test
    void onLinuxWithNoDisplayNamedAnyFailureToStartIsForWantOfOne() {
        assertTrue(NoDisplay.explains(GTK, "Linux", null, NO_DISPLAY));
        assertTrue(NoDisplay.explains(OTHER, "Linux", null, NO_DISPLAY));
        assertTrue(NoDisplay.explains(OTHER, "FreeBSD", "gtk", Map.of("DISPLAY", " ")::get));
        assertTrue(NoDisplay.explains(OTHER, "Linux", null, Map.of("WAYLAND_DISPLAY", "wayland-0")::get),
                "GTK's toolkit needs an X11 display, which a Wayland desktop provides through DISPLAY");
    }

    @Test
    void aDisplayNamedThatCannotBeOpenedIsWantingToo() {
        assertTrue(NoDisplay.explains(GTK, "Linux", null, DISPLAY));
        assertTrue(NoDisplay.explains(new RuntimeException("Exception in launcher", GTK), "Linux", null, DISPLAY));
    }

    @Test
    void otherFailuresAreCrashes() {
        assertFalse(NoDisplay.explains(OTHER, "Linux", null, DISPLAY));
        assertFalse(NoDisplay.explains(new RuntimeException((String) null), "Linux", null, DISPLAY));
    }

    /** Windows and macOS always have a display; Monocle (or another platform asked for) needs none. */
    @Test
    void systemsAndPlatformsThatNeedNoDisplayVariableNeverLackOne() {
        assertFalse(NoDisplay.explains(GTK, "Windows 11", null, NO_DISPLAY));
        assertFalse(NoDisplay.explains(GTK, "Mac OS X", null, NO_DISPLAY));
        assertFalse(NoDisplay.explains(OTHER, "Linux", "Monocle", NO_DISPLAY));
    }
}
