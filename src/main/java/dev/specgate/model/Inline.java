package dev.specgate.model;

/**
 * A piece of inline content with its kind and where it starts. A {@link InlineKind#TEXT} piece never spans a line
 * break, so the column of its {@code i}-th character is {@code location.column() + i}.
 *
 * @param kind what the piece is
 * @param text the source characters (for {@link InlineKind#BRACKETED}, brackets included)
 * @param location where the piece starts
 */
public record Inline(InlineKind kind, String text, SourceLocation location) {

    /** True for the kinds a rule reads as prose words: text and bracketed text. */
    public boolean isProse() {
        return kind == InlineKind.TEXT || kind == InlineKind.BRACKETED;
    }

    /** The location of the character at a 0-based index of {@link #text()} (exact for single-line pieces). */
    public SourceLocation at(int index) {
        return new SourceLocation(location.line(), location.column() + index);
    }
}
