package dev.golanes.cli;

import dev.golanes.export.ExportFormat;
import dev.golanes.export.FigureSize;
import dev.golanes.engine.EngineKind;
import dev.golanes.render.Theme;
import dev.golanes.scenario.Scenario;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/** What the command line asks for. */
public sealed interface Command {

    /** Print the help text. */
    record Help() implements Command {
    }

    /** Print the version. */
    record Version() implements Command {
    }

    /** Run the scenario on an engine and print what the Go program prints. */
    record Run(Scenario scenario, boolean seedGiven, EngineKind engine) implements Command {
        /** On the simulator. */
        public Run(Scenario scenario, boolean seedGiven) {
            this(scenario, seedGiven, EngineKind.SIM);
        }
    }

    /**
     * Run every program on the scenario's delays and print a table of their totals; with a picture,
     * also draw the comparison to a file, as the Compare window shows it.
     */
    record Compare(Scenario scenario, boolean seedGiven, Optional<Picture> picture) implements Command {
        /** The table only. */
        public Compare(Scenario scenario, boolean seedGiven) {
            this(scenario, seedGiven, Optional.empty());
        }
    }

    /**
     * A picture to write: its format (png or svg), file, size, moment and colours.
     *
     * @param atMillis the moment the picture shows; empty for the end
     * @param sizeNote what standard error says of a side the PNG's pixel limit made less than 16:9, or ""
     */
    record Picture(ExportFormat format, Path out, FigureSize size, OptionalLong atMillis, Theme theme, String sizeNote) {
    }

    /**
     * Run the scenario on an engine and write it to a file: its trace, or a picture of its timeline.
     *
     * @param size     the picture's size (pictures only)
     * @param atMillis the moment the picture shows; empty for the end of the run (pictures only)
     * @param theme    the colours of a picture
     * @param sizeNote what standard error says of a side the PNG's pixel limit made less than 16:9, or ""
     */
    record Export(Scenario scenario, boolean seedGiven, ExportFormat format, Path out, FigureSize size,
                  OptionalLong atMillis, EngineKind engine, Theme theme, String sizeNote) implements Command {
    }

    /**
     * Open the window.
     *
     * @param scenario the scenario it starts with
     * @param selfTest play every mode to the end, then exit: 0 if all went well
     * @param engine   the engine it starts with
     * @param look     its language, theme, and whether it starts presenting
     * @param speed    the playback speed it starts with
     * @param file     the scenario file it was opened from ({@code --scenario}), or null: the window
     *                 names it, and its Open and Save start in its folder, as after Open
     */
    record Window(Scenario scenario, boolean selfTest, EngineKind engine, Look look, double speed, Path file)
            implements Command {
        /** Starting on the simulator, in the system's language, in the light theme, at normal speed, from no file. */
        public Window(Scenario scenario, boolean selfTest) {
            this(scenario, selfTest, EngineKind.SIM, Look.DEFAULT, 1, null);
        }
    }

    /**
     * How the window looks.
     *
     * @param language null for the system's language
     */
    record Look(java.util.Locale language, Theme theme, boolean presenting) {
        public static final Look DEFAULT = new Look(null, Theme.LIGHT, false);
    }
}
