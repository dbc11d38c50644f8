package dev.specgate.parse;

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
 * flexmark's own inline parser, with its regular-expression helper {@link #match} taking the match's bounds from a
 * reused matcher. flexmark creates a matcher for every match and takes the bounds from
 * {@link Matcher#toMatchResult()}, which on Java 17 copies the whole input to a string: the whole paragraph, one
 * character at a time, for every code span, link label and reference definition in it. On the Rust RFCs that was
 * more than a third of a warm check. What is parsed, and every node and offset, is the same:
 * {@code RegionMatchingInlineParserTest} compares both parsers' trees.
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
}
