package dev.golanes.export;

import dev.golanes.scenario.Scenario;
import dev.golanes.scenario.ScenarioFile;
import dev.golanes.trace.Trace;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an export goes and in which format: a file's extension decides ({@code slide.svg} is an
 * SVG whatever filter the save dialog shows); a name without a known extension takes the format
 * the user picked and its extension.
 */
public record ExportTarget(Path path, ExportFormat format) {

    public static ExportTarget of(Path chosen, ExportFormat picked) {
        Path name = chosen.getFileName();
        if (name != null) {
            var named = ExportFormat.ofFileName(name.toString());
            if (named.isPresent()) {
                return new ExportTarget(chosen, named.get());
            }
            return new ExportTarget(chosen.resolveSibling(name + "." + picked.id()), picked);
        }
        return new ExportTarget(chosen, picked);
    }

    /**
     * The file the save dialog gave, with the extension of the type picked in it when the name is the
     * one offered, unedited: the dialog leaves the offered name's extension as it was when another type
     * is picked, and "CSV" with {@code golanes-race-seed42.png} wrote a picture. A name the user typed
     * keeps its extension, which decides ({@code slide.svg} is an SVG whatever type is picked).
     */
    public static Path followingThePickedType(Path chosen, String offered, ExportFormat picked) {
        Path name = chosen.getFileName();
        var offeredFormat = ExportFormat.ofFileName(offered);
        if (name == null || !name.toString().equals(offered) || offeredFormat.isEmpty() || offeredFormat.get() == picked) {
            return chosen;
        }
        String stem = offered.substring(0, offered.length() - offeredFormat.get().id().length() - 1);
        return chosen.resolveSibling(stem + "." + picked.id());
    }

    /**
     * Where a picture goes: as {@link #of}, except that a name ending in a data format's extension
     * ({@code notes.json}) keeps it and gets the picked picture format's after it.
     */
    public static ExportTarget picture(Path chosen, ExportFormat picked) {
        ExportTarget target = of(chosen, picked);
        if (target.format().isPicture()) {
            return target;
        }
        return new ExportTarget(chosen.resolveSibling(chosen.getFileName() + "." + picked.id()), picked);
    }

    /**
     * The name to save a run's data under instead of {@code fileName}, when that is a scenario file's
     * name ({@code lesson.golanes.json}): the run would be offered to Open as a scenario, and refused,
     * or replace the lesson's scenario file. Empty for any other name or format.
     */
    public static Optional<String> insteadOfScenarioName(String fileName, ExportFormat format) {
        if (format != ExportFormat.JSON || !fileName.toLowerCase(Locale.ROOT).endsWith(ScenarioFile.EXTENSION)) {
            return Optional.empty();
        }
        return Optional.of(fileName.substring(0, fileName.length() - ScenarioFile.EXTENSION.length()) + "." + format.id());
    }

    /**
     * A comparison's file name: {@code golanes-compare-seed42.png}, with the moment when it is not the
     * end ({@code golanes-compare-seed42-3000ms.png}).
     */
    public static String suggestedComparisonName(Scenario scenario, long atMicros, long endMicros, ExportFormat format) {
        StringBuilder name = new StringBuilder("golanes-compare-seed").append(scenario.seed());
        if (atMicros < endMicros) {
            name.append('-').append(Math.max(0, atMicros) / 1_000).append("ms");
        }
        return name.append('.').append(format.id()).toString();
    }

    /**
     * A file name that says what is in the file, so a folder of exports sorts itself out:
     * {@code golanes-mutex-seed42-2600ms.png} for a picture mid-run, {@code golanes-mutex-seed42.png}
     * at the end, and no time for data, which holds the whole run. A real run says so
     * ({@code golanes-mutex-real-seed42.png}), and a run of microseconds (Add inside) gives them
     * ({@code -2us}, not {@code -0ms}).
     */
    public static String suggestedName(Trace trace, long atMicros, ExportFormat format) {
        StringBuilder name = new StringBuilder("golanes-").append(trace.scenario().mode().id());
        if (!Trace.SIMULATED.equals(trace.engine())) {
            name.append('-').append(trace.engine());
        }
        name.append("-seed").append(trace.scenario().seed());
        if (format.isPicture() && atMicros < trace.endMicros()) {
            long at = Math.max(0, atMicros);
            name.append('-').append(trace.isMicroRun() ? at + "us" : at / 1_000 + "ms");
        }
        return name.append('.').append(format.id()).toString();
    }
}
