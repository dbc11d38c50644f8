package dev.specgate.model;

import java.util.List;

/**
 * A block of inline content outside code: a heading, a paragraph, a list item's paragraph, a table cell or an HTML
 * block, with its inline pieces.
 *
 * @param kind what the block is
 * @param location where the block's first piece (or the block) starts
 * @param endLine the last line of the block
 * @param inlines the pieces in source order
 * @param task for a list item's paragraph: whether it belongs to a task item, or lies under one (a checklist)
 * @param ordered for a list item's paragraph: whether the list is ordered
 * @param quoted whether the block lies inside a block quote ({@code > ...})
 */
public record TextBlock(
        BlockKind kind,
        SourceLocation location,
        int endLine,
        List<Inline> inlines,
        TaskState task,
        boolean ordered,
        boolean quoted) {

    public TextBlock {
        inlines = List.copyOf(inlines);
    }

    /** A block outside any block quote. */
    public TextBlock(
            BlockKind kind,
            SourceLocation location,
            int endLine,
            List<Inline> inlines,
            TaskState task,
            boolean ordered) {
        this(kind, location, endLine, inlines, task, ordered, false);
    }

    /** The first line of the block. */
    public int line() {
        return location.line();
    }

    /** True when the block's only content is HTML comments (and whitespace). */
    public boolean onlyComments() {
        return !inlines.isEmpty()
                && inlines.stream()
                        .allMatch(i -> i.kind() == InlineKind.HTML_COMMENT
                                || i.kind() == InlineKind.TEXT && i.text().isBlank());
    }

    /** True when the block is part of a checklist: a task item, an item under one, or a paragraph after a box. */
    public boolean inChecklist() {
        return task != TaskState.NONE;
    }
}
