package dev.specgate.model;

/**
 * One physical line of a spec file: its 1-based number, its text without the line ending (and without a BOM),
 * and what the parser read it as.
 */
public record SourceLine(int number, String text, LineKind kind) {

    public boolean isBlank() {
        return text.isBlank();
    }

    /** The location of the character at the given 0-based index of {@link #text()}. */
    public SourceLocation at(int index) {
        return new SourceLocation(number, index + 1);
    }

    /** The location of the first non-blank character, or column 1 on a blank line. */
    public SourceLocation start() {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return new SourceLocation(number, i < text.length() ? i + 1 : 1);
    }
}
