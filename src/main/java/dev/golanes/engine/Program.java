package dev.golanes.engine;

import dev.golanes.scenario.Mode;
import java.util.List;

/** The steps of {@code main} and of {@code dbCall} for one mode: the tutorial's programs and their pitfalls. */
record Program(List<Op> main, List<Op> dbCall) {

    /**
     * About how many trace events a run of {@code calls} calls records: each call's steps in
     * {@code main}'s loop and in {@code dbCall}, and {@code main}'s own. Sizes the trace up front,
     * so a million calls are not copied again and again as it grows.
     */
    int expectedEvents(int calls) {
        List<Op> loopBody = main.subList(main.indexOf(Op.LOOP) + 1, main.indexOf(Op.END_LOOP));
        return calls * (events(loopBody) + events(dbCall)) + events(main) + 8;
    }

    private static int events(List<Op> steps) {
        int events = 0;
        for (Op step : steps) {
            events += step.events();
        }
        return events;
    }

    static Program of(Mode mode) {
        switch (mode) {
            case SEQUENTIAL:
                return new Program(
                        List.of(Op.LOOP, Op.CALL, Op.END_LOOP, Op.PRINT_TOTAL, Op.EXIT),
                        List.of(Op.SLEEP, Op.PRINT_RESULT, Op.RETURN));
            case CONCURRENT:
                return new Program(
                        List.of(Op.LOOP, Op.WG_ADD, Op.GO, Op.END_LOOP, Op.WG_WAIT, Op.PRINT_TOTAL, Op.EXIT),
                        List.of(Op.SLEEP, Op.PRINT_RESULT, Op.WG_DONE, Op.RETURN));
            case MUTEX:
                return new Program(
                        List.of(Op.LOOP, Op.WG_ADD, Op.GO, Op.END_LOOP, Op.WG_WAIT, Op.PRINT_TOTAL, Op.PRINT_RESULTS, Op.EXIT),
                        List.of(Op.SLEEP, Op.PRINT_RESULT, Op.LOCK, Op.APPEND_READ, Op.HOLD, Op.APPEND_WRITE, Op.UNLOCK,
                                Op.WG_DONE, Op.RETURN));
            case RACE:
                return new Program(
                        List.of(Op.LOOP, Op.WG_ADD, Op.GO, Op.END_LOOP, Op.WG_WAIT, Op.PRINT_TOTAL, Op.PRINT_RESULTS, Op.EXIT),
                        List.of(Op.SLEEP, Op.PRINT_RESULT, Op.APPEND_READ, Op.HOLD, Op.APPEND_WRITE, Op.WG_DONE, Op.RETURN));
            case ADD_INSIDE:
                return new Program(
                        List.of(Op.LOOP, Op.GO_LATE, Op.END_LOOP, Op.WG_WAIT, Op.PRINT_TOTAL, Op.EXIT),
                        List.of(Op.WG_ADD, Op.SLEEP, Op.PRINT_RESULT, Op.WG_DONE, Op.RETURN));
            case MISSING_DONE:
                return new Program(
                        List.of(Op.LOOP, Op.WG_ADD, Op.GO, Op.END_LOOP, Op.WG_WAIT, Op.PRINT_TOTAL, Op.EXIT),
                        List.of(Op.SLEEP, Op.PRINT_RESULT, Op.RETURN));
            case DOUBLE_UNLOCK:
                return new Program(
                        List.of(Op.LOOP, Op.WG_ADD, Op.GO, Op.END_LOOP, Op.WG_WAIT, Op.PRINT_TOTAL, Op.PRINT_RESULTS, Op.EXIT),
                        List.of(Op.SLEEP, Op.PRINT_RESULT, Op.APPEND_READ, Op.HOLD, Op.APPEND_WRITE, Op.UNLOCK,
                                Op.WG_DONE, Op.RETURN));
            default:
                throw new IllegalArgumentException("no program for " + mode);
        }
    }
}
