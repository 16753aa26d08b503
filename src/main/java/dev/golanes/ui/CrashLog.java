package dev.golanes.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The file every crash report is appended to, so that a report survives a window that closed (or
 * never opened) and a teacher can send it after class. It lives where the system keeps an
 * application's logs: {@code $XDG_STATE_HOME/golanes/golanes.log} (or
 * {@code ~/.local/state/golanes/golanes.log}) on Linux, {@code ~/Library/Logs/GoLanes/golanes.log} on
 * macOS, {@code %LOCALAPPDATA%\GoLanes\golanes.log} on Windows. It stays small: a report that would
 * take it past {@link #LIMIT_BYTES} first moves it to {@code golanes.log.1}, replacing an older one.
 * Writing never throws: a home nobody may write to means no file, not a second failure.
 */
final class CrashLog {
    /** The most a log grows to before it is moved aside. */
    static final long LIMIT_BYTES = 1 << 20;
    private static final String NAME = "golanes.log";

    private final Path file;

    /** A log in this file; null for no file at all. */
    CrashLog(Path file) {
        this.file = file;
    }

    /** The log where this system keeps it, for this user. */
    static CrashLog forThisSystem() {
        return new CrashLog(location(System.getProperty("os.name", ""), System::getenv, System.getProperty("user.home")));
    }

    /**
     * Where the log goes on a system, from its environment and the user's home; null when there is
     * no home to put it in.
     */
    static Path location(String osName, UnaryOperator<String> environment, String home) {
        try {
            if (osName.startsWith("Windows")) {
                String local = environment.apply("LOCALAPPDATA");
                Path folder = isSet(local) ? Path.of(local) : homeFolder(home, "AppData", "Local");
                return folder == null ? null : folder.resolve("GoLanes").resolve(NAME);
            }
            if (osName.startsWith("Mac")) {
                Path folder = homeFolder(home, "Library", "Logs");
                return folder == null ? null : folder.resolve("GoLanes").resolve(NAME);
            }
            // The XDG base directory rules: a relative XDG_STATE_HOME is to be ignored.
            String state = environment.apply("XDG_STATE_HOME");
            Path folder = isSet(state) && Path.of(state).isAbsolute() ? Path.of(state) : homeFolder(home, ".local", "state");
            return folder == null ? null : folder.resolve("golanes").resolve(NAME);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static Path homeFolder(String home, String first, String second) {
        return isSet(home) && !home.equals("?") ? Path.of(home, first, second) : null;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    /** The log file, when there is one. */
    Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Appends a report; true when it was written, false (and nothing thrown) when it could not be. */
    synchronized boolean append(String report) {
        if (file == null) {
            return false;
        }
        byte[] bytes = report.getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.getParent());
            if (Files.isRegularFile(file) && Files.size(file) + bytes.length > LIMIT_BYTES) {
                Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
