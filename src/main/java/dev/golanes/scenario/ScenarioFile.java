package dev.golanes.scenario;

import dev.golanes.json.Json;
import dev.golanes.json.JsonException;
import dev.golanes.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scenario files ({@code .golanes.json}): what a class should see, saved to be opened again. The
 * fields are the command line's flags spelled as JSON keys:
 *
 * <pre>{@code
 * {
 *   "golanes": "scenario",
 *   "mode": "mutex",
 *   "calls": 5,
 *   "delay": 2000,            (or "maxDelay": 2000, or "delays": [1200, 300, 1800])
 *   "hold": 300,
 *   "seed": 42,
 *   "engine": "sim",
 *   "speed": 1
 * }
 * }</pre>
 *
 * Only {@code mode} is needed; the rest take their usual defaults (a missing seed is drawn).
 * Reading never throws anything but {@link ScenarioFileException}, whatever the file holds.
 */
public final class ScenarioFile {
    /** A scenario file is a few lines; anything much bigger is not one. */
    public static final int MAX_BYTES = 1 << 20;
    public static final String EXTENSION = ".golanes.json";
    public static final List<String> ENGINES = List.of("sim", "real");
    public static final double MIN_SPEED = 0.1;
    public static final double MAX_SPEED = 10;

    private static final Set<String> FIELDS = Set.of("golanes", "mode", "calls", "maxDelay", "delay", "delays", "hold",
            "seed", "engine", "speed");

    /**
     * What a file holds: the scenario, and how to play it.
     *
     * @param seedGiven whether the file names its seed; without one the scenario's seed was drawn, and
     *                  the command line says how to repeat the run, as for a seed it drew itself
     */
    public record Contents(Scenario scenario, String engine, double speed, boolean seedGiven) {
    }

    private ScenarioFile() {
    }

    /**
     * Reads a scenario file from disk. Only a regular file is read, and no more of it than a scenario
     * file can hold: a device or a pipe picked by mistake would never end. A file that is missing or
     * cannot be read is refused in words, as a file that is wrong is.
     */
    public static Contents readFile(Path path) throws ScenarioFileException {
        return readFile(path, Files::newInputStream);
    }

    /** Opens a file to read it. */
    @FunctionalInterface
    interface Opener {
        InputStream open(Path path) throws IOException;
    }

    /**
     * {@link #readFile(Path)}, opening the file with {@code opener}: root reads any file, and tests
     * run as root, so a test hands in an opener that fails as the system's does for a user.
     */
    static Contents readFile(Path path, Opener opener) throws ScenarioFileException {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(path)) {
                if (Files.notExists(path)) {
                    throw new NoSuchFileException(path.toString());
                }
                if (!Files.exists(path)) {
                    // Neither known to exist nor not to: in a folder this user may not look into.
                    throw new AccessDeniedException(path.toString());
                }
                throw ScenarioFileException.file("file.notAFile");
            }
            try (InputStream in = opener.open(path)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw ScenarioFileException.file("file.noSuchFile");
        } catch (AccessDeniedException e) {
            throw ScenarioFileException.file("file.denied");
        } catch (IOException | SecurityException e) {
            throw ScenarioFileException.file("file.unreadable");
        }
        return read(bytes);
    }

    public static Contents read(byte[] bytes) throws ScenarioFileException {
        if (bytes.length > MAX_BYTES) {
            throw ScenarioFileException.file("file.tooBig");
        }
        // Said as it is, rather than as JSON whose text "ends where a value was expected".
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw ScenarioFileException.file("file.empty");
        }
        Object root;
        try {
            root = JsonReader.read(bytes);
        } catch (JsonException e) {
            throw ScenarioFileException.syntax(e);
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw ScenarioFileException.file("file.notObject");
        }
        // Both are .json: a run exported from GoLanes is the file most often opened by mistake.
        if (map.containsKey("traceEvents")) {
            throw ScenarioFileException.file("file.traceExport");
        }
        for (Object name : map.keySet()) {
            if (!FIELDS.contains(name)) {
                throw ScenarioFileException.field(Problem.echo((String) name), "file.unknownField",
                        FIELDS.stream().filter(f -> !f.equals("golanes")).sorted().collect(Collectors.joining(", ")));
            }
        }
        try {
            ScenarioBuilder builder = new ScenarioBuilder();
            Object golanes = map.get("golanes");
            // As the mode's value is read: its case and spaces around it do not matter ("Mutex").
            if (golanes != null
                    && !(golanes instanceof String kind && kind.strip().toLowerCase(Locale.ROOT).equals("scenario"))) {
                throw ScenarioFileException.field("golanes", "file.kind", Problem.echo(String.valueOf(golanes)));
            }
            if (!map.containsKey("mode")) {
                throw ScenarioFileException.field("mode", "file.required", Mode.accepted());
            }
            builder.mode(Mode.parse(text(map, "mode", Mode.accepted())));
            List<String> delaySettings = Stream.of("maxDelay", "delay", "delays").filter(map::containsKey)
                    .collect(Collectors.toList());
            if (delaySettings.size() > 1) {
                // The builder would name the command line's flags; a file's reader knows its keys.
                throw ScenarioFileException.field(delaySettings.get(1), "problem.oneDelaySetting", "maxDelay", "delay",
                        "delays");
            }
            if (map.containsKey("calls")) {
                builder.calls((int) whole(map, Field.CALLS, Limits.MIN_CALLS, Limits.MAX_CALLS));
            }
            if (map.containsKey("maxDelay")) {
                builder.maxDelay(whole(map, Field.MAX_DELAY, 1, Limits.MAX_DELAY_MS));
            }
            if (map.containsKey("delay")) {
                builder.delay(whole(map, Field.DELAY, 0, Limits.MAX_DELAY_MS));
            }
            if (map.containsKey("delays")) {
                builder.delays(delays(map.get("delays")));
            }
            if (map.containsKey("hold")) {
                builder.hold(whole(map, Field.HOLD, 0, Limits.MAX_HOLD_MS));
            }
            if (map.containsKey("seed")) {
                builder.seed(whole(map, Field.SEED, Long.MIN_VALUE, Long.MAX_VALUE));
            }
            String given = map.containsKey("engine") ? text(map, "engine", String.join(", ", ENGINES)) : "sim";
            // As "mode" is read: "REAL" and " real " are real.
            String engine = given.strip().toLowerCase(Locale.ROOT);
            if (!ENGINES.contains(engine)) {
                throw ScenarioFileException.field("engine", "problem.oneOf", String.join(", ", ENGINES), Problem.echo(given));
            }
            double speed = map.containsKey("speed") ? speed(map.get("speed")) : 1;
            return new Contents(builder.build(), engine, speed, map.containsKey("seed"));
        } catch (ScenarioException e) {
            throw ScenarioFileException.of(e);
        }
    }

    /** The file for a scenario: every field written out, so it opens the same way anywhere. */
    public static String write(Scenario scenario, String engine, double speed) {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"golanes\": \"scenario\",\n");
        out.append("  \"mode\": ").append(Json.quote(scenario.mode().id())).append(",\n");
        out.append("  \"calls\": ").append(scenario.calls()).append(",\n");
        DelaySpec delays = scenario.delays();
        if (delays instanceof DelaySpec.Random random) {
            out.append("  \"maxDelay\": ").append(random.maxMs()).append(",\n");
        } else if (delays instanceof DelaySpec.Fixed fixed) {
            out.append("  \"delay\": ").append(fixed.ms()).append(",\n");
        } else if (delays instanceof DelaySpec.Listed listed) {
            out.append("  \"delays\": ").append(listed.ms()).append(",\n");
        }
        out.append("  \"hold\": ").append(scenario.holdMs()).append(",\n");
        out.append("  \"seed\": ").append(scenario.seed()).append(",\n");
        out.append("  \"engine\": ").append(Json.quote(engine)).append(",\n");
        out.append("  \"speed\": ").append(BigDecimal.valueOf(speed).stripTrailingZeros().toPlainString()).append("\n");
        return out.append("}\n").toString();
    }

    private static String text(Map<?, ?> map, String name, String allowed) throws ScenarioFileException {
        Object value = map.get(name);
        if (!(value instanceof String s)) {
            throw ScenarioFileException.field(name, "file.type.text", allowed);
        }
        return s;
    }

    private static long whole(Map<?, ?> map, Field field, long min, long max) throws ScenarioFileException {
        Object value = map.get(field.key());
        refuseQuotedNumber(field.key(), value);
        if (!(value instanceof BigDecimal number)) {
            if (field == Field.SEED) {
                throw ScenarioFileException.field(field.key(), "problem.seed", Problem.echo(String.valueOf(value)));
            }
            // As a number out of range says it: (got "true"), (got "null"), (got "300ms").
            throw ScenarioFileException.field(field.key(), "file.type.number", min, max, Problem.echo(shown(value)));
        }
        if (thousandsMark(number)) {
            // "hold": 1.000 is a thousand written as Indonesian writes it, and was taken as 1 ms (70.000 as 70):
            // refused, whatever it would come to, rather than guessed. A seed too, as the command line refuses it.
            throw field == Field.SEED ? ScenarioFileException.field(field.key(), "problem.seed", Problem.echo(number.toPlainString()))
                    : ScenarioFileException.field(field.key(), "file.type.thousands", min, max, Problem.echo(number.toPlainString()));
        }
        try {
            long whole = number.longValueExact();
            if (whole < min || whole > max) {
                throw new ArithmeticException();
            }
            return whole;
        } catch (ArithmeticException e) {
            if (field == Field.SEED) {
                throw ScenarioFileException.field(field.key(), "problem.seed", Problem.echo(number.toString()));
            }
            throw ScenarioFileException.field(field.key(), "problem.wholeNumber", min, max, Problem.echo(number.toString()));
        }
    }

    /**
     * One group of three decimals after a whole part of 1 to 999 ({@code 1.000}, {@code 70.500}): a
     * thousands mark, as Indonesian writes numbers, more likely than a fraction of a millisecond or of a
     * call. {@code 0.300}, {@code -1.000} and {@code 1000.000} are not one (no grouped number is written so).
     */
    private static boolean thousandsMark(BigDecimal number) {
        return number.scale() == 3 && number.compareTo(BigDecimal.ONE) >= 0 && number.compareTo(BigDecimal.valueOf(1000)) < 0;
    }

    /** A JSON value as the file has it, more or less: text as it is, a list's numbers, an object as {…}. */
    private static String shown(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? "{}" : "{…}";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> item instanceof String text ? Json.quote(text)
                    : item instanceof Map<?, ?> || item instanceof List<?> ? "…" : String.valueOf(item))
                    .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }

    /**
     * A number written in quotes ({@code "seed": "42"}) is text to JSON: said so, rather than that
     * 42 is out of its range.
     */
    private static void refuseQuotedNumber(String name, Object value) throws ScenarioFileException {
        if (value instanceof String text && text.strip().matches("-?[0-9]+(\\.[0-9]+)?")) {
            throw ScenarioFileException.field(name, "file.type.quotedNumber", Problem.echo(text));
        }
    }

    private static List<Long> delays(Object value) throws ScenarioFileException {
        if (!(value instanceof List<?> list) || list.isEmpty() || list.size() > Limits.MAX_CALLS) {
            throw ScenarioFileException.field("delays", "file.type.list", Limits.MAX_DELAY_MS);
        }
        long[] ms = new long[list.size()];
        for (int i = 0; i < ms.length; i++) {
            Object item = list.get(i);
            try {
                if (!(item instanceof BigDecimal number)) {
                    throw new ArithmeticException();
                }
                ms[i] = number.longValueExact();
                if (thousandsMark(number)) {
                    throw ScenarioFileException.field("delays", "file.type.listEntry.thousands", i + 1, ms.length,
                            Limits.MAX_DELAY_MS, Problem.echo(number.toPlainString()));
                }
                if (ms[i] < 0 || ms[i] > Limits.MAX_DELAY_MS) {
                    throw new ArithmeticException();
                }
            } catch (ArithmeticException e) {
                // Which entry, as the command line says it: a list of a hundred is hard to search by eye.
                throw ScenarioFileException.field("delays", "file.type.listEntry", i + 1, ms.length, Limits.MAX_DELAY_MS,
                        Problem.echo(item instanceof String text ? Json.quote(text) : String.valueOf(item)));
            }
        }
        return java.util.Arrays.stream(ms).boxed().collect(Collectors.toList());
    }

    private static double speed(Object value) throws ScenarioFileException {
        refuseQuotedNumber("speed", value);
        // As --speed takes it: 1.000 (a thousand, as Indonesian writes it) is refused rather than read as 1, and
        // 0.12345, which no speed control shows, is refused rather than saved again as it came.
        if (value instanceof BigDecimal number) {
            if (thousandsMark(number)) {
                throw ScenarioFileException.field("speed", "file.speed.thousands", Problem.echo(number.toPlainString()));
            }
            double speed = number.doubleValue();
            int decimals = Math.max(0, number.scale());
            if (speed >= MIN_SPEED && speed <= MAX_SPEED && decimals <= (speed < 1 ? 3 : 2)) {
                return speed;
            }
        }
        throw ScenarioFileException.field("speed", "file.speed", Problem.echo(String.valueOf(value)));
    }
}
