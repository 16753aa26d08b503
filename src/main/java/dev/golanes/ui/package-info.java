/**
 * The window: FXML views with thin controllers that bind to the presentation models in
 * {@link dev.golanes.playback} and delegate every action to them, the timeline canvas, and the CSS
 * themes. The views are disposable: all state lives in the {@link dev.golanes.playback.Session}.
 */
package dev.golanes.ui;
