/**
 * The engines that run a {@link dev.golanes.scenario.Scenario} and record a
 * {@link dev.golanes.trace.Trace}. The simulator is single-threaded on a virtual clock and
 * deterministic: the same scenario gives the same trace, byte for byte, on every JDK. The real
 * engine runs the same program on real threads with the same delays ({@link dev.golanes.engine.Draws}),
 * so the two traces differ only by what the scheduler did.
 */
package dev.golanes.engine;
