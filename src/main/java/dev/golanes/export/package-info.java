/**
 * Writes traces out for other tools: the Chrome Trace Event Format (opens in Perfetto and
 * {@code chrome://tracing}) and CSV. Files are written atomically, so a failed export never leaves
 * a truncated file behind.
 */
package dev.golanes.export;
