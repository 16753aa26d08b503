/**
 * The one immutable record of a run: what each goroutine did, and when, in microseconds from the
 * start of {@code main}. Engines build traces with {@link dev.golanes.trace.TraceBuilder}; every view,
 * export and check only reads them. Lane 0 is {@code main}; lane {@code i} is the call {@code idi}.
 */
package dev.golanes.trace;
