package dev.golanes.engine;

import dev.golanes.scenario.Mode;
import java.util.List;

/** The steps of {@code main} and of {@code dbCall} for one mode: the tutorial's programs and their pitfalls. */
record Program(List<Op> main, List<Op> dbCall) {

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
