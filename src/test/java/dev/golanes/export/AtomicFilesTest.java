package dev.golanes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.golanes.i18n.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers see the old file or the whole new one, and a failed write leaves no temporary file. */
class AtomicFilesTest {
    @TempDir
    Path folder;

    @Test
    void writesTheWholeText() throws Exception {
        Path file = folder.resolve("a.txt");
        AtomicFiles.writeText(file, out -> out.write("héllo µs\n"));
        assertEquals("héllo µs\n", Files.readString(file));
        assertEquals(List.of("a.txt"), filesIn(folder));
    }

    @Test
    void failedWriteKeepsTheOldFileAndRemovesTheTemporaryOne() throws Exception {
        Path file = Files.writeString(folder.resolve("a.txt"), "old");
        ExportException e = assertThrows(ExportException.class, () -> AtomicFiles.writeText(file, out -> {
            out.write("half");
            throw new IOException("the source broke");
        }));
        assertEquals(ExportException.Reason.OTHER, e.reason());
        assertEquals("cannot write " + file + ": the source broke", e.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("a.txt"), filesIn(folder));
    }

    /**
     * Ctrl-C during a long export: the JVM's shutdown removes the temporary file being written, which
     * was left beside the user's files as ".name.….part". Here the shutdown's step is taken mid-write.
     */
    @Test
    void theShutdownRemovesAnExportUnderWay() throws Exception {
        Path file = Files.writeString(folder.resolve("a.png"), "old");
        List<List<String>> seen = new java.util.ArrayList<>();
        // The write cannot finish once its file is gone; the JVM would be ending by then anyway.
        assertThrows(ExportException.class, () -> AtomicFiles.writeText(file, out -> {
            out.write("half");
            out.flush();
            seen.add(filesIn(folder));
            AtomicFiles.deleteUnfinished();
            seen.add(filesIn(folder));
        }));
        assertEquals(2, seen.get(0).size(), "the temporary file beside the old one: " + seen.get(0));
        assertTrue(seen.get(0).get(0).matches("\\.a\\.png\\..+\\.part"), seen.get(0).get(0));
        assertEquals(List.of("a.png"), seen.get(1), "the temporary file is gone");
        assertEquals("old", Files.readString(file));
    }

    @Test
    void replacingAFileKeepsItsPermissions() throws Exception {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        Path file = Files.writeString(folder.resolve("a.svg"), "old");
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw----");
        Files.setPosixFilePermissions(file, shared);
        AtomicFiles.writeText(file, out -> out.write("new"));
        assertEquals("new", Files.readString(file));
        assertEquals(shared, Files.getPosixFilePermissions(file));
    }

    @Test
    void folderAsTargetIsRefused() throws Exception {
        ExportException e = assertThrows(ExportException.class, () -> AtomicFiles.writeText(folder, out -> out.write("x")));
        assertEquals(ExportException.Reason.IS_DIRECTORY, e.reason());
        assertEquals(List.of(), filesIn(folder));
    }

    @Test
    void missingFolderIsNamedInTheUsersLanguage() {
        Path file = folder.resolve("nope").resolve("a.txt");
        ExportException e = assertThrows(ExportException.class, () -> AtomicFiles.writeText(file, out -> out.write("x")));
        assertEquals(ExportException.Reason.NO_FOLDER, e.reason());
        assertEquals("cannot write " + file + ": its folder does not exist", e.getMessage());
        assertEquals("tidak bisa menulis " + file + ": foldernya tidak ada", e.message(Texts.forLocale(Locale.forLanguageTag("id"))));
    }

    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
