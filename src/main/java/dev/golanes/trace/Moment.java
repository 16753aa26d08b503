package dev.golanes.trace;

/**
 * The program's state at one instant: what a paused classroom looks at.
 *
 * @param time          the instant, in microseconds, never past the end of the run
 * @param printedLines  how many console lines have been printed by then
 * @param wgCounter     the WaitGroup counter
 * @param mainWaiting   whether {@code main} is blocked in {@code wg.Wait()}
 * @param lockHolder    the lane holding the mutex, or -1
 * @param lockQueue     the lanes waiting for the mutex, first in line first
 * @param results       the lanes whose ids are in {@code results}, in slice order
 * @param lost          the lanes that appended but whose ids are no longer in {@code results}
 * @param finished      whether the program has ended
 */
public record Moment(long time, int printedLines, int wgCounter, boolean mainWaiting, int lockHolder,
                     int[] lockQueue, int[] results, int[] lost, boolean finished) {
}
