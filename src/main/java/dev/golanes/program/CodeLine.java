package dev.golanes.program;

/**
 * One line of a Go program as shown to students.
 *
 * @param number 1-based line number
 * @param text   the line, tabs expanded to four spaces
 * @param step   the step this line performs, or null
 */
public record CodeLine(int number, String text, Step step) {
}
