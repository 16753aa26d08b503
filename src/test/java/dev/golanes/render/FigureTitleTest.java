package dev.golanes.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.engine.Simulator;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceIndex;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An exported picture's title and its note on the calls shown stay inside the picture, never on top
 * of each other, and keep the seed whole, down to the narrowest picture an export allows.
 */
class FigureTitleTest {

    static Stream<Arguments> pictures() {
        return Stream.of(
                Arguments.of(Mode.DOUBLE_UNLOCK, 1000, 967596L, "en", 960, 768),
                Arguments.of(Mode.ADD_INSIDE, 100, 43L, "id", 1024, 768),
                Arguments.of(Mode.ADD_INSIDE, 1000, Long.MIN_VALUE, "id", 1280, 720),
                Arguments.of(Mode.ADD_INSIDE, 5, 42L, "id", 640, 480),
                Arguments.of(Mode.ADD_INSIDE, 5, 42L, "id", 320, 480),
                Arguments.of(Mode.MUTEX, 5, 570624L, "id", 320, 240),
                // Narrow, and a note on the calls shown under the title: the program's name gives way, not the seed.
                Arguments.of(Mode.ADD_INSIDE, 1000, 42L, "en", 320, 480),
                Arguments.of(Mode.ADD_INSIDE, 1000, Long.MIN_VALUE, "id", 320, 240),
                Arguments.of(Mode.MUTEX, 5, 42L, "en", 1280, 720),
                Arguments.of(Mode.RACE, 5, 42L, "id", 480, 270));
    }

    @ParameterizedTest(name = "{0}, {1} calls, seed {2}, {3}, {4} x {5}")
    @MethodSource("pictures")
    void theTitleAndItsNoteFitApartWithTheSeedWhole(Mode mode, int calls, long seed, String language, int width, int height) {
        Scenario scenario = new Scenario(mode, calls, mode.defaultDelays(), 300, seed);
        Trace trace = Simulator.run(scenario);
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), width, height, "t", new FigureFonts()));
        TimelineLayout layout = TimelineFigure.paint(surface, new FigureSpec(width, height, 1, true, true), trace,
                new TraceIndex(trace).at(trace.endMicros()), Palette.LIGHT, Texts.forLocale(Locale.forLanguageTag(language)), 1);
        List<RecordingSurface.TextBox> boxes = surface.textBoxes().stream().filter(box -> (box.top() + box.bottom()) / 2 < layout.titleHeight()).toList();
        String what = boxes.toString();
        assertFalse(boxes.isEmpty(), "no title");
        for (RecordingSurface.TextBox box : boxes) {
            assertTrue(box.left() >= 0 && box.right() <= width, "outside the picture: " + box);
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).overlaps(boxes.get(j)), boxes.get(i) + " on " + boxes.get(j));
            }
        }
        String title = String.join(" ", boxes.stream().map(RecordingSurface.TextBox::text).toList());
        assertTrue(title.matches("(?s).*seed " + Pattern.quote(Long.toString(seed)) + "(\\D.*)?"), "the seed is cut: " + what);
        // On two lines the program is named on the first, not "GoLanes" alone over a cut second line.
        assertFalse(boxes.get(0).text().equals("GoLanes"), "the first line is GoLanes alone: " + what);
    }
}
