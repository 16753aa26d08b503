package dev.golanes.trace;

/** Formats a duration the way Go's {@code time.Duration.String()} does: {@code 3.5136199s}, {@code 850ms}, {@code 1m2s}. */
public final class GoDuration {
    private static final long MICROSECOND = 1_000;
    private static final long MILLISECOND = 1_000_000;
    private static final long SECOND = 1_000_000_000;

    private GoDuration() {
    }

    /** Go's text for a duration of {@code nanos} nanoseconds. */
    public static String format(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        boolean negative = nanos < 0;
        // Like Go, work on the unsigned magnitude so Long.MIN_VALUE formats too.
        long u = negative ? -nanos : nanos;
        StringBuilder reversed = new StringBuilder(32);
        if (Long.compareUnsigned(u, SECOND) < 0) {
            int precision;
            String unit;
            if (u < MICROSECOND) {
                precision = 0;
                unit = "ns";
            } else if (u < MILLISECOND) {
                precision = 3;
                unit = "µs";
            } else {
                precision = 6;
                unit = "ms";
            }
            reversed.append(new StringBuilder(unit).reverse());
            u = fraction(reversed, u, precision);
            integer(reversed, u);
        } else {
            reversed.append('s');
            u = fraction(reversed, u, 9);
            integer(reversed, Long.remainderUnsigned(u, 60));
            u = Long.divideUnsigned(u, 60);
            if (u > 0) {
                reversed.append('m');
                integer(reversed, u % 60);
                u /= 60;
                if (u > 0) {
                    reversed.append('h');
                    integer(reversed, u);
                }
            }
        }
        if (negative) {
            reversed.append('-');
        }
        return reversed.reverse().toString();
    }

    /** Go's text for a duration of {@code micros} microseconds. */
    public static String ofMicros(long micros) {
        return format(Math.multiplyExact(micros, 1_000L));
    }

    /** Appends (reversed) the fraction of v / 10^precision without trailing zeros; returns the integer part. */
    private static long fraction(StringBuilder reversed, long v, int precision) {
        boolean printing = false;
        for (int i = 0; i < precision; i++) {
            long digit = Long.remainderUnsigned(v, 10);
            printing |= digit != 0;
            if (printing) {
                reversed.append((char) ('0' + digit));
            }
            v = Long.divideUnsigned(v, 10);
        }
        if (printing) {
            reversed.append('.');
        }
        return v;
    }

    private static void integer(StringBuilder reversed, long v) {
        if (v == 0) {
            reversed.append('0');
            return;
        }
        while (v != 0) {
            reversed.append((char) ('0' + Long.remainderUnsigned(v, 10)));
            v = Long.divideUnsigned(v, 10);
        }
    }
}
