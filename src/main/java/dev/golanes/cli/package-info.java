/**
 * The command line: {@code golanes run} prints what the Go program prints, {@code golanes export}
 * writes a trace, and anything else opens the window. Plain Java: the command line never loads
 * JavaFX, so it starts fast and runs without a display.
 */
package dev.golanes.cli;
