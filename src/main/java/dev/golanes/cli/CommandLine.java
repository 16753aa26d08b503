package dev.golanes.cli;

import dev.golanes.export.ExportFormat;
import dev.golanes.export.ExportTarget;
import dev.golanes.export.FigureSize;
import dev.golanes.engine.EngineKind;
import dev.golanes.engine.RealEngine;
import dev.golanes.engine.ThreadKind;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Field;
import dev.golanes.scenario.Limits;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Problem;
import dev.golanes.scenario.Scenario;
import dev.golanes.scenario.ScenarioBuilder;
import dev.golanes.scenario.ScenarioException;
import dev.golanes.scenario.Values;
import dev.golanes.render.ComparisonFigure;
import dev.golanes.render.Theme;
import dev.golanes.scenario.ScenarioFile;
import dev.golanes.scenario.ScenarioFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

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
    /** Whether --out was "-", which names no file: refused once --format is known. */
    private boolean outIsDash;
    private Integer width;
    private Integer height;
    private Integer scale;
    private OptionalLong atMillis = OptionalLong.empty();
    /** The picture flags given, in order, to name the first when the format is not a picture. */
    private final List<String> pictureFlags = new ArrayList<>();
    private boolean selfTest;
    /**
     * The scenario's fields set by a flag, with what was given, whole (a message quotes it cut short);
     * the others are the file's (or the defaults).
     */
    private final Map<Field, String> typed = new EnumMap<>(Field.class);
    /** The scenario file's name as messages show it, or null without one. */
    private String scenarioFile;
    /** The scenario file read, or null without one: --out must not write over it. */
    private Path scenarioPath;
    private EngineKind engine = EngineKind.SIM;
    private boolean engineGiven;
    private Locale language;
    private Theme theme;
    private boolean present;
    private Double speed;
    private double fileSpeed = 1;
    private String fileEngine;
    /** What standard error says of the picture's size, or "" (see {@link #cutByThePixelLimit}). */
    private String sizeNote = "";

    private CommandLine(Texts texts, List<String> args) {
        this.texts = texts;
        this.words = new ArrayDeque<>(args);
    }

    public static Command parse(Texts texts, String... args) throws UsageException {
        return new CommandLine(texts, List.of(args)).parse();
    }

    /**
     * The language a command line asks for with {@code --lang}, so its own messages can be in it;
     * null when it asks for none (or for one GoLanes does not speak: parsing will say so).
     */
    public static Locale languageOf(String... args) {
        // The last --lang, as parsing takes the last of a flag given twice.
        for (int i = args.length - 1; i >= 0; i--) {
            String value = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                return languageCode(value);
            }
        }
        return null;
    }

    private static Locale languageCode(String text) {
        for (Locale each : Texts.LANGUAGES) {
            if (each.getLanguage().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return each;
            }
        }
        return null;
    }

    private static final List<String> VERBS = List.of("", "run", "compare", "export", "help");

    private Command parse() throws UsageException {
        String verb = words.isEmpty() || words.peek().startsWith("-") ? "" : words.pop();
        if (!VERBS.contains(verb)) {
            // Before any flag: a flag's message names the command, which must be one there is.
            throw usage("cli.error.command", Problem.echo(verb));
        }
        try {
            readScenarioFile();
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
                        // A delay list sets the number of calls: name what the user gave.
                        Field given = forWindow.delays() instanceof DelaySpec.Listed ? Field.DELAYS : Field.CALLS;
                        throw fieldUsage(given, name -> texts.format("cli.error.windowCalls", name, Limits.MAX_WINDOW_CALLS));
                    }
                    return new Command.Window(forWindow, selfTest, engine(), new Command.Look(language, theme == null ? Theme.LIGHT : theme, present),
                            speed != null ? speed : fileSpeed, scenarioPath);
                case "run":
                    return new Command.Run(checkedForEngine(scenario.build()), scenario.hasSeed(), engine());
                case "compare":
                    // A scenario file's mode is left aside: Compare runs every program on the file's delays.
                    if (typed.containsKey(Field.MODE)) {
                        throw usage("cli.error.compareMode");
                    }
                    if (engineGiven) {
                        throw usage("cli.error.compareEngine");
                    }
                    return new Command.Compare(scenario.build(), scenario.hasSeed(), comparePicture());
                case "export":
                    formatFromOut();
                    if (format == null) {
                        throw usage("cli.error.required", "--format", ExportFormat.allIds());
                    }
                    if (out == null) {
                        throw usage("cli.error.required", "--out", texts.format("cli.value.file"));
                    }
                    checkExtension();
                    FigureSize size = figureSize(FigureSize.DEFAULT, FigureSize.MIN_WIDTH, FigureSize.MIN_HEIGHT);
                    return new Command.Export(checkedForEngine(scenario.build()), scenario.hasSeed(), format, out,
                            size, atMillis, engine(), theme == null ? Theme.LIGHT : theme, sizeNote);
                case "help":
                    return new Command.Help();
                default:
                    throw new IllegalStateException("not a command: " + verb);
            }
        } catch (ScenarioException e) {
            Problem problem = e.problem();
            boolean grouped = problem.key().equals("problem.grouped");
            if (verb.isEmpty() && e.field() == Field.CALLS && (problem.key().equals("problem.wholeNumber") || grouped)) {
                // The window's range of calls, not golanes run's: --calls 0, then 20000, met two ranges.
                // (20,000 written grouped is out of it: named as the field takes it, it would still be refused.)
                boolean inRange = grouped && (long) problem.args().get(3) <= Limits.MAX_WINDOW_CALLS;
                List<Object> args = new ArrayList<>(inRange ? problem.args() : problem.args().subList(0, 3));
                args.set(1, (long) Limits.MAX_WINDOW_CALLS);
                Problem windowed = new Problem(inRange ? problem.key() : "problem.wholeNumber", args);
                throw fieldUsage(Field.CALLS, name -> texts.problem(name, windowed));
            }
            if (problem.key().equals("problem.delayCount") && scenarioFile != null && typed.containsKey(Field.CALLS)
                    && !typed.containsKey(Field.DELAYS)) {
                // The user's --calls against the file's list: the flag is what they typed, so it is named.
                throw new UsageException(texts.format("cli.error.callsVsFileDelays",
                        ((Problem.Count) problem.args().get(1)).count(), ((Problem.Count) problem.args().get(0)).count(),
                        scenarioFile));
            }
            String list = typed.getOrDefault(e.field(), "").replaceAll("\\s+", "");
            if ((e.field() == Field.MAX_DELAY || e.field() == Field.DELAY) && problem.key().equals("problem.wholeNumber")
                    && Values.readsAsDelayList(list)) {
                // --max-delay 1200,300,1800: the README's list, given to the flag for one delay. (Not 1,000, a
                // thousand written with a comma, nor 1200,300, which may be either: see readsAsDelayList.) The
                // list to type is the one given, whole and without spaces, which a shell would split.
                throw new UsageException(texts.format("cli.error.delaysFlag", texts.problem(e.field().flag(), problem), list));
            }
            throw fieldUsage(e.field(), name -> texts.problem(name, problem));
        }
    }

    /**
     * A problem with a field, naming it as the user gave it: its flag, or, when the value came from
     * the scenario file, the file and the field's key there ({@code --scenario class.json: calls …}).
     */
    private UsageException fieldUsage(Field field, Function<String, String> message) {
        if (scenarioFile == null || typed.containsKey(field)) {
            return new UsageException(message.apply(field.flag()));
        }
        return usage("cli.error.scenario", scenarioFile, message.apply(field.key()));
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
            case "--mode" -> {
                typed.put(Field.MODE, "");
                String name = value(flag, inline, Mode.accepted());
                typed.put(Field.MODE, name);
                scenario.mode(Mode.parse(name));
            }
            case "--calls" -> scenario.calls(Values.calls(typedValue(Field.CALLS, inline)));
            case "--seed" -> scenario.seed(Values.seed(typedValue(Field.SEED, inline)));
            case "--max-delay" -> scenario.maxDelay(Values.maxDelay(typedValue(Field.MAX_DELAY, inline)));
            case "--delay" -> scenario.delay(Values.delay(typedValue(Field.DELAY, inline)));
            case "--delays" -> scenario.delays(Values.delayList(typedValue(Field.DELAYS, inline)));
            case "--hold" -> scenario.hold(Values.hold(typedValue(Field.HOLD, inline)));
            case "--format" -> {
                onlyForPictures(verb, flag);
                // compare draws pictures only: its message names only theirs.
                String allowed = verb.equals("compare") ? PICTURE_FORMATS : ExportFormat.allIds();
                format = exportFormat(value(flag, inline, allowed), allowed);
            }
            case "--out" -> {
                onlyForPictures(verb, flag);
                out = path(value(flag, inline, texts.format("cli.value.file")));
            }
            // The four programs of a comparison need more room than one run: its range is its own.
            case "--width" -> width = (int) pictureNumber(verb, flag, inline,
                    verb.equals("compare") ? ComparisonFigure.MIN_WIDTH : FigureSize.MIN_WIDTH, FigureSize.MAX_WIDTH);
            case "--height" -> height = (int) pictureNumber(verb, flag, inline,
                    verb.equals("compare") ? ComparisonFigure.MIN_HEIGHT : FigureSize.MIN_HEIGHT, FigureSize.MAX_HEIGHT);
            case "--scale" -> scale = (int) pictureNumber(verb, flag, inline, FigureSize.MIN_SCALE, FigureSize.MAX_SCALE);
            case "--at" -> {
                onlyForPictures(verb, flag);
                pictureFlags.add(flag);
                atMillis = OptionalLong.of(millis(flag, value(flag, inline, texts.format("cli.value.millis"))));
            }
            case "--engine" -> {
                engine = engineKind(value(flag, inline, EngineKind.allIds()));
                engineGiven = true;
            }
            case "--lang" -> {
                String text = value(flag, inline, "en, id");
                language = languageCode(text);
                if (language == null) {
                    throw usage("cli.error.oneOf", flag, "en, id", Problem.echo(text));
                }
            }
            case "--theme" -> {
                String text = value(flag, inline, Theme.allIds());
                theme = Theme.byId(text);
                if (theme == null) {
                    throw usage("cli.error.oneOf", flag, Theme.allIds(), Problem.echo(text));
                }
                if (!verb.isEmpty() && !verb.equals("export") && !verb.equals("compare")) {
                    throw usage("cli.error.windowOrExport", flag, verb);
                }
                if (verb.equals("compare") || verb.equals("export")) {
                    // Only a picture has colours: without one (compare's table, export's json or csv) it is
                    // refused, as --width is, not taken and left unused.
                    pictureFlags.add(flag);
                }
            }
            case "--present" -> {
                onlyFor(verb, "", flag);
                if (inline != null) {
                    throw usage("cli.error.noValue", flag, Problem.echo(inline));
                }
                present = true;
            }
            case "--speed" -> {
                onlyFor(verb, "", flag);
                speed = speedValue(value(flag, inline, "0.1 … 10"));
            }
            case "--scenario" -> value(flag, inline, texts.format("cli.value.file"));
            case "--self-test" -> {
                onlyFor(verb, "", flag);
                if (inline != null) {
                    throw usage("cli.error.noValue", flag, Problem.echo(inline));
                }
                selfTest = true;
            }
            default -> {
                if (VERBS.contains(word) && verb.isEmpty()) {
                    throw usage("cli.error.commandFirst", word);
                }
                throw usage(word.startsWith("-") ? "cli.error.unknownFlag" : "cli.error.unexpected", Problem.echo(word));
            }
        }
    }

    /**
     * {@code --scenario FILE}: the file's scenario is where the other flags start from, wherever they
     * stand on the line, so {@code --scenario class.golanes.json --seed 7} replays the file with seed 7.
     */
    private void readScenarioFile() throws UsageException {
        List<String> all = List.copyOf(words);
        for (int i = 0; i < all.size(); i++) {
            String word = all.get(i);
            String file = word.startsWith("--scenario=") ? word.substring(11)
                    : word.equals("--scenario") && i + 1 < all.size() && !all.get(i + 1).startsWith("--") ? all.get(i + 1)
                    : null;
            if (word.equals("--scenario") && file == null || file != null && file.isBlank()) {
                throw usage("cli.error.needsValue", "--scenario", texts.format("cli.value.file"));
            }
            if (file == null) {
                continue;
            }
            ScenarioFile.Contents contents;
            // The file's own name, whole: what the user typed last, for the messages on its fields.
            String shown = Problem.echoName(file.replaceAll(".*[/\\\\]", ""));
            // The path as typed, for the file that cannot be read: "/nonexist.golanes.json: there is no
            // such file" said without its folder named a file the user may have in the folder they are in.
            String typedPath = Problem.echoName(file);
            try {
                contents = ScenarioFile.readFile(Path.of(file));
            } catch (ScenarioFileException e) {
                throw usage("cli.error.scenario", e.field() != null ? shown : typedPath, e.message(texts));
            } catch (InvalidPathException e) {
                throw usage("cli.error.scenario", typedPath, texts.format("file.unreadable"));
            }
            scenario.startFrom(contents);
            scenarioFile = shown;
            scenarioPath = Path.of(file);
            fileSpeed = contents.speed();
            fileEngine = contents.engine();
        }
    }

    /** The engine asked for: --engine, else the scenario file's, else the simulator. */
    private EngineKind engine() {
        return engineGiven || fileEngine == null ? engine : EngineKind.parse(fileEngine).orElse(engine);
    }

    private double speedValue(String text) throws UsageException {
        // 0.5 or, as Indonesian writes it, 0,5; three decimals only after 0, so that 1,000 and 1.000
        // (a thousand, in English and in Indonesian) are refused rather than read as 1.
        String number = text.strip();
        if (number.matches("0([.,][0-9]{1,3})?|[1-9][0-9]*([.,][0-9]{1,2})?")) {
            double value = Double.parseDouble(number.replace(',', '.'));
            if (value >= ScenarioFile.MIN_SPEED && value <= ScenarioFile.MAX_SPEED) {
                return value;
            }
        } else if (number.matches("[1-9][0-9]*[.,][0-9]{3,}")) {
            throw usage("cli.error.speedThousands", "--speed", Problem.echo(text));
        }
        throw usage("cli.error.speed", "--speed", Problem.echo(text));
    }

    /**
     * Without --format, the extension of --out's name decides it: {@code --out slide.png} writes a PNG,
     * as a name typed in the window's export dialog does ({@code slide.svg.}: svg, and the dot is
     * then refused as usual; {@code lesson.golanes.json}: json, refused as a scenario file's name with the
     * name to give instead). A name without a known extension still needs --format.
     */
    private void formatFromOut() {
        Path name = out == null || outIsDash ? null : out.getFileName();
        if (format == null && name != null) {
            format = ExportFormat.ofFileName(name.toString().replaceAll("\\.+$", "")).orElse(null);
        }
    }

    /**
     * --format decides what is written; a file name whose extension names another format (PNG data
     * in {@code slide.svg}) would open as a broken file, so it is refused, and so is a name without an
     * extension ({@code x}), which no viewer opens as the format's. Other extensions are the user's
     * choice.
     */
    private void checkExtension() throws UsageException {
        if (outIsDash) {
            throw usage("cli.error.outDash", "--out", format.id());
        }
        Path name = out.getFileName();
        if (scenarioPath != null && sameFile(out, scenarioPath)) {
            throw usage("cli.error.outIsScenario", Problem.echoName(name == null ? out.toString() : name.toString()));
        }
        // ".png" alone, a name left out: it would write a file that file managers and ls do not show.
        if (name != null && name.toString().matches("\\.[^.]+") && !Files.isDirectory(out)) {
            throw usage("cli.error.outOnlyExtension", Problem.echoName(name.toString()), format.id());
        }
        Optional<String> instead = name == null ? Optional.empty() : ExportTarget.insteadOfScenarioName(name.toString(), format);
        if (instead.isPresent()) {
            throw usage("cli.error.outScenarioName", Problem.echoName(name.toString()), format.id(), Problem.echoName(instead.get()));
        }
        ExportFormat named = name == null ? null : ExportFormat.ofFileName(name.toString()).orElse(null);
        if (named != null && named != format) {
            String shown = name.toString();
            String fixed = shown.substring(0, shown.lastIndexOf('.') + 1) + format.id();
            throw usage("cli.error.outExtension", Problem.echoName(shown), named.id(), format.id(), Problem.echoName(fixed));
        }
        // A folder, a device, a pipe or a socket is refused as the file is written, in words that fit it
        // better ("give a file name"; /dev/null is a device, not a name without an extension).
        boolean notAFile = Files.exists(out) && !Files.isRegularFile(out);
        String given = name == null || notAFile ? "" : name.toString();
        if (!given.isEmpty() && (given.indexOf('.') < 0 || given.endsWith("."))) {
            // "run.csv." means run.csv (not run.csv.csv), and "run.svg." with --format png run.png.
            String stripped = given.replaceAll("\\.+$", "");
            String fixed = ExportFormat.ofFileName(stripped).isEmpty() ? stripped + "." + format.id()
                    : ExportFormat.ofFileName(stripped).get() == format ? stripped
                    : stripped.substring(0, stripped.lastIndexOf('.') + 1) + format.id();
            throw usage("cli.error.outNoExtension", Problem.echoName(given), Problem.echoName(fixed));
        }
    }

    /** Whether two paths name one file: the same file on disk, or the same path once made absolute. */
    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException | SecurityException e) {
            // Compared by name below.
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /**
     * The comparison's picture, when --format or --out asks for one: both are needed, the format is a
     * picture's (the four programs' least size is checked as --width and --height are read).
     */
    private Optional<Command.Picture> comparePicture() throws UsageException {
        if (format == null && out == null) {
            if (!pictureFlags.isEmpty()) {
                throw usage("cli.error.comparePictureFlag", pictureFlags.get(0));
            }
            return Optional.empty();
        }
        formatFromOut();
        if (format == null) {
            throw usage("cli.error.required", "--format", PICTURE_FORMATS);
        }
        if (out == null) {
            throw usage("cli.error.required", "--out", texts.format("cli.value.file"));
        }
        if (!format.isPicture()) {
            throw usage("cli.error.comparePicture", format.id());
        }
        checkExtension();
        FigureSize size = figureSize(FigureSize.COMPARISON, ComparisonFigure.MIN_WIDTH, ComparisonFigure.MIN_HEIGHT);
        return Optional.of(new Command.Picture(format, out, size, atMillis, theme == null ? Theme.LIGHT : theme, sizeNote));
    }

    /**
     * The picture's size, once the format is known: flags that only pictures take are refused for data.
     * One side given makes the other 16:9 with it, as the defaults are (--width 1920 is 1920 x 1080, not
     * 1920 x 720 with a blank band), within that side's range.
     */
    private FigureSize figureSize(FigureSize defaults, int minWidth, int minHeight) throws UsageException {
        if (!format.isPicture() && !pictureFlags.isEmpty()) {
            // --scale is the PNG's alone: an SVG is sharp at any size.
            String flag = pictureFlags.get(0);
            throw usage("cli.error.notHere", flag, texts.format(flag.equals("--scale") ? "cli.value.pngExport" : "cli.value.pictureExport"));
        }
        if (format == ExportFormat.SVG && scale != null) {
            throw usage("cli.error.scaleSvg");
        }
        int pixels = scale == null ? defaults.scale() : scale;
        boolean wideGiven = width != null;
        // A height fitted to the calls (an export given its width): 16:9 at most, and the pixel limit is
        // met once the picture is fitted (Cli): few calls end the picture well under it.
        boolean fittedLater = format == ExportFormat.PNG && wideGiven && height == null && defaults.fitHeight();
        // The side not given is 16:9 with the one given; in a PNG, no larger than the pixels left for it,
        // so a size the user typed within its range is not refused for a side they did not type.
        long room = format == ExportFormat.PNG && !fittedLater ? FigureSize.MAX_PNG_PIXELS / ((long) pixels * pixels) : Long.MAX_VALUE;
        // The side not given, 16:9 with the one given, within its range; for a PNG, then, within the room.
        long other = wideGiven ? clamp(Math.round(width * 9 / 16.0), minHeight, FigureSize.MAX_HEIGHT)
                : height != null ? clamp(Math.round(height * 16 / 9.0), minWidth, FigureSize.MAX_WIDTH) : 0;
        int wide = width != null ? width
                : height != null ? clamp(Math.min(other, room / height), minWidth, FigureSize.MAX_WIDTH)
                : defaults.width();
        int high = height != null ? height
                : width != null ? clamp(Math.min(other, room / width), minHeight, FigureSize.MAX_HEIGHT)
                : defaults.height();
        FigureSize size = new FigureSize(wide, high, pixels, height == null && defaults.fitHeight());
        if (format == ExportFormat.PNG && size.fitsInPng() && (width == null) != (height == null)) {
            sizeNote = cutByThePixelLimit(texts, size, wideGiven, other);
        }
        if (fittedLater && !size.withHeight(minHeight).fitsInPng()) {
            // Even at its least height: refused as before, naming that height.
            size = size.withHeight(minHeight);
        } else if (fittedLater) {
            return size;
        }
        if (format == ExportFormat.PNG && !size.fitsInPng()) {
            // One side typed: the other is at its least, and still too many pixels; say so, not "--width
            // 20000 --height 240", a height the user never typed. Nor "at --scale 1, lower --scale": the
            // scale is named only where lowering it helps.
            boolean oneSide = (width == null) != (height == null);
            boolean scaled = size.scale() > 1;
            String pixelsWide = Integer.toString(size.width() * size.scale());
            String pixelsHigh = Integer.toString(size.height() * size.scale());
            String limit = Long.toString(FigureSize.MAX_PNG_PIXELS / 1_000_000);
            if (oneSide) {
                throw usage(scaled ? "cli.error.tooBigOneSide" : "cli.error.tooBigOneSide.scale1",
                        wideGiven ? "--width" : "--height",
                        Integer.toString(wideGiven ? size.width() : size.height()), Integer.toString(size.scale()),
                        pixelsWide, pixelsHigh, wideGiven ? "--height" : "--width",
                        Integer.toString(wideGiven ? size.height() : size.width()), limit);
            }
            throw usage(scaled ? "cli.error.tooBig" : "cli.error.tooBig.scale1", Integer.toString(size.width()),
                    Integer.toString(size.height()), Integer.toString(size.scale()), pixelsWide, pixelsHigh, limit);
        }
        return size;
    }

    /**
     * What to say when the PNG's pixel limit made the side not given less than 16:9 with the one given:
     * {@code --width 3840 --scale 4} is 15360 x 3252 pixels, a strip with the type of a 1280 x 720
     * picture, which a teacher found only on opening it. Names the scale that keeps 16:9, if one does.
     *
     * @param wanted the side not given, 16:9 with the one given
     */
    static String cutByThePixelLimit(Texts texts, FigureSize size, boolean wideGiven, long wanted) {
        int given = wideGiven ? size.width() : size.height();
        int got = wideGiven ? size.height() : size.width();
        if (got >= wanted) {
            return "";
        }
        int lower = size.scale() - 1;
        while (lower >= FigureSize.MIN_SCALE && given * wanted * lower * lower > FigureSize.MAX_PNG_PIXELS) {
            lower--;
        }
        return texts.format(lower >= FigureSize.MIN_SCALE ? "cli.sizeCut" : "cli.sizeCut.noScale", wideGiven ? "--height" : "--width",
                Integer.toString(got), Long.toString(wanted), wideGiven ? "--width" : "--height", Integer.toString(given),
                Integer.toString(size.scale()), Long.toString(FigureSize.MAX_PNG_PIXELS / 1_000_000), Integer.toString(lower));
    }

    private static int clamp(long value, int min, int max) {
        return (int) Math.max(min, Math.min(max, value));
    }

    /** A whole number for a picture flag, in [min, max]. */
    private long pictureNumber(String verb, String flag, String inline, long min, long max) throws UsageException {
        onlyForPictures(verb, flag);
        pictureFlags.add(flag);
        if (inline == null && (words.isEmpty() || words.peek().startsWith("--"))) {
            throw usage("problem.empty", flag, min, max);
        }
        String text = inline != null ? inline : words.pop();
        try {
            long number = Long.parseLong(text.strip().replace("_", ""));
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Worded below, with the range.
        }
        throw usage("problem.wholeNumber", flag, min, max, Problem.echo(text));
    }

    /** A time in whole milliseconds, 0 or more; past the end of a run means its end. */
    private long millis(String flag, String text) throws UsageException {
        String digits = text.strip().replace("_", "");
        try {
            long number = Long.parseLong(digits);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // "0 or more" would not say why a whole number too big for a long is refused: give the range.
            if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
                throw usage("problem.wholeNumber", flag, 0L, Long.MAX_VALUE, Problem.echo(text));
            }
        }
        throw usage("cli.error.badValue", flag, texts.format("cli.value.millis"), Problem.echo(text));
    }

    /**
     * A scenario field's value, the field marked as typed first: a wrong value is then said to be the
     * flag's, not the scenario file's.
     */
    private String typedValue(Field field, String inline) throws UsageException {
        typed.put(field, "");
        String value = value(field, inline);
        typed.put(field, value);
        return value;
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

    /**
     * Refuses a flag given to another command than the one it is for. A window flag says how the
     * window is opened: "only works with golanes" read as if golanes run were golanes too.
     */
    private void onlyFor(String verb, String wanted, String flag) throws UsageException {
        if (verb.equals(wanted)) {
            return;
        }
        if (wanted.isEmpty()) {
            throw usage("cli.error.windowOnly", flag, verb);
        }
        throw usage("cli.error.notHere", flag, "golanes " + wanted);
    }

    /** Refuses a picture's flag given to a command that draws none (only export and compare do). */
    private void onlyForPictures(String verb, String flag) throws UsageException {
        if (!verb.equals("export") && !verb.equals("compare")) {
            throw usage("cli.error.notHere", flag, texts.format("cli.value.pictureCommands"));
        }
    }

    /** The formats that are pictures, for messages. */
    private static final String PICTURE_FORMATS = "png, svg";

    private ExportFormat exportFormat(String text, String allowed) throws UsageException {
        return ExportFormat.byId(text).orElseThrow(() -> usage("cli.error.oneOf", "--format", allowed, Problem.echo(text)));
    }

    private EngineKind engineKind(String text) throws UsageException {
        return EngineKind.parse(text).orElseThrow(() -> usage("cli.error.oneOf", "--engine", EngineKind.allIds(), Problem.echo(text)));
    }

    /**
     * Real threads on Java 17 to 20 are operating-system threads, one per call; past
     * {@link RealEngine#MAX_PLATFORM_CALLS} the system may refuse them, so say so up front.
     */
    private Scenario checkedForEngine(Scenario built) throws UsageException {
        // Sequential starts no thread: main calls each dbCall in turn.
        if (engine() == EngineKind.REAL && ThreadKind.best() == ThreadKind.PLATFORM && built.mode() != Mode.SEQUENTIAL
                && built.calls() > RealEngine.MAX_PLATFORM_CALLS) {
            Field given = built.delays() instanceof DelaySpec.Listed ? Field.DELAYS : Field.CALLS;
            throw fieldUsage(given, name -> texts.format("cli.error.platformCalls", name, RealEngine.MAX_PLATFORM_CALLS,
                    Runtime.version().feature()));
        }
        return built;
    }

    private Path path(String text) throws UsageException {
        try {
            if (text.isBlank()) {
                throw usage("cli.error.needsValue", "--out", texts.format("cli.value.file"));
            }
            if (text.equals("-")) {
                // Elsewhere "-" means the terminal; here it would quietly make a file named "-". Refused
                // once --format is known (it may come after), so the name suggested is in that format.
                outIsDash = true;
                return Path.of("-");
            }
            // Path.of drops a trailing separator, which would turn "shots/" into a file named "shots";
            // a root ("/", or "C:\" on Windows) has no file name at all.
            Path path = Path.of(text);
            if (text.endsWith("/") || text.endsWith(java.io.File.separator) || path.getFileName() == null) {
                throw usage("cli.error.outFolder", "--out", Problem.echoName(text));
            }
            return path;
        } catch (InvalidPathException e) {
            throw usage("cli.error.badPath", "--out", Problem.echoName(text));
        }
    }

    private UsageException usage(String key, Object... args) {
        return new UsageException(texts.format(key, args));
    }
}
