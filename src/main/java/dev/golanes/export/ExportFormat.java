package dev.golanes.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats {@code golanes export} writes. */
public enum ExportFormat {
    JSON, CSV;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static String allIds() {
        return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
    }
}
