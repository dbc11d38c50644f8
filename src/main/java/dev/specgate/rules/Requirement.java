package dev.specgate.rules;

import dev.specgate.model.SourceLocation;

/**
 * A requirement a spec defines.
 *
 * @param id the requirement ID, e.g. {@code REQ-003}
 * @param file the spec's path relative to the project base directory, {@code /}-separated
 * @param location where the ID is written
 * @param text the requirement's text after the ID (the rest of the line, or the other cells of a table row)
 */
public record Requirement(String id, String file, SourceLocation location, String text) {

    public int line() {
        return location.line();
    }
}
