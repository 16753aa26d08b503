package dev.golanes.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Durations print exactly as Go's {@code time.Duration.String()} prints them. */
class GoDurationTest {

    @ParameterizedTest(name = "{0} ns is {1}")
    @CsvSource(delimiter = '|', value = {
        "0                    | 0s",
        "1                    | 1ns",
        "999                  | 999ns",
        "1000                 | 1µs",
        "1500                 | 1.5µs",
        "1100000              | 1.1ms",
        "999999999            | 999.999999ms",
        "850000000            | 850ms",
        "1000000000           | 1s",
        "2000000000           | 2s",
        "3513619900           | 3.5136199s",
        "1416335900           | 1.4163359s",
        "60000000000          | 1m0s",
        "61000000001          | 1m1.000000001s",
        "3600000000000        | 1h0m0s",
        "3723500000000        | 1h2m3.5s",
        "-1500000000          | -1.5s",
        "-1                   | -1ns",
        "-1500                | -1.5µs",
        "-9223372036854775808 | -2562047h47m16.854775808s",
        "9223372036854775807  | 2562047h47m16.854775807s",
    })
    void formatsLikeGo(long nanos, String expected) {
        assertEquals(expected, GoDuration.format(nanos));
    }

    @Test
    void microsecondsUseTheMicroSign() {
        assertEquals("1.5\u00B5s", GoDuration.format(1500));
    }

    @Test
    void microsFromTheTraceAreScaledToNanos() {
        assertEquals("3.5s", GoDuration.ofMicros(3_500_000));
        assertEquals("2.1s", GoDuration.ofMicros(2_100_000));
        assertEquals("300ms", GoDuration.ofMicros(300_000));
        assertEquals("1ms", GoDuration.ofMicros(1_000));
        assertEquals("0s", GoDuration.ofMicros(0));
    }

    @Test
    void microsBeyondGosRangeAreRejected() {
        assertThrows(ArithmeticException.class, () -> GoDuration.ofMicros(Long.MAX_VALUE / 100));
    }
}
