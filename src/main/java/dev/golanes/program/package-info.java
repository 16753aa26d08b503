/**
 * The Go source GoLanes shows beside the timeline, one program per mode, and where each goroutine
 * is in it at any moment of a trace. Plain Java: the window draws it, exports and tests read it.
 */
package dev.golanes.program;
