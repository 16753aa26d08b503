package dev.golanes.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes {@code src/main/cds/golanes.classlist}: the classes the packaged app loads when it opens
 * its window and plays a run, and when the command line runs and exports, recorded with
 * {@code -XX:DumpLoadedClassList}. {@code mvn package} turns the list into the runtime image's CDS
 * archive. Run it again after big changes to the code (classes missing from the list still load,
 * only without the archive's head start):
 *
 * <pre>mvn -q package -DskipTests &amp;&amp; java -cp target/test-classes dev.golanes.bench.CdsTraining</pre>
 */
public final class CdsTraining {
    private static final Path CLASS_LIST = Path.of("src/main/cds/golanes.classlist");

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        PackagedImage image = new PackagedImage(List.of(args));
        Path work = Files.createTempDirectory("golanes-cds");
        Path svg = work.resolve("training.svg");
        Path png = work.resolve("training.png");
        Path json = work.resolve("training.json");
        List<Path> lists = new ArrayList<>();
        try {
            image.probe(image.golanes("--mode", "mutex", "--calls", "200"), List.of(dump(work, lists)), "frames",
                    "golanes.bench.seconds=3");
            image.run(image.golanes("run", "--mode", "mutex", "--calls", "2000"), List.of(dump(work, lists)));
            image.run(image.golanes("export", "--format", "png", "--scale", "2", "--out", png.toString()),
                    List.of(dump(work, lists)));
            image.run(image.golanes("export", "--format", "svg", "--mode", "race", "--out", svg.toString()),
                    List.of(dump(work, lists)));
            image.run(image.golanes("export", "--format", "json", "--out", json.toString()), List.of(dump(work, lists)));
        } finally {
            image.close();
        }
        Set<String> lines = new LinkedHashSet<>();
        lines.add("# The classes the packaged GoLanes loads: its window opening and playing a run, and its command");
        lines.add("# line running and exporting. mvn package makes the runtime image's CDS archive from this list.");
        lines.add("# Written by dev.golanes.bench.CdsTraining (see its comment); do not edit by hand.");
        for (Path list : lists) {
            for (String line : Files.readAllLines(list)) {
                // The benchmark's own classes come from the test classes, which the archive never sees.
                if (!line.startsWith("#") && !line.startsWith("dev/golanes/bench/") && !line.contains(" dev/golanes/bench/")) {
                    lines.add(line);
                }
            }
        }
        Files.createDirectories(CLASS_LIST.getParent());
        Files.write(CLASS_LIST, lines);
        System.out.println("wrote " + CLASS_LIST + ": " + (lines.size() - 3) + " entries");
        try (var files = Files.list(work)) {
            files.forEach(file -> file.toFile().delete());
        } catch (UncheckedIOException e) {
            // Leftovers in the temp folder do no harm.
        }
        work.toFile().delete();
    }

    private static String dump(Path work, List<Path> lists) {
        Path list = work.resolve("loaded-" + lists.size() + ".classlist");
        lists.add(list);
        return "-XX:DumpLoadedClassList=" + list;
    }
}
