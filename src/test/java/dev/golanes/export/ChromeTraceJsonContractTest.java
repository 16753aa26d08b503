package dev.golanes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.scenario.ScenarioBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The exported trace as another tool reads it: the fields issue 2 promises, checked with an independent parser. */
class ChromeTraceJsonContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(Mode.class)
    void topLevelHasDisplayUnitEventsAndOtherData(Mode mode) throws Exception {
        JsonNode root = export(listed(mode));
        assertEquals("ms", root.get("displayTimeUnit").asText());
        assertTrue(root.get("traceEvents").isArray());
        JsonNode other = root.get("otherData");
        assertEquals(mode.id(), other.get("mode").asText());
        assertEquals("sim", other.get("engine").asText());
        assertEquals(-9_000_000_000L, other.get("seed").asLong());
        assertTrue(other.get("seed").isIntegralNumber());
        assertEquals(3, other.get("calls").asInt());
        assertTrue(other.get("totalMicros").isIntegralNumber());
        // The hold only where the program has one: mutex's, the race's gap, double-unlock's unguarded work.
        assertEquals(mode.usesHold(), other.has("holdMs"), "holdMs in " + mode.id());
    }

    @Test
    void totalMicrosIsTheRunsEnd() throws Exception {
        assertEquals(3_300_000L, export(listed(Mode.SEQUENTIAL)).get("otherData").get("totalMicros").asLong());
        assertEquals(1_800_000L, export(listed(Mode.CONCURRENT)).get("otherData").get("totalMicros").asLong());
        assertEquals(2_100_000L, export(listed(Mode.MUTEX)).get("otherData").get("totalMicros").asLong());
    }

    @Test
    void onlyMutexModeExportsResultsInAppendOrder() throws Exception {
        assertFalse(export(listed(Mode.SEQUENTIAL)).get("otherData").has("results"));
        assertFalse(export(listed(Mode.CONCURRENT)).get("otherData").has("results"));
        JsonNode results = export(listed(Mode.MUTEX)).get("otherData").get("results");
        assertEquals(List.of("id2", "id1", "id3"), texts(results));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void everyEventIsInProcessOneOnAKnownLane(Mode mode) throws Exception {
        for (JsonNode event : export(listed(mode)).get("traceEvents")) {
            assertEquals(1, event.get("pid").asInt(), event.toString());
            int tid = event.get("tid").asInt();
            assertTrue(tid >= 0 && tid <= 3, event.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void timedEventsAreInTimeOrderWithWholeMicroseconds(Mode mode) throws Exception {
        long previous = 0;
        for (JsonNode event : export(new ScenarioBuilder().mode(mode).calls(30).seed(3).build()).get("traceEvents")) {
            if (event.has("ts")) {
                assertTrue(event.get("ts").isIntegralNumber(), event.toString());
                assertTrue(event.get("ts").asLong() >= previous, event.toString());
                previous = event.get("ts").asLong();
            }
            if (event.has("dur")) {
                assertTrue(event.get("dur").isIntegralNumber() && event.get("dur").asLong() >= 0, event.toString());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void threadNameMetadataNamesEveryLane(Mode mode) throws Exception {
        Map<Integer, String> names = new TreeMap<>();
        for (JsonNode event : events(export(listed(mode)), "thread_name")) {
            assertEquals("M", event.get("ph").asText());
            names.put(event.get("tid").asInt(), event.get("args").get("name").asText());
        }
        assertEquals(Map.of(0, "main", 1, "dbCall(id1)", 2, "dbCall(id2)", 3, "dbCall(id3)"), names);
    }

    @Test
    void sleepsAreCompleteEventsOnTheCallsLaneInMicroseconds() throws Exception {
        List<String> sleeps = new ArrayList<>();
        for (JsonNode event : events(export(listed(Mode.CONCURRENT)), "sleep")) {
            assertEquals("X", event.get("ph").asText());
            sleeps.add(event.get("tid").asInt() + "@" + event.get("ts").asLong() + "+" + event.get("dur").asLong());
        }
        assertEquals(List.of("1@0+1200000", "2@0+300000", "3@0+1800000"), sleeps.stream().sorted().collect(Collectors.toList()));
    }

    @Test
    void mainWaitsOnItsOwnLaneUntilTheLastDone() throws Exception {
        List<JsonNode> waits = events(export(listed(Mode.CONCURRENT)), "wg.Wait");
        assertEquals(1, waits.size());
        JsonNode wait = waits.get(0);
        assertEquals("X", wait.get("ph").asText());
        assertEquals(0, wait.get("tid").asInt());
        assertEquals(0, wait.get("ts").asLong());
        assertEquals(1_800_000, wait.get("dur").asLong());
    }

    @Test
    void lockWaitsAreExportedOnlyWhenLongerThanZero() throws Exception {
        JsonNode queued = export(new ScenarioBuilder().mode(Mode.MUTEX).seed(42).build());
        List<JsonNode> waits = events(queued, "lock-wait");
        assertEquals(4, waits.size());
        waits.forEach(wait -> assertTrue(wait.get("dur").asLong() > 0, wait.toString()));
        assertEquals(5, events(queued, "lock-held").size());
        events(queued, "lock-held").forEach(held -> assertEquals(300_000, held.get("dur").asLong()));

        JsonNode tutorial = export(new ScenarioBuilder().mode(Mode.MUTEX).hold(0).seed(42).build());
        assertEquals(0, events(tutorial, "lock-wait").size());
        assertEquals(5, events(tutorial, "lock-held").size());
    }

    @Test
    void printsAreThreadInstantsCarryingTheLine() throws Exception {
        List<String> lines = new ArrayList<>();
        for (JsonNode print : events(export(listed(Mode.MUTEX)), "print")) {
            assertEquals("i", print.get("ph").asText());
            assertEquals("t", print.get("s").asText());
            lines.add(print.get("tid").asInt() + ":" + print.get("args").get("text").asText());
        }
        assertEquals(List.of(
                "2:The result from the database is: id2",
                "1:The result from the database is: id1",
                "3:The result from the database is: id3",
                "0:",
                "0:Total execution time: 2.1s",
                "0:[id2 id1 id3]"), lines);
    }

    @Test
    void waitGroupMarksAreInstantsWhereTheyHappen() throws Exception {
        JsonNode root = export(listed(Mode.CONCURRENT));
        List<String> adds = new ArrayList<>();
        for (JsonNode add : events(root, "wg.Add")) {
            assertEquals("i", add.get("ph").asText());
            assertEquals("t", add.get("s").asText());
            adds.add(add.get("tid").asInt() + "@" + add.get("ts").asLong() + "=" + add.get("args").get("counter").asInt());
        }
        assertEquals(List.of("0@0=1", "0@0=2", "0@0=3"), adds);
        List<String> dones = new ArrayList<>();
        for (JsonNode done : events(root, "wg.Done")) {
            assertEquals("i", done.get("ph").asText());
            dones.add(done.get("tid").asInt() + "@" + done.get("ts").asLong() + "=" + done.get("args").get("counter").asInt());
        }
        assertEquals(List.of("2@300000=2", "1@1200000=1", "3@1800000=0"), dones);
    }

    @Test
    void sequentialModeHasNoWaitGroup() throws Exception {
        JsonNode root = export(listed(Mode.SEQUENTIAL));
        assertEquals(0, events(root, "wg.Add").size());
        assertEquals(0, events(root, "wg.Done").size());
        assertEquals(0, events(root, "wg.Wait").size());
    }

    private static Scenario listed(Mode mode) {
        return new ScenarioBuilder().mode(mode).delays(List.of(1200L, 300L, 1800L)).seed(-9_000_000_000L).build();
    }

    private static JsonNode export(Scenario scenario) throws Exception {
        return JSON.readTree(ChromeTraceJsonGoldenTest.json(scenario));
    }

    private static List<JsonNode> events(JsonNode root, String name) {
        return StreamSupport.stream(root.get("traceEvents").spliterator(), false)
                .filter(event -> name.equals(event.get("name").asText()))
                .collect(Collectors.toList());
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).collect(Collectors.toList());
    }
}
