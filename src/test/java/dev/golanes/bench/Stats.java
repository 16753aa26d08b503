package dev.golanes.bench;

import java.util.Arrays;
import java.util.Locale;

/** Medians and spreads of repeated measurements, as the benchmarks print them. */
final class Stats {
    private Stats() {
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /** {@code median (min to max)} with this many decimals. */
    static String spread(double[] values, int decimals) {
        String number = "%." + decimals + "f";
        return String.format(Locale.ROOT, number + " (" + number + " to " + number + ")", median(values), min(values),
                max(values));
    }
}
