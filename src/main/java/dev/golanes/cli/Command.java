package dev.golanes.cli;

import dev.golanes.engine.EngineKind;
import dev.golanes.scenario.Scenario;
import java.nio.file.Path;

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

    /** Run the scenario on an engine and write its trace to a file. */
    record Export(Scenario scenario, boolean seedGiven, ExportFormat format, Path out, EngineKind engine)
            implements Command {
        /** On the simulator. */
        public Export(Scenario scenario, boolean seedGiven, ExportFormat format, Path out) {
            this(scenario, seedGiven, format, out, EngineKind.SIM);
        }
    }

    /**
     * Open the window with this scenario.
     *
     * @param selfTest play every mode to the end, then exit: 0 if all went well
     * @param engine   the engine the window starts with
     */
    record Window(Scenario scenario, boolean selfTest, EngineKind engine) implements Command {
        /** Starting on the simulator. */
        public Window(Scenario scenario, boolean selfTest) {
            this(scenario, selfTest, EngineKind.SIM);
        }
    }
}
