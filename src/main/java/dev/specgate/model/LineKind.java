package dev.specgate.model;

/** What a physical line of a spec is, as the Markdown parser saw it. */
public enum LineKind {
    /** Empty or whitespace only. */
    BLANK,
    /** An ATX heading line, or the text or underline line of a setext heading. */
    HEADING,
    /** Paragraph text (including text continued inside a list item or block quote). */
    TEXT,
    /** The first line of a list item (marker included). */
    LIST_ITEM,
    /** A table row, header row or delimiter row. */
    TABLE_ROW,
    /** Inside a fenced or indented code block, fences included: never a heading, metadata or table row. */
    CODE,
    /** An HTML block, e.g. a comment. */
    HTML,
    /** A YAML front matter line (delimiters included). */
    FRONT_MATTER,
    /** A line read as metadata: {@code **Key**: value} in the metadata block, {@code key: value} in a Metadata
     * section, or the {@code ---} lines around such a block. */
    METADATA,
    /** A thematic break ({@code ---}, {@code ***}). */
    THEMATIC_BREAK,
    /** A link reference definition ({@code [label]: url}). */
    REFERENCE
}
