package dev.golanes.export;

import dev.golanes.scenario.Scenario;
import dev.golanes.trace.CallSummary;
import dev.golanes.trace.Trace;
import java.io.IOException;
import java.io.Writer;

/**
 * One row per call: id, start, sleep, lock wait, lock held, append without the lock and end, in
 * milliseconds with microsecond precision, and what became of it (finished, lost, killed, stopped, fatal).
 * The start of a call that never started is empty; its end is when it was killed or stopped.
 */
public final class CallsCsv {
    public static final String HEADER = "id,start_ms,sleep_ms,lock_wait_ms,lock_held_ms,append_ms,end_ms,outcome";

    private CallsCsv() {
    }

    public static void write(Trace trace, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        StringBuilder row = new StringBuilder(64);
        for (CallSummary call : CallSummary.of(trace)) {
            row.setLength(0);
            row.append(Scenario.callId(call.lane()));
            // A call that never started has no start: an empty field, not 0, which would say it started at once.
            row.append(',');
            if (call.started()) {
                appendMillis(row, call.start());
            }
            for (long micros : new long[] {call.sleep(), call.lockWait(), call.lockHeld(), call.append(), call.end()}) {
                row.append(',');
                appendMillis(row, micros);
            }
            row.append(',').append(call.outcome().id()).append('\n');
            out.append(row);
        }
    }

    /** Micros as milliseconds without trailing zeros: 1200000 -> 1200, 1234 -> 1.234. */
    static void appendMillis(StringBuilder out, long micros) {
        out.append(micros / 1_000);
        long fraction = Math.abs(micros % 1_000);
        if (fraction != 0) {
            String digits = String.format("%03d", fraction);
            int length = digits.length();
            while (digits.charAt(length - 1) == '0') {
                length--;
            }
            out.append('.').append(digits, 0, length);
        }
    }
}
