/**
 * The presentation models behind the window: the scenario form, the playback clock and the state at
 * the current time. They use JavaFX properties ({@code javafx.base}) but no controls or toolkit, so
 * they are tested without a screen; views only bind to them and call their commands.
 */
package dev.golanes.playback;
