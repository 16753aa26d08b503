/** GoLanes: the tutorial's Go programs as live timelines. {@link dev.golanes.Main} is the launcher. */
package dev.golanes;
