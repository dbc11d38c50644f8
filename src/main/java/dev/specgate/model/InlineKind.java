package dev.specgate.model;

/** What a piece of inline Markdown is. Only {@link #TEXT} and {@link #BRACKETED} are prose a rule reads for words. */
public enum InlineKind {
    /** Plain prose, also inside emphasis; the source characters as written (backslash escapes kept). */
    TEXT,
    /** Square-bracketed text that is not a link: {@code [Your Name]}, {@code [x, y]}, {@code [!NOTE]}; brackets kept. */
    BRACKETED,
    /** A code span's content, also when it spans several lines. */
    CODE,
    /** The visible text of a link or a reference link. */
    LINK_TEXT,
    /** A link's destination. */
    LINK_TARGET,
    /** An autolink, {@code <https://...>} or a bare URL. */
    AUTOLINK,
    /** An image's alt text. */
    IMAGE,
    /** Inline HTML such as {@code <br>}. */
    HTML,
    /** An HTML comment, {@code <!-- ... -->}, inline or as a block. */
    HTML_COMMENT,
    /** A footnote or citation marker, {@code [^1]}. */
    FOOTNOTE
}
