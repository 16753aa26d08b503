package dev.golanes.program;

import dev.golanes.i18n.Texts;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Go program of a scenario, as students read it: the tutorial's program for the mode, with the
 * scenario's ids, delays and hold written in, and comments in the user's language. Each program is
 * a template ({@code mode.go.txt} in this package) whose lines carry the {@link Step} they perform.
 */
public final class GoProgram {
    private static final Pattern STEP = Pattern.compile("\\s*⟦(\\w+)( BUG)?⟧\\s*$");
    private static final Pattern COMMENT = Pattern.compile("\\{\\{c:(\\w+)}}");
    private static final int LISTED_IDS = 8;

    private final List<CodeLine> lines;
    private final Map<Step, Integer> firstLine;

    private GoProgram(List<CodeLine> lines) {
        this.lines = List.copyOf(lines);
        Map<Step, Integer> first = new EnumMap<>(Step.class);
        for (CodeLine line : lines) {
            if (line.step() != null) {
                first.putIfAbsent(line.step(), line.number());
            }
        }
        this.firstLine = first;
    }

    /** The program a scenario runs, with comments in the given language. */
    public static GoProgram of(Scenario scenario, Texts texts) {
        String template = template(scenario.mode());
        List<CodeLine> lines = new ArrayList<>();
        for (String raw : fill(template, scenario, texts).split("\n", -1)) {
            Step step = null;
            boolean bug = false;
            Matcher tag = STEP.matcher(raw);
            String text = raw;
            if (tag.find()) {
                bug = tag.group(1).equals("BUG") || tag.group(2) != null;
                step = tag.group(1).equals("BUG") ? null : Step.valueOf(tag.group(1));
                text = raw.substring(0, tag.start());
            }
            lines.add(new CodeLine(lines.size() + 1, text.replace("\t", "    "), step, bug));
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).text().isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return new GoProgram(lines);
    }

    public List<CodeLine> lines() {
        return lines;
    }

    /** The number of the first line that performs a step, or -1 when the program has no such line. */
    public int lineOf(Step step) {
        return firstLine.getOrDefault(step, -1);
    }

    /** The whole program as text, as it would be saved to {@code main.go}. */
    public String text() {
        StringJoiner joiner = new StringJoiner("\n", "", "\n");
        lines.forEach(line -> joiner.add(line.text()));
        return joiner.toString();
    }

    private static String fill(String template, Scenario scenario, Texts texts) {
        DelaySpec delays = scenario.delays();
        String holdComment = switch (scenario.mode()) {
            case MUTEX -> "{{c:hold}}";
            case DOUBLE_UNLOCK -> "{{c:unguarded}}";
            default -> "{{c:work}}";
        };
        String hold = "time.Sleep(" + scenario.holdMs() + " * time.Millisecond) // " + holdComment + " ⟦HOLD⟧";
        String filled = template
                .replace("\t{{hold}}\n", scenario.holdMs() == 0 ? "" : "\t" + hold + "\n")
                .replace("{{imports}}", imports(scenario))
                .replace("{{dbData}}", dbData(scenario.calls()))
                .replace("{{delays}}", delays instanceof DelaySpec.Listed listed ? "\nvar delays = " + floats(listed) : "")
                .replace("{{delay}}", delayLine(delays));
        Matcher comment = COMMENT.matcher(filled);
        StringBuilder out = new StringBuilder();
        while (comment.find()) {
            String key = "code." + comment.group(1);
            String text = key.equals("code.random") ? texts.format(key, maxDelay(delays) - 1) : texts.format(key);
            comment.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        comment.appendTail(out);
        return out.toString();
    }

    private static long maxDelay(DelaySpec delays) {
        return delays instanceof DelaySpec.Random random ? random.maxMs() : 0;
    }

    private static String imports(Scenario scenario) {
        List<String> packages = new ArrayList<>(List.of("fmt"));
        if (scenario.delays() instanceof DelaySpec.Random) {
            packages.add("math/rand");
        }
        if (scenario.mode() != Mode.SEQUENTIAL) {
            packages.add("sync");
        }
        packages.add("time");
        StringBuilder block = new StringBuilder();
        packages.forEach(p -> block.append("\n\t\"").append(p).append('"'));
        return block.toString();
    }

    private static String dbData(int calls) {
        StringJoiner ids = new StringJoiner(", ", "[]string{", "}");
        if (calls <= LISTED_IDS) {
            for (int i = 1; i <= calls; i++) {
                ids.add('"' + Scenario.callId(i) + '"');
            }
        } else {
            for (int i = 1; i <= 3; i++) {
                ids.add('"' + Scenario.callId(i) + '"');
            }
            ids.add("/* … */ \"" + Scenario.callId(calls) + '"');
        }
        return ids.toString();
    }

    private static String floats(DelaySpec.Listed listed) {
        StringJoiner values = new StringJoiner(", ", "[]float32{", "}");
        List<Long> ms = listed.ms();
        for (int i = 0; i < ms.size(); i++) {
            if (ms.size() > LISTED_IDS && i == 3) {
                values.add("/* … */ " + ms.get(ms.size() - 1));
                break;
            }
            values.add(Long.toString(ms.get(i)));
        }
        return values.toString();
    }

    private static String delayLine(DelaySpec delays) {
        if (delays instanceof DelaySpec.Random random) {
            return "var delay float32 = rand.Float32() * " + random.maxMs() + " // {{c:random}}";
        }
        if (delays instanceof DelaySpec.Fixed fixed) {
            return "var delay float32 = " + fixed.ms();
        }
        return "var delay float32 = delays[i]";
    }

    private static String template(Mode mode) {
        try (InputStream in = GoProgram.class.getResourceAsStream(mode.id() + ".go.txt")) {
            if (in == null) {
                throw new IllegalStateException("no Go program for " + mode.id());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
