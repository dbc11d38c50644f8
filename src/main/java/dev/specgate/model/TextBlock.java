package dev.specgate.model;

import java.util.List;
import java.util.Objects;

/**
 * A block of inline content outside code: a heading, a paragraph, a list item's paragraph, a table cell or an HTML
 * block, with its inline pieces. Immutable, and equal when every part is equal, as a record would be; a class rather
 * than a record so that its {@link #visibleText()}, which several rules ask for, and that text's {@linkplain
 * #visibleSignature() signature} are built once.
 */
public final class TextBlock {

    private final BlockKind kind;
    private final SourceLocation location;
    private final int endLine;
    private final List<Inline> inlines;
    private final TaskState task;
    private final boolean ordered;
    private final boolean quoted;
    /** Built on first use; racing threads build equal strings, so no lock is needed. */
    private String visibleText;
    /** Computed on first use, as {@link #visibleText}. */
    private Long visibleSignature;

    /**
     * @param kind what the block is
     * @param location where the block's first piece (or the block) starts
     * @param endLine the last line of the block
     * @param inlines the pieces in source order
     * @param task for a list item's paragraph: whether it belongs to a task item, or lies under one (a checklist)
     * @param ordered for a list item's paragraph: whether the list is ordered
     * @param quoted whether the block lies inside a block quote ({@code > ...})
     */
    public TextBlock(
            BlockKind kind,
            SourceLocation location,
            int endLine,
            List<Inline> inlines,
            TaskState task,
            boolean ordered,
            boolean quoted) {
        this.kind = Objects.requireNonNull(kind);
        this.location = Objects.requireNonNull(location);
        this.endLine = endLine;
        this.inlines = List.copyOf(inlines);
        this.task = Objects.requireNonNull(task);
        this.ordered = ordered;
        this.quoted = quoted;
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

    /** What the block is. */
    public BlockKind kind() {
        return kind;
    }

    /** Where the block's first piece (or the block) starts. */
    public SourceLocation location() {
        return location;
    }

    /** The last line of the block. */
    public int endLine() {
        return endLine;
    }

    /** The pieces in source order. */
    public List<Inline> inlines() {
        return inlines;
    }

    /** For a list item's paragraph: whether it belongs to a task item, or lies under one. */
    public TaskState task() {
        return task;
    }

    /** For a list item's paragraph: whether the list is ordered. */
    public boolean ordered() {
        return ordered;
    }

    /** Whether the block lies inside a block quote. */
    public boolean quoted() {
        return quoted;
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

    /**
     * The text a reader sees: prose, bracketed text, code (between backticks), link text and autolinks, joined with
     * a space between lines, trimmed; HTML, comments, link targets and images left out.
     */
    public String visibleText() {
        String text = visibleText;
        if (text == null) {
            text = buildVisibleText();
            visibleText = text;
        }
        return text;
    }

    /** The {@link TextKey#signature} of the {@linkplain #visibleText() visible text}. */
    public long visibleSignature() {
        Long signature = visibleSignature;
        if (signature == null) {
            signature = TextKey.signature(visibleText());
            visibleSignature = signature;
        }
        return signature;
    }

    private String buildVisibleText() {
        StringBuilder text = new StringBuilder();
        int line = line();
        for (Inline piece : inlines) {
            switch (piece.kind()) {
                case TEXT, BRACKETED, CODE, LINK_TEXT, AUTOLINK -> {
                    if (piece.location().line() != line && text.length() > 0) {
                        text.append(' ');
                    }
                    line = piece.location().line();
                    if (piece.kind() == InlineKind.CODE) {
                        text.append('`').append(piece.text()).append('`');
                    } else {
                        text.append(piece.text());
                    }
                }
                default -> {}
            }
        }
        return text.toString().strip();
    }

    /** True when the block is part of a checklist: a task item, an item under one, or a paragraph after a box. */
    public boolean inChecklist() {
        return task != TaskState.NONE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextBlock that
                && kind == that.kind
                && location.equals(that.location)
                && endLine == that.endLine
                && inlines.equals(that.inlines)
                && task == that.task
                && ordered == that.ordered
                && quoted == that.quoted;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, location, endLine, inlines, task, ordered, quoted);
    }

    @Override
    public String toString() {
        return "TextBlock[kind=" + kind + ", location=" + location + ", endLine=" + endLine + ", inlines=" + inlines
                + ", task=" + task + ", ordered=" + ordered + ", quoted=" + quoted + "]";
    }
}
