package dev.golanes.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.golanes.export.ChromeTraceJson;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The same scenario gives the same trace, byte for byte, on every JDK. Each JDK that runs this test
 * leaves its traces in {@code target/traces/java-N}; when another JDK's traces are there (CI runs
 * the engine tests on JDK 25 before the full build on 17), every one must be identical. Traces
 * written from other sources (an older checkout) are skipped: each directory carries a stamp of the
 * main sources it was made from. With no other JDK's traces there is nothing to compare, and the
 * test says so as skipped: it used to pass then, as though the JDKs had been found to agree.
 */
class CrossJdkTraceTest {
    private static final Path ROOT = Path.of("target", "traces");

    @Test
    void tracesAreTheSameOnEveryJdkThatRanThisTest() throws IOException {
        Path mine = ROOT.resolve("java-" + Runtime.version().feature());
        Files.createDirectories(mine);
        String stamp = sourceStamp();
        Files.writeString(mine.resolve("sources.stamp"), stamp, StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            for (long seed : new long[] {1, 42, -7, Long.MAX_VALUE}) {
                for (DelaySpec delays : List.of(new DelaySpec.Random(2000), new DelaySpec.Fixed(500),
                        new DelaySpec.Listed(List.of(0L, 300L, 300L, 1200L, 5L, 300L, 999L)))) {
                    Scenario scenario = new Scenario(mode, 7, delays, mode.usesHold() ? 300 : 0, seed);
                    String name = mode.id() + "_" + seed + "_" + delays.describe().replaceAll("\\W+", "_") + ".json";
                    Files.writeString(mine.resolve(name), json(scenario), StandardCharsets.UTF_8);
                    names.add(name);
                }
            }
        }
        Files.writeString(mine.resolve("large.json"),
                json(new Scenario(Mode.MUTEX, 2000, new DelaySpec.Random(50), 1, 99)), StandardCharsets.UTF_8);
        names.add("large.json");

        List<Path> others;
        try (Stream<Path> dirs = Files.list(ROOT)) {
            others = dirs.filter(dir -> !dir.equals(mine))
                    .filter(dir -> stamp.equals(readStamp(dir)))
                    .toList();
        }
        // This JDK's traces stay behind for the next JDK to compare with.
        assumeFalse(others.isEmpty(), () -> "nothing to compare: no other JDK has left traces of these sources in "
                + ROOT + "; this one's are in " + mine + ". Run this test on another JDK too, without a clean in between"
                + " (as .ci/run does: JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mvn test -Dtest=CrossJdkTraceTest, then"
                + " mvn test -Dtest=CrossJdkTraceTest on this one)");
        for (Path other : others) {
            for (String name : names) {
                Path theirs = other.resolve(name);
                assertTrue(Files.exists(theirs), other.getFileName() + " has no " + name);
                assertEquals(Files.readString(theirs), Files.readString(mine.resolve(name)),
                        name + " differs between " + other.getFileName() + " and " + mine.getFileName());
            }
        }
    }

    /** A hash of every file under src/main, so traces from other sources are never compared. */
    private static String sourceStamp() throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src", "main"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.update(file.toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String readStamp(Path dir) {
        try {
            return Files.readString(dir.resolve("sources.stamp"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String json(Scenario scenario) throws IOException {
        StringWriter out = new StringWriter();
        ChromeTraceJson.write(Simulator.run(scenario), out);
        return out.toString();
    }
}
