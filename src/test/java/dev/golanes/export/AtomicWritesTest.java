package dev.golanes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.golanes.engine.Simulator;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.scenario.ScenarioFile;
import dev.golanes.trace.Trace;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every file GoLanes writes (the four exports, and a scenario saved from the window, which goes
 * through {@link AtomicFiles} the same way) either appears whole or not at all: a missing folder, a
 * folder given as the file, a file where the folder should be, a folder nobody may write to, a name
 * too long for the system and a full disk each give a message that says so, and leave no
 * {@code .part} file and no changed file behind.
 */
class AtomicWritesTest {
    private static final Texts ENGLISH = Texts.forLocale(Locale.ENGLISH);
    private static final Trace MUTEX = Simulator.run(Scenario.defaults(Mode.MUTEX, 42));

    @TempDir
    Path folder;

    /** What gets written. */
    enum Kind {
        PNG, SVG, JSON, CSV, SCENARIO;

        String extension() {
            return this == SCENARIO ? ScenarioFile.EXTENSION : "." + name().toLowerCase(Locale.ROOT);
        }

        void write(Path file) throws ExportException {
            if (this == SCENARIO) {
                // As the window's Save scenario does.
                String text = ScenarioFile.write(MUTEX.scenario(), "sim", 1);
                AtomicFiles.writeText(file, out -> out.write(text));
            } else {
                ExportJob.of(MUTEX, FigureSize.DEFAULT, ENGLISH).write(file, ExportFormat.valueOf(name()));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aMissingFolderIsNamedAndNothingIsWritten(Kind kind) {
        Path file = folder.resolve("gone").resolve("run" + kind.extension());
        assertEquals("cannot write " + file + ": its folder does not exist", refusal(kind, file));
        assertEquals(List.of(), filesIn(folder));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFolderGivenAsTheFileIsNamedAndLeftAlone(Kind kind) throws IOException {
        Path target = Files.createDirectory(folder.resolve("run" + kind.extension()));
        Files.writeString(target.resolve("inside.txt"), "kept");
        assertEquals("cannot write " + target + ": it is a folder; give a file name", refusal(kind, target));
        assertEquals(List.of("run" + kind.extension()), filesIn(folder));
        assertEquals("kept", Files.readString(target.resolve("inside.txt")));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFileWhereTheFolderShouldBeIsNamedAndLeftAlone(Kind kind) throws IOException {
        Path notes = Files.writeString(folder.resolve("notes.txt"), "kept");
        Path file = notes.resolve("run" + kind.extension());
        assertEquals("cannot write " + file + ": its folder is a file, not a folder", refusal(kind, file));
        assertEquals(List.of("notes.txt"), filesIn(folder));
        assertEquals("kept", Files.readString(notes));
    }

    /**
     * Permission bits do not stop root, and tests here run as root: a folder the process cannot write
     * to for all its rights is Linux's /sys, where no one may create a file. A read-only folder of our
     * own is tried too, where the permissions hold.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFolderNobodyMayWriteToIsNamed(Kind kind) throws IOException {
        List<Path> unwritable = new ArrayList<>();
        Path sys = Path.of("/sys");
        if (System.getProperty("os.name").startsWith("Linux") && Files.isDirectory(sys)) {
            unwritable.add(sys);
        }
        Path locked = Files.createDirectory(folder.resolve("locked"));
        if (Files.getFileStore(locked).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
            if (!Files.isWritable(locked)) {
                unwritable.add(locked);
            }
        }
        try {
            assumeTrue(!unwritable.isEmpty(), "no folder here refuses this process");
            for (Path readOnly : unwritable) {
                Path file = readOnly.resolve("golanes-test-run" + kind.extension());
                assertEquals("cannot write " + file + ": permission denied", refusal(kind, file));
                assertFalse(Files.exists(file));
            }
            assertEquals(List.of(), filesIn(locked));
        } finally {
            if (Files.getFileStore(locked).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aNameTooLongForTheSystemIsNamedAndNothingIsLeft(Kind kind) {
        Path file = folder.resolve("r".repeat(300) + kind.extension());
        assertEquals("cannot write " + file + ": File name too long", refusal(kind, file));
        assertEquals(List.of(), filesIn(folder));
    }

    /** The temporary file beside the target must not make a name the system allows too long. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void theLongestNameTheSystemAllowsIsWritten(Kind kind) throws ExportException {
        String name = "r".repeat(255 - kind.extension().length()) + kind.extension();
        kind.write(folder.resolve(name));
        assertEquals(List.of(name), filesIn(folder));
    }

    /**
     * A real full disk: a 256 KB tmpfs, filled up. Mounting needs root; where the test cannot mount
     * (a developer's own machine), it is skipped, and {@code ExportJobTest} still covers the message
     * with a writer that fails the way a full disk does.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFullDiskIsNamedAndTheOldFileStays(Kind kind) throws Exception {
        Path disk = Files.createDirectory(folder.resolve("small-disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=256k", "golanes-test", disk.toString()),
                "cannot mount a small disk here (needs root)");
        try {
            Path file = disk.resolve("run" + kind.extension());
            Files.writeString(file, "old");
            fill(disk.resolve("filler"));
            assertEquals("cannot write " + file + ": the disk is full", refusal(kind, file));
            assertEquals("old", Files.readString(file));
            assertEquals(List.of("filler", "run" + kind.extension()), filesIn(disk));
        } finally {
            if (!run("umount", disk.toString())) {
                run("umount", "-l", disk.toString());
            }
        }
    }

    /** One that did not fail: writing again over an earlier file replaces it whole. */
    @Test
    void writingOverAnEarlierFileReplacesItWhole() throws Exception {
        Path file = Files.writeString(folder.resolve("run.csv"), "old and longer than the new one ".repeat(100));
        Kind.CSV.write(file);
        assertEquals(CallsCsv.HEADER, Files.readAllLines(file).get(0));
        assertEquals(List.of("run.csv"), filesIn(folder));
    }

    private static String refusal(Kind kind, Path file) {
        return assertThrows(ExportException.class, () -> kind.write(file)).getMessage();
    }

    private static void fill(Path filler) {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (int i = 0; i < 1_000; i++) {
                out.write(block);
            }
            throw new AssertionError("a 256 KB disk took 4 MB");
        } catch (IOException full) {
            // Full.
        }
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> filesIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
