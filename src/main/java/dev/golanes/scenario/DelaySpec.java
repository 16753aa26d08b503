package dev.golanes.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** How long each {@code dbCall} sleeps, in whole milliseconds. */
public sealed interface DelaySpec {

    /** A flag-style description, e.g. {@code --max-delay 2000}, for titles and messages. */
    String describe();

    /** Each call sleeps a random whole number of milliseconds in [0, maxMs), like {@code rand.Float32() * 2000}. */
    record Random(long maxMs) implements DelaySpec {
        public Random {
            Values.checkRange(Field.MAX_DELAY, maxMs, 1, Limits.MAX_DELAY_MS);
        }

        @Override
        public String describe() {
            return "--max-delay " + maxMs;
        }
    }

    /** Every call sleeps the same time, as in the tutorial's mutex program. */
    record Fixed(long ms) implements DelaySpec {
        public Fixed {
            Values.checkRange(Field.DELAY, ms, 0, Limits.MAX_DELAY_MS);
        }

        @Override
        public String describe() {
            return "--delay " + ms;
        }
    }

    /** Call {@code idN} sleeps the N-th listed delay. */
    record Listed(List<Long> ms) implements DelaySpec {
        public Listed {
            ms = List.copyOf(ms);
            if (ms.isEmpty() || ms.size() > Limits.MAX_CALLS) {
                throw new ScenarioException(Field.DELAYS, Problem.delayList(Limits.MAX_DELAY_MS, ""));
            }
            for (long each : ms) {
                if (each < 0 || each > Limits.MAX_DELAY_MS) {
                    throw new ScenarioException(Field.DELAYS, Problem.delayList(Limits.MAX_DELAY_MS, Long.toString(each)));
                }
            }
        }

        @Override
        public String describe() {
            return "--delays " + ms.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
    }
}
