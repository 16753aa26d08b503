package dev.golanes.render;

import dev.golanes.i18n.Texts;
import java.util.Locale;

/** Round-number steps for the time axis: 1, 2 or 5 times a power of ten, in microseconds. */
final class Ticks {
    private Ticks() {
    }

    /** The smallest round step that leaves at least {@code minPixels} between ticks. */
    static long step(long spanMicros, double pixels, double minPixels) {
        long step = 1;
        while (true) {
            for (long factor : new long[] {1, 2, 5}) {
                long candidate = step * factor;
                if (candidate * (pixels / spanMicros) >= minPixels || candidate >= spanMicros) {
                    return candidate;
                }
            }
            step *= 10;
        }
    }

    /**
     * A tick's label: microseconds for a run of microseconds ({@code 2 µs}; {@code microRun}, as the
     * playhead and the clocks tell it), milliseconds when the axis spans under 20 seconds
     * ({@code 1500 ms}), else seconds
     * ({@code 45 s}), with the unit on the first non-zero tick and the zero tick bare; a fraction
     * with the language's decimal point ({@code 0.5 ms}, {@code 0,5 ms}), and five digits or more
     * grouped as the bars write them ({@code 15,000 ms}).
     */
    static String label(long micros, long spanMicros, long step, boolean withUnit, String decimal, String grouping,
            boolean microRun) {
        if (micros == 0) {
            return "0";
        }
        if (microRun) {
            // A run of microseconds (Add inside): counted in them, as its clock counts.
            String number = Texts.figure(micros, grouping);
            return withUnit ? number + " µs" : number;
        }
        boolean seconds = spanMicros >= 20_000_000L;
        long unit = seconds ? 1_000_000 : 1_000;
        // Steps under the unit show its fraction: thousandths of a millisecond, tenths of a second.
        long fractionUnit = seconds ? 100_000 : 1;
        String number = Texts.figure(micros / unit, grouping);
        long fraction = (micros % unit) / fractionUnit;
        if (step < unit && fraction > 0) {
            String digits = seconds ? Long.toString(fraction) : String.format(Locale.ROOT, "%03d", fraction);
            number += decimal + digits.replaceAll("0+$", "");
        }
        String suffix = seconds ? " s" : " ms";
        return withUnit ? number + suffix : number;
    }
}
