package dev.golanes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.golanes.engine.Simulator;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.scenario.ScenarioFile;
import dev.golanes.trace.Trace;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
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
 * too long for the system, a full disk, and a pipe or a socket where the file should be each give
 * a message that says so, and leave no {@code .part} file and no changed file behind. A symbolic
 * link is followed: the file it points to gets the content, and the link stays a link.
 */
class AtomicWritesTest {
    private static final Texts ENGLISH = Texts.forLocale(Locale.ENGLISH);
    private static final Trace MUTEX = Simulator.run(Scenario.defaults(Mode.MUTEX, 42));

    @TempDir
    Path folder;
    /** For files that must not show up in {@link #folder}. */
    @TempDir
    Path elsewhere;

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
     * to for all its rights is Linux's /sys or /proc, where no one may create a file. A read-only folder of our
     * own is tried too, where the permissions hold.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFolderNobodyMayWriteToIsNamed(Kind kind) throws IOException {
        List<Path> unwritable = new ArrayList<>();
        // /proc refuses a new file as "no such file", which was told as a missing folder.
        for (Path system : List.of(Path.of("/sys"), Path.of("/proc"))) {
            if (System.getProperty("os.name").startsWith("Linux") && Files.isDirectory(system)) {
                unwritable.add(system);
            }
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

    /**
     * A read-only file is refused and kept, as a shell's > refuses it. Root writes to it all the same,
     * so under root (as these tests usually run) there is nothing to check.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void aReadOnlyFileIsRefusedAndKept(Kind kind) throws IOException {
        Path file = Files.writeString(folder.resolve("kept" + kind.extension()), "kept");
        assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"), "no permission bits here");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assumeTrue(!Files.isWritable(file), "this process writes to read-only files (root)");
        assertEquals("cannot write " + file + ": permission denied", refusal(kind, file));
        assertEquals("kept", Files.readString(file));
        assertEquals(List.of(file.getFileName().toString()), filesIn(folder));
    }

    /**
     * The refusal above, where the process may write anywhere: the test above skips under root, as CI
     * runs, so a guard that stopped refusing passed unseen there. Here the file is read-only to this
     * process because the check says so, and it must be refused before a byte is written, and kept.
     */
    @Test
    void aFileTheProcessMayNotWriteToIsRefusedAndKeptEvenUnderRoot() throws IOException {
        Path file = Files.writeString(folder.resolve("kept.csv"), "kept");
        boolean[] written = new boolean[1];
        ExportException refused = assertThrows(ExportException.class, () -> AtomicFiles.write(file, out -> {
            written[0] = true;
            out.write(new byte[] {'n', 'e', 'w'});
        }, path -> !path.equals(file)));
        assertEquals(ExportException.Reason.NOT_WRITABLE, refused.reason());
        assertEquals("cannot write " + file + ": permission denied", refused.getMessage());
        assertFalse(written[0], "the content was written before the refusal");
        assertEquals("kept", Files.readString(file));
        assertEquals(List.of("kept.csv"), filesIn(folder));
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
        onASmallDisk("small-disk", disk -> {
            Path file = disk.resolve("run" + kind.extension());
            Files.writeString(file, "old");
            fill(disk.resolve("filler"));
            assertEquals("cannot write " + file + ": the disk is full", refusal(kind, file));
            assertEquals("old", Files.readString(file));
            assertEquals(List.of("filler", "run" + kind.extension()), filesIn(disk));
        });
    }

    /**
     * A locked memory stick: a tmpfs mounted again read-only. A new file and last week's both say the
     * disk is read-only; "permission denied" sent the teacher to the file's permissions. Skipped where
     * the test cannot mount (see {@link #onASmallDisk}); {@code ExportJobTest} covers the message for a new file.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void aReadOnlyDiskIsNamedForANewFileAndAnOldOne(Kind kind) throws Exception {
        onASmallDisk("locked-stick", disk -> {
            Path old = disk.resolve("last-week" + kind.extension());
            Files.writeString(old, "old");
            assumeTrue(run("mount", "-o", "remount,ro", disk.toString()), "cannot mount it again read-only");
            String readOnly = ": its disk is read-only (a locked memory stick, or a disk mounted so)";
            assertEquals("cannot write " + old + readOnly, refusal(kind, old));
            Path fresh = disk.resolve("this-week" + kind.extension());
            assertEquals("cannot write " + fresh + readOnly, refusal(kind, fresh));
            assertEquals("old", Files.readString(old));
        });
    }

    /** What a test does on a disk of its own. */
    private interface OnDisk {
        void run(Path disk) throws Exception;
    }

    /**
     * Runs {@code test} on a 256 KB tmpfs mounted at {@code name} in the test's folder, unmounted after.
     * Mounting needs root: where the test cannot mount (a developer's own machine), it is skipped.
     */
    private void onASmallDisk(String name, OnDisk test) throws Exception {
        Path disk = Files.createDirectory(folder.resolve(name));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=256k", "golanes-test", disk.toString()),
                "cannot mount a small disk here (needs root)");
        try {
            test.run(disk);
        } finally {
            if (!run("umount", disk.toString())) {
                run("umount", "-l", disk.toString());
            }
        }
    }

    /**
     * A named pipe where the file should be: moving a file over it would replace the pipe with a
     * plain file (and opening it to write would wait for a reader forever). Refused, and left a pipe.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPipeIsRefusedAndLeftAPipe(Kind kind) throws Exception {
        Path pipe = folder.resolve("run" + kind.extension());
        assumeTrue(run("mkfifo", pipe.toString()), "no mkfifo here");
        assertEquals("cannot write " + pipe + ": it is a device, a pipe or a socket, not a file; give a file name",
                refusal(kind, pipe));
        assertTrue(isOther(pipe), "still a pipe");
        assertEquals(List.of("run" + kind.extension()), filesIn(folder));
    }

    @Test
    void aSocketIsRefusedAndLeftASocket() throws IOException {
        Path socket = folder.resolve("run.csv");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            assertEquals("cannot write " + socket + ": it is a device, a pipe or a socket, not a file; give a file name",
                    refusal(Kind.CSV, socket));
            assertTrue(isOther(socket), "still a socket");
            assertEquals(List.of("run.csv"), filesIn(folder));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aLinkIsFollowedAndStaysALink(Kind kind) throws Exception {
        Path real = Files.writeString(folder.resolve("real" + kind.extension()), "old");
        Path link = symlink(folder.resolve("run" + kind.extension()), Path.of(real.getFileName().toString()));
        kind.write(link);
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals(real.getFileName(), Files.readSymbolicLink(link));
        assertWrittenAs(kind, real);
        assertEquals(List.of("real" + kind.extension(), "run" + kind.extension()), filesIn(folder));
    }

    /** The temporary file goes beside the file the link points to, where the move is atomic. */
    @Test
    void aLinkIntoAnotherFolderWritesThereAndLeavesNoTemporaryFile() throws Exception {
        Path slides = Files.createDirectory(folder.resolve("slides"));
        Path pictures = Files.createDirectory(folder.resolve("pictures"));
        Files.writeString(pictures.resolve("run.png"), "old");
        Path link = symlink(slides.resolve("run.png"), Path.of("..", "pictures", "run.png"));
        Kind.PNG.write(link);
        assertTrue(Files.isSymbolicLink(link));
        assertWrittenAs(Kind.PNG, pictures.resolve("run.png"));
        assertEquals(List.of("run.png"), filesIn(slides));
        assertEquals(List.of("run.png"), filesIn(pictures));
    }

    /** As a shell's {@code >} does: a link to a file not there yet creates that file. */
    @Test
    void aDanglingLinkCreatesTheFileItPointsTo() throws Exception {
        Path link = symlink(folder.resolve("run.json"), Path.of("later.json"));
        Kind.JSON.write(link);
        assertTrue(Files.isSymbolicLink(link));
        assertWrittenAs(Kind.JSON, folder.resolve("later.json"));
        assertEquals(List.of("later.json", "run.json"), filesIn(folder));
    }

    @Test
    void aLinkToAPipeIsRefusedNamingThePipe() throws Exception {
        Path pipe = folder.resolve("pipe");
        assumeTrue(run("mkfifo", pipe.toString()), "no mkfifo here");
        Path link = symlink(folder.resolve("run.csv"), pipe);
        assertEquals("cannot write " + pipe + ": it is a device, a pipe or a socket, not a file; give a file name",
                refusal(Kind.CSV, link));
        assertTrue(Files.isSymbolicLink(link) && isOther(pipe));
        assertEquals(List.of("pipe", "run.csv"), filesIn(folder));
    }

    @Test
    void linksInACircleAreRefused() throws Exception {
        Path first = symlink(folder.resolve("run.csv"), Path.of("other.csv"));
        symlink(folder.resolve("other.csv"), Path.of("run.csv"));
        assertEquals("cannot write " + first + ": its symbolic links lead round in a circle", refusal(Kind.CSV, first));
        assertEquals(List.of("other.csv", "run.csv"), filesIn(folder));
        assertTrue(Files.isSymbolicLink(first));
    }

    /**
     * The content reaches the disk before the file takes the target's name, or a power cut could
     * leave an empty file under that name: an export watched by strace syncs its temporary file
     * before it renames it. Skipped where strace cannot run.
     */
    @Test
    void theContentIsOnTheDiskBeforeItTakesItsName() throws Exception {
        Path calls = folder.resolve("calls.txt");
        assumeTrue(run("strace", "-o", calls.toString(), "true"), "no strace here");
        String modulePath = System.getProperty("jdk.module.path");
        assertNotNull(modulePath, "the tests run on the module path");
        Path file = folder.toRealPath().resolve("run.csv");
        assertTrue(run("strace", "-f", "-y", "-e", "trace=fsync,fdatasync,rename,renameat,renameat2",
                "-e", "signal=none", "-o", calls.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--module-path", modulePath,
                "--module", "dev.golanes/dev.golanes.Main", "export", "--format", "csv", "--seed", "1", "--out", file.toString()));
        List<String> syscalls = Files.readAllLines(calls);
        int synced = indexOf(syscalls, "(fsync|fdatasync)\\(\\d+<" + Pattern.quote(file.getParent() + "/.run.csv.") + "[0-9a-z]+\\.part>\\).*");
        int renamed = indexOf(syscalls, "rename.*\\.run\\.csv\\.[0-9a-z]+\\.part\".*" + Pattern.quote("\"" + file + "\"") + ".*= 0");
        assertTrue(synced >= 0 && renamed > synced, "synced at " + synced + ", renamed at " + renamed + ": " + syscalls);
        assertEquals(CallsCsv.HEADER, Files.readAllLines(file).get(0));
    }

    /** One that did not fail: writing again over an earlier file replaces it whole. */
    @Test
    void writingOverAnEarlierFileReplacesItWhole() throws Exception {
        Path file = Files.writeString(folder.resolve("run.csv"), "old and longer than the new one ".repeat(100));
        Kind.CSV.write(file);
        assertEquals(CallsCsv.HEADER, Files.readAllLines(file).get(0));
        assertEquals(List.of("run.csv"), filesIn(folder));
    }

    /** The file holds exactly what the same export writes to a plain file. */
    private void assertWrittenAs(Kind kind, Path file) throws Exception {
        Path plain = elsewhere.resolve("plain" + kind.extension());
        kind.write(plain);
        assertEquals(-1, Files.mismatch(plain, file), file + " holds the export");
    }

    private static Path symlink(Path link, Path to) {
        try {
            return Files.createSymbolicLink(link, to);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "cannot make a symbolic link here: " + e);
            return link;
        }
    }

    /** Neither a file, a folder nor a link: a pipe, a socket or a device. */
    private static boolean isOther(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther();
    }

    private static int indexOf(List<String> lines, String regex) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches(".*?" + regex)) {
                return i;
            }
        }
        return -1;
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
