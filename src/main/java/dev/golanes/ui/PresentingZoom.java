package dev.golanes.ui;

import dev.golanes.playback.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Presentation mode is laid out for a 1280 x 720 projector, the smallest it is checked at. On a
 * larger screen (1920 x 1080, most projectors and TVs) it stayed the same size in pixels, so
 * two-thirds as large to the back of the room. It now grows with the screen, all of it together: the
 * style sheet's px sizes (type, padding, gaps, widths) by a style sheet of presentation mode made from
 * them, and the views that draw (the timeline, the comparison) by the zoom. The usual window keeps its size (the teacher
 * chooses it, and the system's scale sets its type), except in a window too small for it, where it is drawn
 * smaller in the same way (see {@link #usual}).
 */
final class PresentingZoom {
    /** The screen presentation mode is laid out for. */
    static final double WIDTH = 1280;
    static final double HEIGHT = 720;
    /** The narrowest screen presentation mode is laid out for at its usual size (a 1024 x 768 projector). */
    static final double SMALLEST_WIDTH = 1024;
    /** The least presentation mode is made smaller (an 800 x 600 screen is 0.78). */
    static final double SMALLEST_ZOOM = 0.75;
    /**
     * The least the usual window is made smaller: a window on half a 1366 x 768 laptop (683 wide) is
     * 0.66, its usual 15 px type 10 px, as on the screens of 1024 it is laid out for. At 0.75 it still
     * scrolled there, the Menu and the side panel's right edge cut off.
     */
    static final double SMALLEST_USUAL_ZOOM = 0.66;
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    /** A length in px: a plain number, or one with {@code px} (em and % grow with the type already). */
    private static final Pattern LENGTHS = Pattern.compile("(-?[0-9]+(\\.[0-9]+)?(px)?\\s*)+");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    /** The properties that size a box or its type, whose px lengths grow with the zoom. */
    private static final Set<String> SIZES = Set.of("-fx-font-size", "-fx-padding", "-fx-spacing", "-fx-hgap", "-fx-vgap",
            "-fx-min-width", "-fx-pref-width", "-fx-max-width", "-fx-min-height", "-fx-pref-height", "-fx-max-height");

    private PresentingZoom() {
    }

    /** The style sheet's rules as presentation mode grows them, read the first time a screen presents at another size than 1280 x 720. */
    private static final class Rules {
        static final String ZOOMABLE = zoomableRules(read());
    }

    /** The style sheet's rules of the usual window, as it shrinks them: see {@link #usual}. */
    private static final class UsualRules {
        static final String ZOOMABLE = shrinkableRules(read());
    }

    /** The usual window's style class while it is made smaller (see {@link #usual}). */
    static final String SHRUNK = "shrunk";

    /**
     * How much larger than at 1280 x 720 a window of {@code width} x {@code height} presents. Below
     * the smallest screens it is laid out for, 1024 wide or 720 high (an old 800 x 600 projector), it
     * is smaller by as much, so the window is laid out as on those and nothing is cut off; but never
     * below {@link #SMALLEST_ZOOM}, where the main window's larger type would be smaller than its usual
     * type (the comparison's, a fifth larger, is a little smaller there: 0.94 of it at 800 x 600).
     */
    static double of(double width, double height) {
        if (width <= 0 || height <= 0) {
            // A scene not laid out yet.
            return 1;
        }
        double below = Math.min(width / SMALLEST_WIDTH, height / HEIGHT);
        return below < 1 ? Math.max(SMALLEST_ZOOM, below) : Math.max(1, Math.min(width / WIDTH, height / HEIGHT));
    }

    /**
     * The least height the usual window is laid out for: a window maximised on a 1280 x 720 projector
     * or a 1366 x 768 laptop (650 to 700 under its title bar and the taskbar) keeps its usual size.
     */
    static final double USUAL_LEAST_HEIGHT = 600;

    /**
     * How much smaller the usual window is drawn in a scene of {@code width} x {@code height}: narrower
     * than 1024 or lower than {@link #USUAL_LEAST_HEIGHT} (an old 800 x 600 projector, a window put on
     * half a small screen), by as much, never below {@link #SMALLEST_USUAL_ZOOM}, in steps of 0.02 (a window
     * dragged to another size is styled again at each step, not at each pixel); else 1. At 800 x 600 it
     * scrolled: the Play button and the Menu were cut off, the play bar's time broke over two lines, and
     * two lanes of five showed.
     */
    static double usual(double width, double height) {
        if (width <= 0 || height <= 0) {
            return 1;
        }
        double below = Math.min(width / SMALLEST_WIDTH, height / USUAL_LEAST_HEIGHT);
        return below < 1 ? Math.max(SMALLEST_USUAL_ZOOM, Math.floor(below * 50) / 50) : 1;
    }

    /**
     * Presentation mode's style sheet at {@code zoom}, as a style sheet's address; none at 1. Every px
     * size of golanes.css (type, padding, gaps, widths) times {@code zoom}, in presentation mode: the
     * buttons' padding grew with their type, or the toolbar's Pitfalls stood taller than the programs.
     */
    static String stylesheet(double zoom) {
        return zoom == 1 ? null : scaled(Rules.ZOOMABLE, zoom);
    }

    /** The usual window's style sheet at {@code zoom} below 1 (see {@link #usual}); none at 1. */
    static String usualStylesheet(double zoom) {
        return zoom == 1 ? null : scaled(UsualRules.ZOOMABLE, zoom);
    }

    private static String scaled(String rules, double zoom) {
        Matcher number = NUMBER.matcher(rules);
        StringBuilder css = new StringBuilder();
        while (number.find()) {
            number.appendReplacement(css, String.format(Locale.ROOT, "%.2f", Double.parseDouble(number.group()) * zoom));
        }
        number.appendTail(css);
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Each rule of {@code css} with a px size, in presentation mode ({@code .presenting} on the root, or
     * above), with only those sizes: {@code .toolbar { -fx-padding: 10 16; -fx-alignment: center; }}
     * becomes {@code .presenting .toolbar { -fx-padding: 10 16; }}. A rule of presentation mode's own
     * keeps its selector. The selectors hold no digits, so the sizes are the only numbers.
     */
    static String zoomableRules(String css) {
        return sizeRules(css, false);
    }

    /**
     * Each rule of {@code css} with a px size that is not presentation mode's, for the usual window made
     * smaller ({@code .shrunk} on the root): {@code .toolbar { -fx-padding: 10 16; }} becomes
     * {@code .shrunk .toolbar { -fx-padding: 10 16; }}.
     */
    static String shrinkableRules(String css) {
        return sizeRules(css, true);
    }

    private static String sizeRules(String css, boolean usual) {
        String plain = css.replaceAll("(?s)/\\*.*?\\*/", "");
        StringBuilder rules = new StringBuilder();
        Matcher rule = RULE.matcher(plain);
        while (rule.find()) {
            StringBuilder sizes = new StringBuilder();
            for (String declaration : rule.group(2).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0 && SIZES.contains(declaration.substring(0, colon).trim())
                        && LENGTHS.matcher(declaration.substring(colon + 1).trim()).matches()) {
                    sizes.append(' ').append(declaration.trim()).append(';');
                }
            }
            if (sizes.length() > 0 && !(usual && rule.group(1).contains(".presenting"))) {
                List<String> selectors = new ArrayList<>();
                for (String selector : rule.group(1).split(",")) {
                    selectors.add(usual ? under("." + SHRUNK, selector.trim()) : presenting(selector.trim()));
                }
                rules.append(String.join(", ", selectors)).append(" {").append(sizes).append(" }\n");
            }
        }
        return rules.toString();
    }

    /** The selector in presentation mode: {@code .root} becomes {@code .root.presenting}, others go under it. */
    private static String presenting(String selector) {
        if (selector.contains(".presenting")) {
            return selector;
        }
        return under(".presenting", selector);
    }

    /** {@code .root} becomes {@code .root.presenting}, another selector goes under the root's class. */
    private static String under(String rootClass, String selector) {
        return selector.startsWith(".root") ? ".root" + rootClass + selector.substring(".root".length()) : rootClass + " " + selector;
    }

    private static String read() {
        try (InputStream in = PresentingZoom.class.getResourceAsStream("golanes.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives {@code root} the style sheet of presentation mode at {@code zoom}, in place of the one it had. */
    static void apply(Parent root, double zoom) {
        use(root, stylesheet(zoom));
    }

    /**
     * Gives the usual (not presenting) {@code root} the style sheet that draws it smaller at {@code zoom}
     * below 1, with the {@code shrunk} class, or neither at 1 (see {@link #usual}).
     */
    static void applyUsual(Parent root, double zoom) {
        toggle(root, SHRUNK, zoom < 1);
        use(root, usualStylesheet(zoom));
    }

    /** Gives {@code root} the style sheet {@code sheet} (or none) in place of the zoom's sheet it had. */
    private static void use(Parent root, String sheet) {
        root.getStylesheets().removeIf(each -> each.startsWith("data:"));
        if (sheet != null) {
            root.getStylesheets().add(sheet);
        }
    }

    /**
     * Follows the session's presentation mode on the main window's {@code scene}: its root takes the
     * {@code presenting} style and, on a screen larger than 1280 x 720, the larger type (smaller below
     * 1024 x 720), and the session the zoom the timeline draws with. Not presenting, the zoom is 1, or
     * in a window too small for it less than 1 (see {@link #usual}), with the {@code shrunk} style.
     */
    static void follow(Scene scene, Session session) {
        // The sheet is made again only when the zoom or the mode changes, not at each step of a resize.
        String[] sheetFor = {null};
        Runnable update = () -> {
            boolean presenting = session.presentingProperty().get();
            Parent root = scene.getRoot();
            double zoom = presenting ? of(scene.getWidth(), scene.getHeight()) : usual(scene.getWidth(), scene.getHeight());
            toggle(root, "presenting", presenting);
            // At 800 x 600 both are 0.78: the sheet is chosen by the mode as well as the zoom.
            String wanted = (presenting ? "presenting " : "usual ") + zoom;
            if (!wanted.equals(sheetFor[0])) {
                if (presenting) {
                    toggle(root, SHRUNK, false);
                    apply(root, zoom);
                } else {
                    applyUsual(root, zoom);
                }
                sheetFor[0] = wanted;
            }
            session.presentingZoomProperty().set(zoom);
        };
        session.presentingProperty().addListener(obs -> update.run());
        scene.widthProperty().addListener(obs -> update.run());
        scene.heightProperty().addListener(obs -> update.run());
        update.run();
    }

    private static void toggle(Parent root, String styleClass, boolean on) {
        if (on && !root.getStyleClass().contains(styleClass)) {
            root.getStyleClass().add(styleClass);
        } else if (!on) {
            root.getStyleClass().remove(styleClass);
        }
    }
}
