/**
 * The timeline figure: its geometry ({@link dev.golanes.render.TimelineLayout}), computed once per
 * size and run, and one painter ({@link dev.golanes.render.TimelinePainter}) that draws it on any
 * {@link dev.golanes.render.Surface}: the window's canvas, or an exported picture. There is no second
 * copy of the drawing rules.
 */
package dev.golanes.render;
