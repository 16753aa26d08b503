package dev.golanes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Go code stays readable on a projector in every theme: each colour of code text against each
 * background a code line can have (plain, where goroutines are, the selected goroutine's line and
 * the line with the bug) has a contrast of at least 4.5:1, the WCAG level for normal text.
 */
class CodeColoursTest {
    private static final List<String> TEXTS = List.of("-code-text", "-code-keyword", "-code-type", "-code-string",
            "-code-number", "-code-comment", "-code-call");
    private static final List<String> BACKGROUNDS = List.of("-code-background", "-code-active", "-code-selected",
            "-code-bug");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"light", "dark", "contrast"})
    void everyCodeColourIsReadableOnEveryLineBackground(String theme) throws IOException {
        Map<String, String> colours = colours("theme-" + theme + ".css");
        List<String> poor = new ArrayList<>();
        for (String background : BACKGROUNDS) {
            for (String text : TEXTS) {
                double ratio = contrast(colours.get(text), colours.get(background));
                if (ratio < 4.5) {
                    poor.add(String.format("%s on %s: %.1f", text, background, ratio));
                }
            }
        }
        assertEquals(List.of(), poor);
    }

    /**
     * The words on a lit button (the program shown, a pitfall shown) and the window's text on its
     * ground: 4.5:1 as well. White on the dark theme's light red pitfall button was 2.8:1.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"light", "dark", "contrast"})
    void theChromesWordsAreReadableOnTheirGround(String theme) throws IOException {
        Map<String, String> colours = allColours("theme-" + theme + ".css", "-[a-z-]+-color");
        List<String> poor = new ArrayList<>();
        for (String[] pair : new String[][] {{"-on-accent-color", "-accent-color"}, {"-on-lost-color", "-lane-lost-color"},
                {"-text-color", "-surface-color"}, {"-text-color", "-chrome-color"}, {"-muted-text-color", "-surface-color"}}) {
            double ratio = contrast(colours.get(pair[0]), colours.get(pair[1]));
            if (ratio < 4.5) {
                poor.add(String.format("%s on %s: %.1f", pair[0], pair[1], ratio));
            }
        }
        assertEquals(List.of(), poor);
    }

    /** The colours a theme names as #RRGGBB, by the names that match {@code names}. */
    private static Map<String, String> allColours(String file, String names) throws IOException {
        try (InputStream in = Themes.class.getResourceAsStream(file)) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> colours = new HashMap<>();
            Matcher m = Pattern.compile("(" + names + "):\\s*(#[0-9A-Fa-f]{6})\\s*;").matcher(css);
            while (m.find()) {
                colours.put(m.group(1), m.group(2));
            }
            return colours;
        }
    }

    private static Map<String, String> colours(String file) throws IOException {
        Map<String, String> colours = allColours(file, "-code-[a-z]+");
        for (List<String> names : List.of(TEXTS, BACKGROUNDS)) {
            for (String name : names) {
                if (!colours.containsKey(name)) {
                    throw new AssertionError(file + " has no " + name + " as #RRGGBB");
                }
            }
        }
        return colours;
    }

    /** WCAG 2 contrast ratio of two #RRGGBB colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
