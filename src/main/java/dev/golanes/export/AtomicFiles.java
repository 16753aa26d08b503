package dev.golanes.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Writes a file so that readers see either the old file or the whole new one: the content goes to a
 * temporary file beside the target, is forced to the disk, and the temporary file is then moved
 * over the target. On failure the temporary file is removed and the error says why in words a user
 * can act on.
 *
 * <p>A target that is a symbolic link is followed, as a shell's {@code >} follows it: the file it
 * points to is replaced (or created, when the link dangles) and the link stays a link, so a slide
 * deck that links to {@code run.png} sees the new picture. The temporary file goes beside the file
 * the link points to, where the move can be atomic, and an error names that file, where the problem
 * is. A target that exists but is not a regular file (a device, a pipe, a socket) is refused and
 * left alone: moving a file over it would put a plain file in its place. So is a file this process
 * may not write to (read-only), which the move would replace all the same.
 */
public final class AtomicFiles {
    /** Writes content through an output stream. */
    @FunctionalInterface
    public interface StreamContent {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes text content through a writer. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    private static final Random RANDOM = new SecureRandom();
    /**
     * The temporary files being written now. Ctrl-C (or a TERM) during a long export removes them, as a
     * failure does, so no hidden ".name.….part" is left beside the user's files. Best effort: a file
     * the writer creates after the JVM's shutdown has begun, or one a system will not delete while it
     * is open, stays; kill -9 runs nothing.
     */
    private static final Set<Path> UNFINISHED = ConcurrentHashMap.newKeySet();
    /** At most 4 bytes each in UTF-8: with the dot, the random part and ".part", well under 255 bytes. */
    private static final int TEMPORARY_NAME_CHARS = 40;
    /** Links followed before giving up, as Linux does ({@code MAXSYMLINKS}). */
    private static final int MAX_LINKS = 40;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deleteUnfinished, "golanes-unfinished-exports"));
    }

    private AtomicFiles() {
    }

    public static void writeText(Path target, TextContent content) throws ExportException {
        write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            content.writeTo(writer);
            writer.flush();
        });
    }

    public static void write(Path target, StreamContent content) throws ExportException {
        write(target, content, Files::isWritable);
    }

    /**
     * {@link #write(Path, StreamContent)}, asking {@code writable} whether the existing file may be
     * written to: root may write to any file, and tests run as root, so a test hands in the answer a
     * read-only file gets for a user.
     */
    static void write(Path target, StreamContent content, Predicate<Path> writable) throws ExportException {
        Path absolute = followLinks(target.toAbsolutePath());
        if (Files.isDirectory(absolute)) {
            throw new ExportException(ExportException.Reason.IS_DIRECTORY, absolute, null);
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new ExportException(ExportException.Reason.NOT_REGULAR_FILE, absolute, null);
        }
        if (Files.exists(absolute) && !writable.test(absolute)) {
            // Refused as a shell's > refuses it: a new file moved over a read-only one would go around its protection.
            // Last week's slide on a locked memory stick is not writable either: its disk is said to be read-only.
            throw new ExportException(onAReadOnlyDisk(absolute) ? ExportException.Reason.READ_ONLY
                    : ExportException.Reason.NOT_WRITABLE, absolute, null);
        }
        Path folder = absolute.getParent();
        if (folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ExportException(ExportException.Reason.FOLDER_IS_FILE, absolute, null);
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException(ExportException.Reason.NO_FOLDER, absolute, null);
        }
        Path temporary = null;
        Path part = null;
        try {
            temporary = folder.resolve("." + shortened(absolute.getFileName().toString()) + "."
                    + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
            // Not Files.createTempFile: its owner-only permissions would stay with the exported file, and a
            // picture made for a slide or a web page must be readable like any other file the user saves.
            Set<PosixFilePermission> permissions = permissionsOf(absolute);
            part = temporary;
            UNFINISHED.add(part);
            writeToDisk(temporary, content);
            if (permissions != null) {
                Files.setPosixFilePermissions(temporary, permissions);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
            forceFolder(folder);
        } catch (AccessDeniedException e) {
            throw new ExportException(ExportException.Reason.NOT_WRITABLE, absolute, e);
        } catch (NoSuchFileException e) {
            // A folder there that takes no new file (/proc answers so) is no missing folder.
            throw new ExportException(Files.isDirectory(folder) ? ExportException.Reason.NOT_WRITABLE
                    : ExportException.Reason.NO_FOLDER, absolute, e);
        } catch (FileSystemException e) {
            throw new ExportException(reasonOf(e), absolute, e);
        } catch (IOException e) {
            throw new ExportException(reasonOf(e), absolute, e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // Nothing more to do: the export already failed and says why.
                }
            }
            if (part != null) {
                UNFINISHED.remove(part);
            }
        }
    }

    /** Removes the temporary files of the exports under way: what the JVM's shutdown does. */
    static void deleteUnfinished() {
        for (Path temporary : UNFINISHED) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The JVM is ending: a file that cannot go stays, as it would have without this.
            }
        }
    }

    /**
     * The file a path names once its symbolic links are followed; the path itself when it is not a
     * link. A link's relative target is taken from the link's folder, as the system takes it.
     */
    private static Path followLinks(Path path) throws ExportException {
        Path file = path;
        for (int links = 0; links < MAX_LINKS && Files.isSymbolicLink(file); links++) {
            try {
                file = file.resolveSibling(Files.readSymbolicLink(file));
            } catch (IOException e) {
                throw new ExportException(reasonOf(e), path, e);
            }
        }
        if (Files.isSymbolicLink(file)) {
            throw new ExportException(ExportException.Reason.LINK_LOOP, path, null);
        }
        return file;
    }

    /**
     * Writes the content and forces it to the disk before the caller gives it the target's name: a
     * system may write the rename first, and a power cut in between would leave an empty file under
     * the real name.
     */
    private static void writeToDisk(Path temporary, StreamContent content) throws IOException {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            content.writeTo(Channels.newOutputStream(channel));
            channel.force(true);
        }
    }

    /**
     * The permissions of the file about to be replaced, for the new one: a picture the user shared
     * with their group stays shared after the next export. Null when there is no such file or the
     * system has no POSIX permissions (a new file gets the system's defaults, as a shell's gives).
     */
    private static Set<PosixFilePermission> permissionsOf(Path file) {
        try {
            return Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException | IOException e) {
            return null;
        }
    }

    /**
     * Forces the folder's entries to the disk, so the new name survives a power cut as surely as the
     * content does. Best effort: some systems (Windows) cannot open a folder this way, and the file
     * is already written and named.
     */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The export is done; only the extra guarantee is missing on this system.
        }
    }

    /**
     * The start of a file name, for the temporary file's: the whole name and the temporary's own
     * parts would pass the system's limit on a name (255 bytes) for names that are allowed.
     */
    private static String shortened(String name) {
        return name.codePoints().limit(TEMPORARY_NAME_CHARS)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Whether a file is on a disk mounted read-only (a locked memory stick). */
    private static boolean onAReadOnlyDisk(Path file) {
        try {
            return Files.getFileStore(file).isReadOnly();
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * Why a write failed, from the messages of the error and its causes: writers such as ImageIO
     * wrap the system's "No space left on device" in their own "I/O error writing PNG file!".
     */
    private static ExportException.Reason reasonOf(IOException e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null && messages.length() < 4096; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        String message = messages.toString().toLowerCase(java.util.Locale.ROOT);
        if (message.contains("no space") || message.contains("disk full") || message.contains("quota")) {
            return ExportException.Reason.DISK_FULL;
        }
        // A write-protected memory stick: "permission denied" sent the teacher to the file's permissions.
        if (message.contains("read-only file system")) {
            return ExportException.Reason.READ_ONLY;
        }
        if (message.contains("read-only") || message.contains("permission") || message.contains("denied")) {
            return ExportException.Reason.NOT_WRITABLE;
        }
        if (message.contains("is a directory")) {
            return ExportException.Reason.IS_DIRECTORY;
        }
        return ExportException.Reason.OTHER;
    }
}
