/**
 * The engines that run a {@link dev.golanes.scenario.Scenario} and record a
 * {@link dev.golanes.trace.Trace}. The simulator is single-threaded on a virtual clock and
 * deterministic: the same scenario gives the same trace, byte for byte, on every JDK.
 */
package dev.golanes.engine;
