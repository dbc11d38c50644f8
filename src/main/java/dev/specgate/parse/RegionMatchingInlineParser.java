package dev.specgate.parse;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's own inline parser, with two of its helpers doing the same work with less copying. What is parsed, and
 * every node and offset, is the same: {@code RegionMatchingInlineParserTest} compares both parsers' trees.
 *
 * <ul>
 *   <li>{@link #match} takes the match's bounds from a reused matcher. flexmark creates a matcher for every match and
 *       takes the bounds from {@link Matcher#toMatchResult()}, which on Java 17 copies the whole input to a string:
 *       the whole paragraph, one character at a time, for every code span, link label and reference definition in
 *       it. On the Rust RFCs that was more than a third of a warm check.
 *   <li>{@link #flushTextNode} gives a text node whose pieces follow one another in the source the source's own
 *       range. flexmark builds every text node through a segment builder (a hash map, statistics and a segment list
 *       per node) even when, as almost always, the pieces are one run of the source; that was about a tenth of the
 *       memory a check allocates.
 * </ul>
 */
final class RegionMatchingInlineParser extends InlineParserImpl {

    /** Creates this parser where flexmark would create its own. */
    static final InlineParserFactory FACTORY = RegionMatchingInlineParser::new;

    /** One matcher per pattern, reset for each match: flexmark made a new one each time. */
    private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();

    private RegionMatchingInlineParser(
            DataHolder options,
            BitSet specialCharacters,
            BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors,
            LinkRefProcessorData linkRefProcessorsData,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(
                options,
                specialCharacters,
                delimiterCharacters,
                delimiterProcessors,
                linkRefProcessorsData,
                inlineParserExtensions);
    }

    /** The next match at or after the current index, which the index then moves past; null when there is none. */
    @Override
    public BasedSequence match(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = matchers.computeIfAbsent(re, pattern -> pattern.matcher(input));
        matcher.reset(input).region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return input.subSequence(matcher.start(), matcher.end());
    }

    /**
     * Ends the text node being collected. When its pieces are plain ranges of the source, each starting where the one
     * before ends, the node's text is that one range of the source, which is what flexmark's segment builder makes
     * of them; anything else (a gap, a piece flexmark rewrote) goes to flexmark.
     */
    @Override
    public boolean flushTextNode() {
        List<BasedSequence> pieces = currentText;
        if (pieces == null || pieces.isEmpty() || !oneRun(input, pieces)) {
            return super.flushTextNode();
        }
        int start = pieces.get(0).getStartOffset();
        int end = pieces.get(pieces.size() - 1).getEndOffset();
        block.appendChild(new Text(input.baseSubSequence(start, end)));
        currentText = null;
        return true;
    }

    /**
     * True when every piece is a {@linkplain LineIndex#isSourceRange plain range} of {@code input}'s source, each
     * starting where the one before ends.
     */
    static boolean oneRun(BasedSequence input, List<BasedSequence> pieces) {
        int end = pieces.get(0).getStartOffset();
        for (BasedSequence piece : pieces) {
            if (!LineIndex.isSourceRange(piece, input) || piece.getStartOffset() != end) {
                return false;
            }
            end = piece.getEndOffset();
        }
        return true;
    }
}
