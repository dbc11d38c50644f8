package dev.specgate.model;

/**
 * A line inside a code block that reads as an ATX heading: not a heading, but where a swallowed one may be.
 *
 * @param title the heading text the line would have
 * @param location where the line's text starts
 */
public record CodeHeading(String title, SourceLocation location) {}
