/**
 * Just enough JSON for GoLanes' own files: quoting for the writers, and a strict, bounded reader for
 * scenario files that reports every problem as a {@link dev.golanes.json.JsonException} with its place.
 */
package dev.golanes.json;
