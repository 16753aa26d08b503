package dev.golanes.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The file formats GoLanes exports: the timeline as a picture, or the run as data. */
public enum ExportFormat {
    PNG, SVG, JSON, CSV;

    /** The name on the command line, which is also the file extension: {@code png}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is a picture of the timeline (at a moment, with a size) rather than the whole run as data. */
    public boolean isPicture() {
        return this == PNG || this == SVG;
    }

    /** Every format's id, comma-separated, for messages. */
    public static String allIds() {
        return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
    }

    /** The format named on the command line ({@code png}, {@code SVG}), if any. */
    public static Optional<ExportFormat> byId(String text) {
        String id = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst();
    }

    /** The format a file name's extension names ({@code slide.PNG}), if any. */
    public static Optional<ExportFormat> ofFileName(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : byId(name.substring(dot + 1));
    }
}
