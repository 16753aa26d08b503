package dev.golanes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The time axis writes its numbers as the bars do, and each tick of a zoomed axis differs from its neighbours. */
class TicksTest {
    @ParameterizedTest(name = "{0} µs on a {1} µs axis, step {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "1500000 | 3500000 | 500000 | 1500 ms",
            "15000000 | 18000000 | 5000000 | '15,000 ms'",
            "500 | 3000 | 500 | 0.5 ms",
            "1250 | 3000 | 250 | 1.25 ms",
            "45000000 | 60000000 | 5000000 | 45 s",
            "2500000 | 30000000 | 500000 | 2.5 s",
            "15000000000 | 2000000000000 | 1000000000 | '15,000 s'",
            // Zoomed in on 20 s to 20.5 s of a long run: milliseconds, so that every tick differs.
            "20050000 | 500000 | 50000 | '20,050 ms'",
            "20000500 | 4000 | 500 | '20,000.5 ms'",
    })
    void labels(long micros, long span, long step, String expected) {
        assertEquals(expected, Ticks.label(micros, span, step, true, ".", ",", false));
    }

    /** A run of microseconds (Add inside, or any run that ends within 10 ms) is counted in them, as its playhead and clocks count. */
    @ParameterizedTest(name = "{0} µs on a {1} µs axis: {3}")
    @CsvSource(delimiter = '|', value = {
            "2 | 5 | 1 | 2 µs",
            "2500 | 3000 | 500 | 2500 µs",
            "12000 | 3000 | 2000 | '12,000 µs'",
    })
    void aRunOfMicroseconds(long micros, long span, long step, String expected) {
        assertEquals(expected, Ticks.label(micros, span, step, true, ".", ",", true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "15000000 | 18000000 | 5000000 | '15.000 ms'",
            "1250 | 3000 | 250 | '1,25 ms'",
    })
    void indonesianGroupsWithPointsAndWritesFractionsWithCommas(long micros, long span, long step, String expected) {
        assertEquals(expected, Ticks.label(micros, span, step, true, ",", ".", false));
    }
}
