package dev.specgate.model;

/**
 * A list item outside code.
 *
 * @param location where the list marker ({@code -}, {@code *}, {@code 1.}) starts
 * @param text the first line of the item's text, after the marker and any task box, trimmed (inline Markdown kept)
 * @param textLocation where {@link #text()} starts
 * @param task whether this is a task item and its state
 * @param ordered true for {@code 1.} / {@code 1)} items
 */
public record ListItem(
        SourceLocation location, String text, SourceLocation textLocation, TaskState task, boolean ordered) {}
