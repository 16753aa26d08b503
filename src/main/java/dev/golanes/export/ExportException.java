package dev.golanes.export;

import dev.golanes.i18n.Texts;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

/** An export or save that could not be written, with the reason in words a user can act on. */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the file could not be written; each has a message in the bundles ({@code export.error.*}). */
    public enum Reason {
        IS_DIRECTORY, NOT_REGULAR_FILE, LINK_LOOP, NO_FOLDER, FOLDER_IS_FILE, NOT_WRITABLE, READ_ONLY, DISK_FULL, TOO_BIG, OTHER
    }

    private final Reason reason;
    private final transient Path target;

    public ExportException(Reason reason, Path target, Throwable cause) {
        super(describe(Texts.forLocale(Locale.ENGLISH), reason, target, cause), cause);
        this.reason = reason;
        this.target = target;
    }

    public Reason reason() {
        return reason;
    }

    /** The message in the given language. */
    public String message(Texts texts) {
        return describe(texts, reason, target, getCause());
    }

    private static String describe(Texts texts, Reason reason, Path target, Throwable cause) {
        String detail = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
        if (cause instanceof FileSystemException system && system.getReason() != null) {
            // Its message repeats the paths, the temporary file's among them; the target is named already.
            detail = system.getReason();
        }
        return texts.format("export.error." + reason.name().toLowerCase(Locale.ROOT), String.valueOf(target), detail);
    }
}
