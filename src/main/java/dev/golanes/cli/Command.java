package dev.golanes.cli;

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

    /** Run the scenario and print what the Go program prints. */
    record Run(Scenario scenario, boolean seedGiven) implements Command {
    }

    /** Run every program on the scenario's delays and print a table of their totals. */
    record Compare(Scenario scenario, boolean seedGiven) implements Command {
    }

    /** Run the scenario and write its trace to a file. */
    record Export(Scenario scenario, boolean seedGiven, ExportFormat format, Path out) implements Command {
    }

    /**
     * Open the window with this scenario.
     *
     * @param selfTest play every mode to the end, then exit: 0 if all went well
     */
    record Window(Scenario scenario, boolean selfTest) implements Command {
    }
}
