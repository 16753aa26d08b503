package dev.golanes.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The colour themes. Each is one stylesheet of looked-up colours ({@code theme-*.css}); the window
 * applies it, and exports made without a window read the same file for their palette, so a theme
 * has one definition.
 */
public enum Theme {
    /** The default, and the one for slides. */
    LIGHT("light"),
    /** For dim rooms. */
    DARK("dark"),
    /** Black, white and saturated colours, for washed-out projectors and low vision. */
    CONTRAST("contrast");

    private static final Pattern VARIABLE = Pattern.compile("(-[a-z-]+)\\s*:\\s*(#[0-9A-Fa-f]{6})\\s*;");

    private final String id;

    Theme(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The stylesheet's resource path. */
    public String stylesheet() {
        return "/dev/golanes/ui/theme-" + id + ".css";
    }

    public static String allIds() {
        return Arrays.stream(values()).map(Theme::id).collect(Collectors.joining(", "));
    }

    /** The theme with this id, or null. */
    public static Theme byId(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Theme theme : values()) {
            if (theme.id.equals(wanted)) {
                return theme;
            }
        }
        return null;
    }

    /** The timeline's colours, read from the theme's stylesheet. */
    public Palette palette() {
        Map<String, Integer> colours = variables();
        return new Palette(colours.get("-surface-color"), colours.get("-surface-alt-color"), colours.get("-border-color"),
                colours.get("-text-color"), colours.get("-muted-text-color"), colours.get("-lane-sleep-color"),
                colours.get("-lane-lock-wait-color"), colours.get("-lane-lock-held-color"),
                colours.get("-lane-wg-wait-color"), colours.get("-lane-call-color"), colours.get("-lane-done-color"),
                colours.get("-playhead-color"), colours.get("-accent-color"), colours.get("-lane-append-color"),
                colours.get("-lane-lost-color"));
    }

    /** Every {@code -name: #rrggbb;} the stylesheet defines, as opaque ARGB. */
    Map<String, Integer> variables() {
        try (InputStream in = Theme.class.getResourceAsStream(stylesheet())) {
            if (in == null) {
                throw new IllegalStateException("missing stylesheet " + stylesheet());
            }
            Matcher m = VARIABLE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, Integer> colours = new HashMap<>();
            while (m.find()) {
                colours.putIfAbsent(m.group(1), 0xFF000000 | Integer.parseInt(m.group(2).substring(1), 16));
            }
            return colours;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
