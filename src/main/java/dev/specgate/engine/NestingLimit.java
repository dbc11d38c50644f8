package dev.specgate.engine;

import dev.specgate.model.SpecDocument;
import dev.specgate.parse.MarkdownParser;
import java.util.Locale;

/**
 * Refuses specs nested deeper than the parser is meant to go. Depth is estimated from the text alone: the block
 * quote markers ({@code >}) a line starts with plus its indentation in steps of two columns (one list level).
 * Deeper files are reported with the line and the limit instead of being parsed; shallower ones are parsed (a check's
 * workers have a large stack), and should the stack still not suffice the same message names the deepest line.
 */
final class NestingLimit {

    /** The deepest nesting the plugin parses, in block quote or list levels. */
    static final int MAX_DEPTH = 5_000;

    private NestingLimit() {}

    /** Fails when a line of the text is nested deeper than {@link #MAX_DEPTH}. */
    static void check(String file, String text) throws SpecCheckException {
        Deepest deepest = deepest(text);
        if (deepest.depth > MAX_DEPTH) {
            throw new SpecCheckException(String.format(
                    Locale.ROOT,
                    "%s:%d: nested %,d levels deep (block quotes and list indentation), more than the %,d levels the"
                            + " plugin parses; flatten the structure",
                    file,
                    deepest.line,
                    deepest.depth,
                    MAX_DEPTH));
        }
    }

    /**
     * The file's text parsed after {@linkplain #check checking its depth}; a parser that still runs out of stack
     * gives {@link #tooDeep}. Every parse of a spec or a template goes through here.
     */
    static SpecDocument parse(MarkdownParser parser, String file, String text) throws SpecCheckException {
        check(file, text);
        try {
            return parser.parse(file, text);
        } catch (StackOverflowError e) {
            throw tooDeep(file, text);
        }
    }

    /** The error for a file the parser, or a rule walking its document, ran out of stack on. */
    static SpecCheckException tooDeep(String file, String text) {
        Deepest deepest = deepest(text);
        return new SpecCheckException(String.format(
                Locale.ROOT,
                "%s:%d: nested too deeply to parse (about %,d levels of block quotes or lists here; the plugin"
                        + " parses up to %,d); flatten the structure",
                file,
                deepest.line,
                deepest.depth,
                MAX_DEPTH));
    }

    private static Deepest deepest(String text) {
        int bestLine = 1;
        int bestDepth = 0;
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int quotes = 0;
            int columns = 0;
            int j = i;
            for (; j < n; j++) {
                char c = text.charAt(j);
                if (c == '>') {
                    quotes++;
                    columns = 0;
                } else if (c == ' ') {
                    columns++;
                } else if (c == '\t') {
                    columns += 4;
                } else {
                    break;
                }
            }
            int depth = quotes + columns / 2;
            if (depth > bestDepth) {
                bestDepth = depth;
                bestLine = line;
            }
            while (j < n && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
                j++;
            }
            if (j < n && text.charAt(j) == '\r' && j + 1 < n && text.charAt(j + 1) == '\n') {
                j++;
            }
            i = j + 1;
            line++;
        }
        return new Deepest(bestLine, bestDepth);
    }

    private record Deepest(int line, int depth) {}
}
