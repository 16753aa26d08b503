package dev.golanes.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.golanes.engine.Simulator;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the side panel says {@code main} is doing at the end of each kind of run. */
class DashboardTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "CONCURRENT, finished",
            "ADD_INSIDE, finished",
            "MISSING_DONE, stopped by Go",
            "DOUBLE_UNLOCK, stopped by Go",
    })
    void mainIsFinishedOnlyWhenItReturnedAndStoppedWhenGoEndedTheProgram(Mode mode, String expected) {
        PlaybackModel playback = new PlaybackModel();
        playback.load(Simulator.run(new Scenario(mode, 5, new DelaySpec.Fixed(100), 10, 1)));
        Dashboard dashboard = new Dashboard(playback, new SimpleObjectProperty<>(Texts.forLocale(Locale.ENGLISH)));
        playback.seek(Long.MAX_VALUE);
        assertEquals(expected, dashboard.mainState().get());
    }
}
