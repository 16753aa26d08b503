/**
 * The user's language: every visible text comes from the {@code messages} bundles in this package, in
 * English and Bahasa Indonesia. Plain Java, so the engine, the command line and the window share it.
 */
package dev.golanes.i18n;
