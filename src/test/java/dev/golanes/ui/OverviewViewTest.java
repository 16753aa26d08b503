package dev.golanes.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.playback.Session;
import dev.golanes.render.Palette;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The strip under the lanes that shows the whole run while the lanes show part of it. */
@ExtendWith(ApplicationExtension.class)
class OverviewViewTest {
    private Stage stage;
    private Session session;

    @Start
    void start(Stage window) {
        stage = window;
    }

    /**
     * F5 widens the lanes' names, and with them moves the start of the time axis to the right; the
     * strip kept the picture it had drawn for the old axis, so at 0 ms it showed a block of sleeps
     * and waits left of its playhead, the run's future, where no time had passed.
     */
    @Test
    void presentingMovesTheStripWithTheAxis(FxRobot robot) {
        Scene scene = show(robot, new Scenario(Mode.MUTEX, 1000, new DelaySpec.Fixed(2000), 300, 42));
        OverviewView overview = (OverviewView) scene.lookup("#overview");
        TimelineView timeline = (TimelineView) scene.lookup("#timeline");
        assertTrue(overview.isVisible(), "1,000 calls scroll: the overview shows");
        double before = timeline.layoutUsed().left();
        robot.interact(() -> session.presentingProperty().set(true));
        robot.interact(() -> scene.getRoot().layout());
        robot.interact(() -> session.playback().seek(0));
        WaitForAsyncUtils.waitForFxEvents();
        double left = timeline.layoutUsed().left();
        assertTrue(left > before + 5, "presenting moves the axis: " + before + " to " + left);
        int firstDrawn = firstColumnWith(robot, overview, Palette.LIGHT.sleep(), Palette.LIGHT.lockWait());
        assertTrue(firstDrawn < 0, "at 0 ms the strip shows the run from x = " + firstDrawn + " (the axis starts at " + left + ")");
        robot.interact(() -> session.playback().seek(2_600_000));
        WaitForAsyncUtils.waitForFxEvents();
        firstDrawn = firstColumnWith(robot, overview, Palette.LIGHT.sleep(), Palette.LIGHT.lockWait());
        assertTrue(firstDrawn >= left - 1, "the sleeps are drawn from x = " + firstDrawn + ", left of the axis at " + left);
    }

    /** Unlock without Lock's unguarded work is green on the lanes, as the race's appends: in the strip too. */
    @Test
    void unlockWithoutLocksWorkShowsInTheStrip(FxRobot robot) {
        Scene scene = show(robot, new Scenario(Mode.DOUBLE_UNLOCK, 50, new DelaySpec.Fixed(2000), 300, 42));
        robot.interact(() -> session.playback().seek(Long.MAX_VALUE));
        WaitForAsyncUtils.waitForFxEvents();
        OverviewView overview = (OverviewView) scene.lookup("#overview");
        assertTrue(overview.isVisible(), "50 calls scroll: the overview shows");
        assertTrue(firstColumnWith(robot, overview, Palette.LIGHT.append()) >= 0, "no unguarded work in the strip");
    }

    /**
     * While a real run goes, the timeline's axis reaches as far as the run is expected to (2 s here),
     * and the strip under it drew the run so far across its whole width: its playhead at the right
     * edge, 400 ms in, under the timeline's at a fifth of the width. It keeps to the timeline's axis.
     */
    @Test
    void aRealRunStillGoingIsDrawnOnTheTimelinesAxis(FxRobot robot) {
        Scenario scenario = new Scenario(Mode.CONCURRENT, 100, new DelaySpec.Fixed(2000), 300, 42);
        Scene scene = show(robot, scenario);
        dev.golanes.trace.TraceBuilder real = new dev.golanes.trace.TraceBuilder(scenario, "real");
        for (int lane = 1; lane <= 100; lane++) {
            real.mark(0, dev.golanes.trace.MarkKind.GO, lane * 1_000L, lane);
            real.begin(lane, dev.golanes.trace.SpanKind.SLEEP, lane * 1_000L, 2000);
        }
        real.begin(0, dev.golanes.trace.SpanKind.WG_WAIT, 101_000, 0);
        dev.golanes.trace.Trace soFar = real.build(400_000, false);
        robot.interact(() -> session.playback().follow(soFar, 2_000_000));
        robot.interact(() -> scene.getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
        OverviewView overview = (OverviewView) scene.lookup("#overview");
        TimelineView timeline = (TimelineView) scene.lookup("#timeline");
        assertTrue(overview.isVisible(), "100 calls scroll: the overview shows");
        double fifth = timeline.layoutUsed().x(400_000);
        int playhead = lastColumnWith(robot, overview, Palette.LIGHT.playhead());
        assertTrue(Math.abs(playhead - fifth) <= 2, "the strip's playhead at x = " + playhead + ", the timeline's at " + fifth);
        int last = lastColumnWith(robot, overview, Palette.LIGHT.sleep());
        assertTrue(last >= 0 && last <= fifth + 2, "the sleeps so far end at x = " + last + " in the strip, at " + fifth + " on the axis");
    }

    private Scene show(FxRobot robot, Scenario scenario) {
        Scene[] made = new Scene[1];
        robot.interact(() -> {
            session = new Session(scenario, Locale.ENGLISH);
            Scene scene = new Scene(new StackPane(Views.load(session), new HelpOverlay(session)), 1280, 720);
            PresentingZoom.follow(scene, session);
            Themes.apply(scene);
            stage.setScene(scene);
            stage.show();
            made[0] = scene;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> made[0].getRoot().layout());
        return made[0];
    }

    /** The last column of the strip with a pixel of this colour, or -1. */
    private static int lastColumnWith(FxRobot robot, OverviewView overview, int colour) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = overview.snapshot(null, null));
        PixelReader pixels = shot[0].getPixelReader();
        for (int x = (int) shot[0].getWidth() - 1; x >= 0; x--) {
            for (int y = 0; y < (int) shot[0].getHeight(); y++) {
                if (pixels.getArgb(x, y) == colour) {
                    return x;
                }
            }
        }
        return -1;
    }

    /** The first column of the strip with a pixel of one of these colours, or -1. */
    private static int firstColumnWith(FxRobot robot, OverviewView overview, int... colours) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = overview.snapshot(null, null));
        PixelReader pixels = shot[0].getPixelReader();
        for (int x = 0; x < (int) shot[0].getWidth(); x++) {
            for (int y = 0; y < (int) shot[0].getHeight(); y++) {
                int argb = pixels.getArgb(x, y);
                for (int colour : colours) {
                    if (argb == colour) {
                        return x;
                    }
                }
            }
        }
        return -1;
    }
}
