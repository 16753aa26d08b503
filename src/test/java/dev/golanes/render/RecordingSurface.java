package dev.golanes.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Passes every call on to another surface and writes it down, rounded, to compare what painters draw. */
final class RecordingSurface implements Surface {
    private final Surface target;
    private final List<String> calls = new ArrayList<>();
    private final List<Drawn> drawn = new ArrayList<>();

    private record Drawn(String text, int argb) {
    }

    /** A text drawn: the box its glyphs take, measured on the target surface. */
    record TextBox(String text, double left, double right, double top, double bottom) {
        boolean overlaps(TextBox other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }
    }

    private final List<TextBox> boxes = new ArrayList<>();

    RecordingSurface(Surface target) {
        this.target = target;
    }

    List<String> calls() {
        return calls;
    }

    List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (String call : calls) {
            if (call.startsWith("text ")) {
                texts.add(call.substring(5, call.indexOf(" @ ")));
            }
        }
        return texts;
    }

    /** Every text drawn, with its box, in the order drawn. */
    List<TextBox> textBoxes() {
        return boxes;
    }

    /** The texts drawn in one colour, in the order drawn. */
    List<String> texts(int argb) {
        return drawn.stream().filter(text -> text.argb() == argb).map(Drawn::text).toList();
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int argb) {
        record("fill", x, y, width, height, argb);
        target.fillRect(x, y, width, height, argb);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, int argb, double lineWidth) {
        record("stroke", x, y, width, height, argb, lineWidth);
        target.strokeRect(x, y, width, height, argb, lineWidth);
    }

    @Override
    public void hatchRect(double x, double y, double width, double height, int stripeArgb, double spacing,
                          double lineWidth) {
        record("hatch", x, y, width, height, stripeArgb, spacing, lineWidth);
        target.hatchRect(x, y, width, height, stripeArgb, spacing, lineWidth);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double lineWidth, boolean dashed) {
        record(dashed ? "dashed" : "line", x1, y1, x2, y2, argb, lineWidth);
        target.line(x1, y1, x2, y2, argb, lineWidth, dashed);
    }

    @Override
    public void text(String text, double x, double centerY, FontSpec font, int argb, Align align) {
        drawn.add(new Drawn(text, argb));
        double width = target.textWidth(text, font);
        double left = switch (align) {
            case RIGHT -> x - width;
            case CENTER -> x - width / 2;
            case LEFT -> x;
        };
        boxes.add(new TextBox(text, left, left + width, centerY - font.size() / 2, centerY + font.size() / 2));
        calls.add("text " + text + " @ " + format(x, centerY, font.size(), argb) + " " + font.bold() + " " + font.mono()
                + " " + align);
        target.text(text, x, centerY, font, argb, align);
    }

    @Override
    public double textWidth(String text, FontSpec font) {
        return target.textWidth(text, font);
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        record("clip", x, y, width, height);
        target.pushClip(x, y, width, height);
    }

    @Override
    public void popClip() {
        calls.add("unclip");
        target.popClip();
    }

    private void record(String what, double... numbers) {
        calls.add(what + " " + format(numbers));
    }

    private static String format(double... numbers) {
        StringBuilder out = new StringBuilder();
        for (double n : numbers) {
            out.append(String.format(Locale.ROOT, "%.3f ", n));
        }
        return out.toString().strip();
    }
}
