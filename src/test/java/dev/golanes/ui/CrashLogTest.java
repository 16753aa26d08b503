package dev.golanes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash log lives where each system keeps an application's logs, stays under a megabyte with
 * one older file beside it, and writing it never throws. Everything here is in a temporary folder,
 * never the real home.
 */
class CrashLogTest {
    @TempDir
    Path folder;

    @Test
    void onLinuxItIsInTheXdgStateHome() {
        assertEquals(Path.of("/srv/state/golanes/golanes.log"),
                CrashLog.location("Linux", Map.of("XDG_STATE_HOME", "/srv/state")::get, "/home/ana"));
    }

    @Test
    void onLinuxWithoutAnXdgStateHomeItIsUnderLocalState() {
        assertEquals(Path.of("/home/ana/.local/state/golanes/golanes.log"),
                CrashLog.location("Linux", Map.<String, String>of()::get, "/home/ana"));
    }

    /** The XDG rules say a relative path there is to be ignored. */
    @Test
    void aRelativeXdgStateHomeIsIgnored() {
        assertEquals(Path.of("/home/ana/.local/state/golanes/golanes.log"),
                CrashLog.location("Linux", Map.of("XDG_STATE_HOME", "state")::get, "/home/ana"));
    }

    @Test
    void onMacOsItIsInTheUsersLogs() {
        assertEquals(Path.of("/Users/ana/Library/Logs/GoLanes/golanes.log"),
                CrashLog.location("Mac OS X", Map.of("XDG_STATE_HOME", "/srv/state")::get, "/Users/ana"));
    }

    @Test
    void onWindowsItIsInTheLocalAppData() {
        assertEquals(Path.of("/Users/ana/AppData/Local/GoLanes/golanes.log"),
                CrashLog.location("Windows 11", Map.of("LOCALAPPDATA", "/Users/ana/AppData/Local")::get, "/elsewhere"));
        assertEquals(Path.of("/Users/ana/AppData/Local/GoLanes/golanes.log"),
                CrashLog.location("Windows 11", Map.<String, String>of()::get, "/Users/ana"));
    }

    @Test
    void withoutAHomeThereIsNoLog() {
        assertNull(CrashLog.location("Linux", Map.<String, String>of()::get, null));
        assertNull(CrashLog.location("Linux", Map.<String, String>of()::get, "?"));
        CrashLog none = new CrashLog(null);
        assertFalse(none.append("report\n"));
        assertEquals(Optional.empty(), none.file());
    }

    @Test
    void reportsAreAppendedInTheirOwnFolder() throws IOException {
        Path file = folder.resolve("state").resolve("golanes").resolve("golanes.log");
        CrashLog log = new CrashLog(file);
        assertTrue(log.append("first\n"));
        assertTrue(log.append("second\n"));
        assertEquals("first\nsecond\n", Files.readString(file));
    }

    @Test
    void aReportThatWouldPassAMegabyteMovesTheLogAsideFirst() throws IOException {
        Path file = folder.resolve("golanes.log");
        Path older = folder.resolve("golanes.log.1");
        Files.writeString(older, "the oldest reports");
        String full = "x".repeat((int) CrashLog.LIMIT_BYTES - 10) + "\n";
        Files.writeString(file, full);
        CrashLog log = new CrashLog(file);

        assertTrue(log.append("1234567\n"), "a report that still fits");
        assertEquals(CrashLog.LIMIT_BYTES - 1, Files.size(file));
        assertTrue(log.append("the next report\n"));
        assertEquals("the next report\n", Files.readString(file));
        assertEquals(full + "1234567\n", Files.readString(older, StandardCharsets.UTF_8), "one older file, replaced");
    }

    /** Root may write anywhere, so the folder that cannot be made is one whose parent is a file. */
    @Test
    void aLogThatCannotBeWrittenIsSkippedWithoutAnError() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("home"), "a file");
        CrashLog log = new CrashLog(notAFolder.resolve(".local").resolve("state").resolve("golanes.log"));
        assertFalse(log.append("report\n"));
        assertEquals("a file", Files.readString(notAFolder));
    }
}
