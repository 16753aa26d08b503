package dev.golanes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.golanes.playback.Session;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window's frame around the views. */
@ExtendWith(ApplicationExtension.class)
class AppWindowTest {
    private Stage stage;
    private Session session;

    @Start
    void start(Stage window) {
        stage = window;
        // TestFX hands every test class the same stage: start with none of the icons others left.
        window.getIcons().clear();
        session = new Session(Scenario.defaults(Mode.MUTEX, 42), Locale.ENGLISH);
        new AppWindow(window, session, 1280, 720);
        window.show();
    }

    /**
     * A language switch builds the views again; the old ones must go, or every switch in a lesson
     * keeps a whole window's worth of nodes (and the session's listeners call into them).
     */
    @Test
    void theViewsALanguageSwitchReplacesAreCollected(FxRobot robot) throws InterruptedException {
        WeakReference<Node> old = new WeakReference<>(((StackPane) stage.getScene().getRoot()).getChildren().get(0));
        robot.interact(() -> session.setLanguage(Locale.forLanguageTag("id")));
        robot.interact(() -> session.setLanguage(Locale.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 50 && old.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(old.get(), "the views from before the switch are still held");
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
