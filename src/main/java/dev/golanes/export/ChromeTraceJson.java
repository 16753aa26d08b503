package dev.golanes.export;

import dev.golanes.json.Json;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.MarkKind;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.Trace;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a trace in the Chrome Trace Event Format, JSON object form. Lane {@code i} is thread
 * {@code tid i} of process 1; spans are complete events ({@code "ph":"X"}) and marks are
 * thread-scoped instant events ({@code "ph":"i","s":"t"}), with times in microseconds.
 * {@code otherData} carries the scenario and the outcome. One event per line, in trace order, so the
 * file diffs well and the same trace always gives the same bytes.
 */
public final class ChromeTraceJson {
    private ChromeTraceJson() {
    }

    public static void write(Trace trace, Writer out) throws IOException {
        Scenario scenario = trace.scenario();
        out.write("{\n\"displayTimeUnit\": \"ms\",\n\"otherData\": {");
        out.write("\"generator\": \"GoLanes\"");
        out.write(", \"mode\": " + Json.quote(scenario.mode().id()));
        out.write(", \"engine\": " + Json.quote(trace.engine()));
        out.write(", \"seed\": " + scenario.seed());
        out.write(", \"calls\": " + scenario.calls());
        out.write(", \"delays\": " + Json.quote(scenario.delays().describe()));
        if (scenario.mode().usesHold()) {
            // Only where the program holds the lock (or works without it): sequential had "holdMs": 300.
            out.write(", \"holdMs\": " + scenario.holdMs());
        }
        out.write(", \"totalMicros\": " + trace.endMicros());
        if (scenario.mode().isPitfall()) {
            out.write(", \"exitStatus\": " + trace.exitStatus());
            if (!trace.fatalError().isEmpty()) {
                out.write(", \"fatal\": " + Json.quote(trace.fatalError()));
            }
        }
        if (scenario.mode().collectsResults()) {
            out.write(", \"results\": [");
            List<String> results = trace.results();
            for (int i = 0; i < results.size(); i++) {
                out.write(i == 0 ? "" : ", ");
                out.write(Json.quote(results.get(i)));
            }
            out.write("]");
        }
        if (scenario.mode() == dev.golanes.scenario.Mode.RACE) {
            out.write(", \"lost\": [");
            int[] lost = trace.lostLanes();
            for (int i = 0; i < lost.length; i++) {
                out.write(i == 0 ? "" : ", ");
                out.write(Json.quote(Scenario.callId(lost[i])));
            }
            out.write("]");
        }
        out.write("},\n\"traceEvents\": [\n");
        out.write("{\"name\": \"process_name\", \"ph\": \"M\", \"pid\": 1, \"tid\": 0, \"args\": {\"name\": "
                + Json.quote("GoLanes " + scenario.mode().id() + " (seed " + scenario.seed() + ")") + "}}");
        for (int lane = 0; lane < trace.laneCount(); lane++) {
            out.write(",\n{\"name\": \"thread_name\", \"ph\": \"M\", \"pid\": 1, \"tid\": " + lane
                    + ", \"args\": {\"name\": " + Json.quote(Trace.laneName(lane)) + "}}");
            out.write(",\n{\"name\": \"thread_sort_index\", \"ph\": \"M\", \"pid\": 1, \"tid\": " + lane
                    + ", \"args\": {\"sort_index\": " + lane + "}}");
        }
        StringBuilder line = new StringBuilder(160);
        for (int i = 0; i < trace.size(); i++) {
            line.setLength(0);
            line.append(",\n{\"name\": \"");
            if (trace.isSpan(i)) {
                SpanKind kind = trace.spanKind(i);
                long duration = trace.duration(i) >= 0 ? trace.duration(i) : trace.endMicros() - trace.start(i);
                line.append(kind.traceName()).append("\", \"ph\": \"X\", \"pid\": 1, \"tid\": ").append(trace.lane(i))
                        .append(", \"ts\": ").append(trace.start(i)).append(", \"dur\": ").append(duration);
                appendSpanArgs(line, trace, i, kind);
            } else {
                MarkKind kind = trace.markKind(i);
                line.append(kind.traceName()).append("\", \"ph\": \"i\", \"s\": \"t\", \"pid\": 1, \"tid\": ")
                        .append(trace.lane(i)).append(", \"ts\": ").append(trace.start(i));
                appendMarkArgs(line, trace, i, kind);
            }
            line.append('}');
            out.append(line);
        }
        out.write("\n]\n}\n");
    }

    private static void appendSpanArgs(StringBuilder line, Trace trace, int i, SpanKind kind) {
        switch (kind) {
            case SLEEP -> line.append(", \"args\": {\"delayMs\": ").append(trace.arg(i)).append('}');
            case APPEND -> line.append(", \"args\": {\"readLen\": ").append(trace.arg(i))
                    .append(", \"id\": ").append(Json.quote(Scenario.callId(trace.lane(i)))).append('}');
            case CALL -> line.append(", \"args\": {\"id\": ").append(Json.quote(Scenario.callId((int) trace.arg(i)))).append('}');
            default -> {
                if (trace.duration(i) < 0) {
                    line.append(", \"args\": {\"open\": true}");
                }
            }
        }
    }

    private static void appendMarkArgs(StringBuilder line, Trace trace, int i, MarkKind kind) {
        switch (kind) {
            case PRINT -> {
                line.append(", \"args\": {\"text\": ").append(Json.quote(trace.text(i)));
                if ((trace.arg(i) & MarkKind.STDERR) != 0) {
                    line.append(", \"stream\": \"stderr\"");
                }
                line.append('}');
            }
            case FATAL -> line.append(", \"args\": {\"error\": ").append(Json.quote(trace.text(i))).append('}');
            case EXIT -> line.append(", \"args\": {\"status\": ").append(trace.arg(i)).append('}');
            case WG_ADD, WG_DONE -> line.append(", \"args\": {\"counter\": ").append(trace.arg(i)).append('}');
            case GO -> line.append(", \"args\": {\"id\": ").append(Json.quote(Scenario.callId((int) trace.arg(i)))).append('}');
            default -> {
            }
        }
    }
}
