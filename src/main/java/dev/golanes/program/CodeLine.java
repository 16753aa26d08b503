package dev.golanes.program;

/**
 * One line of a Go program as shown to students.
 *
 * @param number 1-based line number
 * @param text   the line, tabs expanded to four spaces
 * @param step   the step this line performs, or null
 * @param bug    whether this is the line a pitfall gets wrong (or where the missing line belongs)
 */
public record CodeLine(int number, String text, Step step, boolean bug) {
}
