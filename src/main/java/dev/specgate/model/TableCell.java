package dev.specgate.model;

/** A table cell: its text trimmed, inline Markdown kept, and where that text starts (or the cell's pipe + 1 if empty). */
public record TableCell(String text, SourceLocation location) {}
