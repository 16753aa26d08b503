package dev.golanes.render;

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
     * A tick's label: milliseconds for runs under 20 seconds ({@code 1500 ms}), else seconds
     * ({@code 45 s}), with the unit on the first non-zero tick and the zero tick bare; a fraction
     * with the language's decimal point ({@code 0.5 ms}, {@code 0,5 ms}).
     */
    static String label(long micros, long spanMicros, long step, boolean withUnit, String decimal) {
        if (micros == 0) {
            return "0";
        }
        String number;
        String unit;
        if (spanMicros < 20_000_000L) {
            number = step < 1_000 ? String.format(java.util.Locale.ROOT, "%.3f", micros / 1_000.0).replaceAll("\\.?0+$", "")
                    : Long.toString(micros / 1_000);
            unit = " ms";
        } else {
            number = step < 1_000_000 ? String.format(java.util.Locale.ROOT, "%.1f", micros / 1e6).replaceAll("\\.0$", "")
                    : Long.toString(micros / 1_000_000);
            unit = " s";
        }
        number = number.replace(".", decimal);
        return withUnit ? number + unit : number;
    }
}
