package dev.specgate.model;

import java.util.List;

/**
 * A table cell: its text trimmed, inline Markdown kept, where that text starts (or the cell's pipe + 1 if empty), and
 * its inline pieces.
 */
public record TableCell(String text, SourceLocation location, List<Inline> inlines) {

    public TableCell {
        inlines = List.copyOf(inlines);
    }

    /** A cell of plain text (one text piece), as tests and synthetic rows build them. */
    public TableCell(String text, SourceLocation location) {
        this(text, location, text.isEmpty() ? List.of() : List.of(new Inline(InlineKind.TEXT, text, location)));
    }
}
