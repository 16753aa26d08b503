/**
 * What the user chose: the Go program to run ({@link dev.golanes.scenario.Mode}), how many calls, their
 * delays, how long the mutex is held, and the seed. Every value is validated where it is made, with a
 * message that names the field and the allowed range, so no surface (window, command line, file) can
 * build a scenario the engines cannot run.
 */
package dev.golanes.scenario;
