package dev.golanes.cli;

import dev.golanes.engine.Comparison;
import dev.golanes.engine.Draws;
import dev.golanes.engine.Simulator;
import dev.golanes.engine.EngineKind;
import dev.golanes.engine.RealEngine;
import dev.golanes.engine.ThreadKind;
import dev.golanes.export.ComparisonExport;
import dev.golanes.export.ExportException;
import dev.golanes.export.ExportFormat;
import dev.golanes.export.ExportJob;
import dev.golanes.export.FigureSize;
import dev.golanes.i18n.Texts;
import dev.golanes.render.FigureLabels;
import dev.golanes.render.TimelineLayout;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.GoDuration;
import dev.golanes.trace.MarkKind;
import dev.golanes.trace.Trace;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;

/** Carries out the commands that do not need the window. */
public final class Cli {
    /** Exit status for a command line that is wrong, as Go's {@code flag} package uses. */
    public static final int USAGE = 2;
    /** Exit status when the work could not be done (a file could not be written). */
    public static final int FAILED = 1;

    private final Texts texts;
    private final PrintStream out;
    private final PrintStream err;

    public Cli(Texts texts, PrintStream out, PrintStream err) {
        this.texts = texts;
        this.out = out;
        this.err = err;
    }

    /** Runs a command other than {@link Command.Window}; returns the process exit status. */
    public int execute(Command command) {
        if (command instanceof Command.Help) {
            out.print(texts.format("cli.help", version()));
            out.flush();
            return 0;
        }
        if (command instanceof Command.Version) {
            out.println("GoLanes " + version());
            out.flush();
            return 0;
        }
        if (command instanceof Command.Run run) {
            return run(run);
        }
        if (command instanceof Command.Export export) {
            return export(export);
        }
        if (command instanceof Command.Compare compare) {
            return compare(compare);
        }
        throw new IllegalArgumentException("not a command-line command: " + command);
    }

    /**
     * Prints byte for byte what the Go program prints, including its missing final newline after
     * {@code Total execution time}; on a terminal the prompt then gets its newline on standard error.
     * A real run prints each line as the program prints it.
     */
    private int run(Command.Run run) {
        Scenario scenario = run.scenario();
        announce(scenario, run.seedGiven(), run.engine());
        GoOutput output = new GoOutput(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
        int status = 0;
        if (run.engine() == EngineKind.REAL) {
            Trace trace = runReal(scenario, output);
            if (trace == null) {
                return FAILED;
            }
            output.flush();
            // Go's fatal error comes last, on standard error, after everything printed before it.
            for (int i = 0; i < trace.console().size(); i++) {
                if (trace.isError(i)) {
                    err.println(trace.console().get(i));
                }
            }
            status = trace.exitStatus();
        } else {
            Trace trace = Simulator.run(scenario);
            for (int i = 0; i < trace.size(); i++) {
                if (trace.is(i, MarkKind.PRINT)) {
                    if ((trace.arg(i) & MarkKind.STDERR) != 0) {
                        // Go's fatal errors go to standard error, after what was printed before them.
                        output.flush();
                        err.println(trace.text(i));
                    } else {
                        output.print(trace.text(i), (trace.arg(i) & MarkKind.NEWLINE) != 0);
                    }
                }
            }
            output.flush();
            status = trace.exitStatus();
        }
        if (output.endsInsideALine() && System.console() != null) {
            err.println();
        }
        return status;
    }

    /**
     * The four programs on the same delays: a table of totals and why, and what the race lost; with a
     * picture, the comparison drawn to a file as well.
     */
    private int compare(Command.Compare compare) {
        Scenario scenario = compare.scenario();
        err.println(seedLine("compare", true, scenario, compare.seedGiven(), EngineKind.SIM));
        Comparison comparison = Comparison.of(scenario);
        // GoLanes' own table (the Compare window's rows), in the language's numbers ("7,287s" in
        // Indonesian); what the Go program prints (golanes run) keeps Go's. A total longer than its
        // column ("277h40m1.857s") widens it, heading and all.
        List<Comparison.Row> rows = comparison.rows(texts);
        int column = Math.max(12, rows.stream().mapToInt(row -> row.total().length()).max().orElse(0) + 1);
        int names = Math.max(12, rows.stream().mapToInt(row -> tableName("mode." + row.mode().id()).length()).max().orElse(0) + 1);
        String line = "%-" + names + "s %-" + column + "s %s%n";
        out.printf(line, tableName("compare.program"), tableName("compare.total"), tableName("compare.why"));
        for (Comparison.Row row : rows) {
            out.printf(line, tableName("mode." + row.mode().id()), row.total(), row.why());
        }
        out.flush();
        if (compare.picture().isEmpty()) {
            return 0;
        }
        Command.Picture picture = compare.picture().get();
        long at = micros(picture.atMillis());
        long end = comparison.longestTotal();
        if (picture.atMillis().isPresent() && at > end) {
            err.println(texts.format("cli.atAfterEnd", Long.toString(picture.atMillis().getAsLong()),
                    texts.duration(GoDuration.ofMicros(end))));
        }
        if (!picture.sizeNote().isEmpty()) {
            err.println(picture.sizeNote());
        }
        ComparisonExport export = new ComparisonExport(comparison, at, picture.size(), picture.theme().palette(), texts);
        int calls = comparison.scenario().calls();
        int shown = export.callsShown();
        if (shown < calls) {
            // As export says of its picture: the table's whys can name a call the programs have no row for.
            int needed = export.heightForEveryCall();
            FigureSize taller = picture.size().withHeight(Math.max(needed, picture.size().height()));
            if (needed > 0 && (picture.format() != ExportFormat.PNG || taller.fitsInPng())) {
                err.println(texts.format("cli.callsHidden", Scenario.callId(1), Scenario.callId(shown), calls,
                        Integer.toString(needed), Integer.toString(picture.size().width())));
            } else {
                err.println(texts.format("cli.callsHiddenNoFit", Scenario.callId(1), Scenario.callId(shown), calls));
            }
        }
        boolean existed = Files.exists(picture.out());
        try {
            export.write(picture.out(), picture.format());
        } catch (ExportException e) {
            err.println("golanes: --out: " + e.message(texts));
            return FAILED;
        }
        sayWritten(picture.out(), existed, picture.format(), picture.size().width() * picture.size().scale(),
                picture.size().height() * picture.size().scale());
        return 0;
    }

    /**
     * A heading or a program's name as the Compare window writes it (Sekuensial in Indonesian), in
     * the lower case of a command-line table: in English the names are then the ids --mode takes, and
     * in Indonesian --mode takes them too.
     */
    private String tableName(String key) {
        return texts.format(key).toLowerCase(texts.locale());
    }

    /**
     * "wrote FILE", or "replaced FILE" when there was a file of that name before: the export replaces
     * it, as command-line tools do, and a teacher who reused a slide's name should not find out later.
     */
    private void sayWritten(Path file, boolean existed, ExportFormat format, int pixelWidth, int pixelHeight) {
        if (format == ExportFormat.PNG) {
            err.println(texts.format(existed ? "cli.replacedPicture" : "cli.wrotePicture", file.toString(),
                    Integer.toString(pixelWidth), Integer.toString(pixelHeight)));
        } else {
            // A trace of a million calls is a gigabyte: a file that large is said to be.
            long bytes = sizeOf(file);
            err.println(bytes < BIG_FILE ? texts.format(existed ? "cli.replaced" : "cli.wrote", file.toString())
                    : texts.format(existed ? "cli.replacedBig" : "cli.wroteBig", file.toString(), size(texts, bytes)));
        }
    }

    /** A file written this large (bytes) or larger is said to be, with its size. */
    static final long BIG_FILE = 10_000_000;

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** {@code 35 MB}, {@code 1.1 GB} ({@code 1,1 GB} in Indonesian). */
    static String size(Texts texts, long bytes) {
        return bytes >= 1_000_000_000 ? texts.number(Math.round(bytes / 100_000_000.0) / 10.0) + " GB"
                : texts.number(Math.round(bytes / 1_000_000.0)) + " MB";
    }

    /** A picture's moment in microseconds: --at's milliseconds, or the end. */
    private static long micros(OptionalLong atMillis) {
        return atMillis.isPresent() ? Math.min(atMillis.getAsLong(), Long.MAX_VALUE / 1_000) * 1_000 : ExportJob.AT_END;
    }

    private int export(Command.Export export) {
        announce(export.scenario(), export.seedGiven(), export.engine());
        Trace trace = export.engine() == EngineKind.REAL ? runReal(export.scenario(), null) : Simulator.run(export.scenario());
        if (trace == null) {
            return FAILED;
        }
        long at = micros(export.atMillis());
        ExportJob job = new ExportJob(trace, at, export.size(), export.theme().palette(), texts, 1);
        FigureSize size = export.size();
        if (export.format() == ExportFormat.PNG && (long) job.pixelWidth() * job.pixelHeight() > FigureSize.MAX_PNG_PIXELS) {
            // Fitted to its calls at 16:9, still over the PNG's limit: the height is cut to it, and that is said.
            FigureSize cut = size.withHeight((int) (FigureSize.MAX_PNG_PIXELS / ((long) size.scale() * size.scale()) / size.width()));
            job = new ExportJob(trace, at, cut, export.theme().palette(), texts, 1);
            // The height the picture has: fitted again at the cut, one call's lanes end it well under it.
            err.println(CommandLine.cutByThePixelLimit(texts, cut.withHeight(job.pixelHeight() / size.scale()), true, size.height()));
        }
        if (export.format().isPicture()) {
            describePicture(job, export);
        }
        boolean existed = Files.exists(export.out());
        try {
            job.write(export.out(), export.format());
        } catch (ExportException e) {
            err.println("golanes: --out: " + e.message(texts));
            return FAILED;
        }
        sayWritten(export.out(), existed, export.format(), job.pixelWidth(), job.pixelHeight());
        return 0;
    }

    /** Says on standard error what the picture leaves out: 16:9 (the PNG's pixel limit), a moment past the end, calls without a row. */
    private void describePicture(ExportJob job, Command.Export export) {
        if (!export.sizeNote().isEmpty()) {
            err.println(export.sizeNote());
        }
        if (export.atMillis().isPresent() && job.atMicros() > job.trace().endMicros()) {
            err.println(texts.format("cli.atAfterEnd", Long.toString(export.atMillis().getAsLong()),
                    texts.duration(GoDuration.ofMicros(job.trace().endMicros()))));
        }
        TimelineLayout layout = job.layout();
        if (layout.scrolls()) {
            String first = Scenario.callId(layout.firstCall());
            String last = Scenario.callId(layout.firstCall() + layout.visibleCalls() - 1);
            int calls = job.trace().laneCount() - 1;
            int needed = job.heightForEveryCall();
            // A size it would refuse is no advice: a PNG has its pixel limit.
            boolean allowed = needed <= FigureSize.MAX_HEIGHT && (export.format() != ExportFormat.PNG
                    || new FigureSize(export.size().width(), needed, export.size().scale(), false).fitsInPng());
            if (allowed) {
                // With its width: --height alone would now widen the picture to 16:9, and its type with it.
                err.println(texts.format("cli.callsHidden", first, last, calls, Integer.toString(needed),
                        Integer.toString(export.size().width())));
            } else {
                err.println(texts.format("cli.callsHiddenNoFit", first, last, calls));
            }
        }
    }

    /** Runs the program on real threads to the end; null, after saying why, if it could not. */
    private Trace runReal(Scenario scenario, GoOutput output) {
        RealEngine engine = RealEngine.start(scenario, output);
        try {
            engine.awaitEnd();
        } catch (InterruptedException e) {
            engine.cancel();
            Thread.currentThread().interrupt();
            return null;
        }
        if (engine.failure().isPresent()) {
            Throwable cause = engine.failure().get();
            err.println("golanes: " + texts.format("cli.realFailed", cause.getClass().getSimpleName() + ": " + cause.getMessage()));
            return null;
        }
        return engine.snapshot();
    }

    /** The seed (and the threads) go to standard error, so standard output stays exactly what Go prints. */
    private void announce(Scenario scenario, boolean seedGiven, EngineKind engine) {
        err.println(seedLine(scenario.mode().id(), false, scenario, seedGiven, engine));
        if (engine == EngineKind.REAL) {
            // Sequential starts no goroutine: main calls each dbCall itself, on main's own thread.
            String kind = scenario.mode() == Mode.SEQUENTIAL ? "sequential" : ThreadKind.best().id();
            err.println(texts.format("cli.real." + kind, Runtime.version().feature(), delays(scenario.delays())));
            longRealRun(texts, scenario).ifPresent(err::println);
        }
    }

    /** A real run expected to take this long (µs) or longer is announced with its length. */
    static final long LONG_REAL_RUN = 10_000_000;

    /**
     * A real run takes its time on the real clock: 1,000 mutex calls holding 300 ms each, five
     * minutes, with nothing to see until the end of an export. The simulator's total says how long
     * beforehand; a run of under {@link #LONG_REAL_RUN} is not announced.
     */
    static Optional<String> longRealRun(Texts texts, Scenario scenario) {
        long expected = Simulator.run(scenario).endMicros();
        return expected < LONG_REAL_RUN ? Optional.empty()
                : Optional.of(texts.format("cli.real.long", texts.duration(GoDuration.ofMicros(expected))));
    }

    /** Where a real run's delays come from: the seed only when they are random. */
    private String delays(DelaySpec delays) {
        if (delays instanceof DelaySpec.Fixed fixed) {
            return texts.format("cli.real.delays.fixed", fixed.ms());
        }
        return texts.format(delays instanceof DelaySpec.Listed ? "cli.real.delays.listed" : "cli.real.delays.random");
    }

    /**
     * What ran, with its calls, delays and hold, and its seed; how to repeat the run only when the
     * seed was drawn (not given, on the command line or in the scenario file) and changes something
     * ({@link Draws#seedMatters}): the sequential program on fixed or listed delays is the same
     * whatever the seed. On real threads the seed repeats the random delays, not the order.
     */
    private String seedLine(String what, boolean compared, Scenario scenario, boolean seedGiven, EngineKind engine) {
        // Real threads take only their random delays from the seed; with fixed or listed ones it repeats nothing.
        boolean repeats = engine == EngineKind.REAL ? scenario.delays() instanceof DelaySpec.Random
                : compared ? Comparison.MODES.stream().anyMatch(mode -> Draws.seedMatters(scenario.withMode(mode)))
                : Draws.seedMatters(scenario);
        String key = seedGiven || !repeats ? "cli.seed" : engine == EngineKind.REAL ? "cli.seedDrawnReal" : "cli.seedDrawn";
        // The delays said as the picture's title says them: "--delay 2000" and the default differ.
        String given = FigureLabels.given(texts, scenario, compared ? Mode.MUTEX : scenario.mode());
        return texts.format(key, what, given, Long.toString(scenario.seed()));
    }

    /** The project version, from the build. */
    public static String version() {
        try (InputStream in = Cli.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
