package dev.specgate.parse;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import dev.specgate.model.SourceLocation;
import java.util.Arrays;

/**
 * Maps character offsets of the (LF-normalised) text to 1-based lines and columns, and flexmark's sequences of the
 * text back to its characters.
 */
final class LineIndex {

    private final String text;
    private final boolean hasNul;
    private final BasedSequence base;
    private final int[] lineStarts;

    /** The index of a text and, when flexmark parsed it, the base sequence of flexmark's sequences of it. */
    LineIndex(String text, BasedSequence base) {
        this.text = text;
        this.base = base.length() == text.length() ? base : BasedSequence.NULL;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        boolean nul = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length()) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            } else if (c == '\0') {
                nul = true;
            }
        }
        lineStarts = Arrays.copyOf(starts, count);
        hasNul = nul;
    }

    /** The 1-based line holding the offset (an offset at the very end belongs to the last line). */
    int line(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    SourceLocation location(int offset) {
        int line = line(offset);
        return new SourceLocation(line, offset - lineStarts[line - 1] + 1);
    }

    /** The 1-based line of the last character before {@code endOffset} (node end offsets are exclusive). */
    int endLine(int startOffset, int endOffset) {
        return line(Math.max(startOffset, endOffset - 1));
    }

    /**
     * The characters of one of flexmark's sequences, as its {@code toString()} gives them. A sub-sequence of this text
     * is that range of it, taken as a substring (flexmark builds a sequence's string one character at a time), with
     * NUL read as U+FFFD as flexmark reads it. Anything else (a paragraph's lines inside a list item, joined without
     * their prefixes) gives flexmark's own string.
     */
    String string(BasedSequence chars) {
        if (isSourceRange(chars, base)) {
            String range = text.substring(chars.getStartOffset(), chars.getEndOffset());
            return hasNul ? range.replace('\0', '\uFFFD') : range;
        }
        return chars.toString();
    }

    /**
     * True when a sequence is a plain range of the source text another sequence belongs to: a sub-sequence of the
     * same base, whose characters are the source's from its start offset to its end offset. A sequence flexmark put
     * together (segments, a prefix, replaced characters) is not, nor is one of another text.
     */
    static boolean isSourceRange(BasedSequence chars, BasedSequence source) {
        return chars instanceof SubSequence && chars.getBaseSequence() == source.getBaseSequence();
    }
}
