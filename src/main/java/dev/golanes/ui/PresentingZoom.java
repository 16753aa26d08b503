package dev.golanes.ui;

import dev.golanes.playback.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Presentation mode is laid out for a 1280 x 720 projector, the smallest it is checked at. On a
 * larger screen (1920 x 1080, most projectors and TVs) it stayed the same size in pixels, so
 * two-thirds as large to the back of the room. It now grows with the screen, all of it together: the
 * style sheet's presenting type sizes by a style sheet of its own made from them, and the views that
 * draw (the timeline, the comparison) by the zoom. The usual window keeps its size: the teacher
 * chooses it, and the system's scale sets its type.
 */
final class PresentingZoom {
    /** The screen presentation mode is laid out for. */
    static final double WIDTH = 1280;
    static final double HEIGHT = 720;
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern TYPE = Pattern.compile("-fx-font-size:\\s*([0-9.]+)px");

    private PresentingZoom() {
    }

    /** The style sheet's presenting rules, read the first time a screen larger than 1280 x 720 presents. */
    private static final class Rules {
        static final String PRESENTING = presentingRules();
    }

    /** How much larger than at 1280 x 720 a window of {@code width} x {@code height} presents: never less than 1. */
    static double of(double width, double height) {
        return Math.max(1, Math.min(width / WIDTH, height / HEIGHT));
    }

    /**
     * The style sheet's rules for presentation mode (those whose selector names {@code .presenting}),
     * each type size in pixels times {@code zoom}, as a style sheet's address; none at 1.
     */
    static String stylesheet(double zoom) {
        if (zoom <= 1) {
            return null;
        }
        Matcher size = TYPE.matcher(Rules.PRESENTING);
        StringBuilder css = new StringBuilder();
        while (size.find()) {
            size.appendReplacement(css, String.format(Locale.ROOT, "-fx-font-size: %.2fpx", Double.parseDouble(size.group(1)) * zoom));
        }
        size.appendTail(css);
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Each rule of golanes.css whose selector names .presenting, with only its type size. */
    static String presentingRules(String css) {
        String plain = css.replaceAll("(?s)/\\*.*?\\*/", "");
        StringBuilder rules = new StringBuilder();
        Matcher rule = RULE.matcher(plain);
        while (rule.find()) {
            String selector = rule.group(1).trim();
            Matcher size = TYPE.matcher(rule.group(2));
            if (selector.contains(".presenting") && size.find()) {
                rules.append(selector).append(" { ").append(size.group()).append("; }\n");
            }
        }
        return rules.toString();
    }

    private static String presentingRules() {
        try (InputStream in = PresentingZoom.class.getResourceAsStream("golanes.css")) {
            return presentingRules(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives {@code root} the style sheet of presentation mode at {@code zoom}, in place of the one it had. */
    static void apply(Parent root, double zoom) {
        root.getStylesheets().removeIf(sheet -> sheet.startsWith("data:"));
        String sheet = stylesheet(zoom);
        if (sheet != null) {
            root.getStylesheets().add(sheet);
        }
    }

    /**
     * Follows the session's presentation mode on the main window's {@code scene}: its root takes the
     * {@code presenting} style and, on a screen larger than 1280 x 720, the larger type, and the
     * session the zoom the timeline draws with. Not presenting, the zoom is 1.
     */
    static void follow(Scene scene, Session session) {
        Runnable update = () -> {
            boolean presenting = session.presentingProperty().get();
            Parent root = scene.getRoot();
            if (presenting && !root.getStyleClass().contains("presenting")) {
                root.getStyleClass().add("presenting");
            } else if (!presenting) {
                root.getStyleClass().remove("presenting");
            }
            double zoom = presenting ? of(scene.getWidth(), scene.getHeight()) : 1;
            if (zoom != session.presentingZoomProperty().get()) {
                apply(root, zoom);
                session.presentingZoomProperty().set(zoom);
            }
        };
        session.presentingProperty().addListener(obs -> update.run());
        scene.widthProperty().addListener(obs -> update.run());
        scene.heightProperty().addListener(obs -> update.run());
        update.run();
    }
}
