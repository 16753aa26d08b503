package dev.golanes.cli;

import dev.golanes.engine.EngineKind;
import dev.golanes.engine.RealEngine;
import dev.golanes.engine.ThreadKind;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.Field;
import dev.golanes.scenario.Limits;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Problem;
import dev.golanes.scenario.Scenario;
import dev.golanes.scenario.ScenarioBuilder;
import dev.golanes.scenario.ScenarioException;
import dev.golanes.scenario.Values;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Reads the command line into a {@link Command}. Flags take their value as the next word or after
 * {@code =} ({@code --calls 5}, {@code --calls=5}). Every mistake becomes a one-line
 * {@link UsageException} naming the flag and what it allows.
 */
public final class CommandLine {
    private final Texts texts;
    private final Deque<String> words;
    private final ScenarioBuilder scenario = new ScenarioBuilder();
    private ExportFormat format;
    private Path out;
    private boolean selfTest;
    private EngineKind engine = EngineKind.SIM;

    private CommandLine(Texts texts, List<String> args) {
        this.texts = texts;
        this.words = new ArrayDeque<>(args);
    }

    public static Command parse(Texts texts, String... args) throws UsageException {
        return new CommandLine(texts, List.of(args)).parse();
    }

    private Command parse() throws UsageException {
        String verb = words.isEmpty() || words.peek().startsWith("-") ? "" : words.pop();
        try {
            while (!words.isEmpty()) {
                String word = words.pop();
                if (word.equals("--help") || word.equals("-h") || word.equals("help")) {
                    return new Command.Help();
                }
                if (word.equals("--version")) {
                    return new Command.Version();
                }
                readFlag(verb, word);
            }
            switch (verb) {
                case "":
                    Scenario forWindow = scenario.build();
                    if (forWindow.calls() > Limits.MAX_WINDOW_CALLS) {
                        throw usage("cli.error.windowCalls", "--calls", Limits.MAX_WINDOW_CALLS);
                    }
                    return new Command.Window(forWindow, selfTest, engine);
                case "run":
                    return new Command.Run(checkedForEngine(scenario.build()), scenario.hasSeed(), engine);
                case "export":
                    if (format == null) {
                        throw usage("cli.error.required", "--format", ExportFormat.allIds());
                    }
                    if (out == null) {
                        throw usage("cli.error.required", "--out", texts.format("cli.value.file"));
                    }
                    return new Command.Export(checkedForEngine(scenario.build()), scenario.hasSeed(), format, out, engine);
                case "help":
                    return new Command.Help();
                default:
                    throw usage("cli.error.command", verb);
            }
        } catch (ScenarioException e) {
            throw new UsageException(texts.problem(e.field().flag(), e.problem()));
        }
    }

    private void readFlag(String verb, String word) throws UsageException {
        String flag = word;
        String inline = null;
        int equals = word.indexOf('=');
        if (word.startsWith("--") && equals > 0) {
            flag = word.substring(0, equals);
            inline = word.substring(equals + 1);
        }
        switch (flag) {
            case "--mode" -> scenario.mode(Mode.parse(value(flag, inline, Mode.allIds())));
            case "--calls" -> scenario.calls(Values.calls(value(Field.CALLS, inline)));
            case "--seed" -> scenario.seed(Values.seed(value(Field.SEED, inline)));
            case "--max-delay" -> scenario.maxDelay(Values.maxDelay(value(Field.MAX_DELAY, inline)));
            case "--delay" -> scenario.delay(Values.delay(value(Field.DELAY, inline)));
            case "--delays" -> scenario.delays(Values.delayList(value(Field.DELAYS, inline)));
            case "--hold" -> scenario.hold(Values.hold(value(Field.HOLD, inline)));
            case "--format" -> {
                onlyFor(verb, "export", flag);
                format = exportFormat(value(flag, inline, ExportFormat.allIds()));
            }
            case "--out" -> {
                onlyFor(verb, "export", flag);
                out = path(value(flag, inline, texts.format("cli.value.file")));
            }
            case "--engine" -> engine = engineKind(value(flag, inline, EngineKind.allIds()));
            case "--self-test" -> {
                onlyFor(verb, "", flag);
                selfTest = true;
            }
            default -> throw usage(word.startsWith("-") ? "cli.error.unknownFlag" : "cli.error.unexpected", word);
        }
    }

    private String value(Field field, String inline) throws UsageException {
        if (inline != null) {
            return inline;
        }
        if (words.isEmpty() || words.peek().startsWith("--")) {
            throw new UsageException(texts.problem(field.flag(), emptyProblem(field)));
        }
        return words.pop();
    }

    /** What the field's parser says of an empty value: it names the allowed range. */
    private static Problem emptyProblem(Field field) {
        try {
            switch (field) {
                case CALLS -> Values.calls("");
                case SEED -> Values.seed("");
                case MAX_DELAY -> Values.maxDelay("");
                case DELAY -> Values.delay("");
                case DELAYS -> Values.delayList("");
                case HOLD -> Values.hold("");
                default -> Mode.parse("");
            }
        } catch (ScenarioException e) {
            return e.problem();
        }
        throw new IllegalStateException("empty text accepted for " + field);
    }

    private String value(String flag, String inline, String allowed) throws UsageException {
        if (inline != null) {
            return inline;
        }
        if (words.isEmpty() || words.peek().startsWith("--")) {
            throw usage("cli.error.needsValue", flag, allowed);
        }
        return words.pop();
    }

    private void onlyFor(String verb, String wanted, String flag) throws UsageException {
        if (!verb.equals(wanted)) {
            throw usage("cli.error.notHere", flag, wanted.isEmpty() ? "golanes" : "golanes " + wanted);
        }
    }

    private ExportFormat exportFormat(String text) throws UsageException {
        for (ExportFormat each : ExportFormat.values()) {
            if (each.id().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return each;
            }
        }
        throw usage("cli.error.oneOf", "--format", ExportFormat.allIds(), text);
    }

    private EngineKind engineKind(String text) throws UsageException {
        return EngineKind.parse(text).orElseThrow(() -> usage("cli.error.oneOf", "--engine", EngineKind.allIds(), text));
    }

    /**
     * Real threads on Java 17 to 20 are operating-system threads, one per call; past
     * {@link RealEngine#MAX_PLATFORM_CALLS} the system may refuse them, so say so up front.
     */
    private Scenario checkedForEngine(Scenario built) throws UsageException {
        if (engine == EngineKind.REAL && ThreadKind.best() == ThreadKind.PLATFORM
                && built.calls() > RealEngine.MAX_PLATFORM_CALLS) {
            throw usage("cli.error.platformCalls", "--calls", RealEngine.MAX_PLATFORM_CALLS,
                    Runtime.version().feature());
        }
        return built;
    }

    private Path path(String text) throws UsageException {
        try {
            if (text.isBlank()) {
                throw usage("cli.error.needsValue", "--out", texts.format("cli.value.file"));
            }
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw usage("cli.error.badPath", "--out", text);
        }
    }

    private UsageException usage(String key, Object... args) {
        return new UsageException(texts.format(key, args));
    }
}
