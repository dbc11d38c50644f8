package dev.specgate.model;

/** What a {@link TextBlock} is. */
public enum BlockKind {
    /** A heading's text. */
    HEADING,
    /** A paragraph outside list items (also inside a block quote). */
    PARAGRAPH,
    /** A paragraph inside a list item. */
    LIST_ITEM,
    /** A table cell (header or body). */
    TABLE_CELL,
    /** An HTML block; comments among them carry {@link InlineKind#HTML_COMMENT}. */
    HTML
}
