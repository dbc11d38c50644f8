package dev.specgate.parse;

import dev.specgate.model.SourceLocation;
import java.util.Arrays;

/** Maps character offsets of the (LF-normalised) text to 1-based lines and columns. */
final class LineIndex {

    private final int[] lineStarts;

    LineIndex(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && i + 1 < text.length()) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, count);
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
}
