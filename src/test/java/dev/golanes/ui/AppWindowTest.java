package dev.golanes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.golanes.playback.Session;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window's frame around the views. */
@ExtendWith(ApplicationExtension.class)
class AppWindowTest {
    private Stage stage;

    @Start
    void start(Stage window) {
        stage = window;
        // TestFX hands every test class the same stage: start with none of the icons others left.
        window.getIcons().clear();
        new AppWindow(window, new Session(Scenario.defaults(Mode.MUTEX, 42), Locale.ENGLISH), 1280, 720);
        window.show();
    }

    /** They are decoded after the first frame is laid out, but they do arrive, every size once. */
    @Test
    void theWindowGetsItsIconsOnceItIsOnScreen() throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stage.getIcons().size() >= 5);
        WaitForAsyncUtils.waitForFxEvents(5);
        assertEquals(List.of(16.0, 32.0, 64.0, 128.0, 256.0),
                stage.getIcons().stream().map(icon -> icon.getWidth()).toList());
    }
}
