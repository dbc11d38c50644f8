package dev.specgate.parse;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * flexmark's heading, thematic break and fenced code parsers try a regular expression on every line where a block
 * could start, with a new matcher each time (about a tenth of all a check allocates). Each expression matches only a
 * line whose first non-blank character is one of a few, and all but the ATX heading's {@code #} only as a run of the
 * same character: {@code #}, or {@code =} or {@code -} for a heading; {@code *}, {@code -} or {@code _} for a thematic
 * break; a backtick or {@code ~} for a code fence. These factories stand in for flexmark's three and ask them only
 * about such lines, so the tree is the one flexmark builds.
 *
 * <p>flexmark orders its block parsers by the classes of their factories: each stand-in declares the order of the
 * factory it wraps, with the wrapped classes translated to their stand-ins. flexmark's own core factories declare
 * their order both ways, so the order is what it was.
 */
final class FirstCharacterBlockStarts {

    private static final Map<Class<?>, Class<?>> STAND_INS = Map.of(
            HeadingParser.Factory.class, Headings.class,
            ThematicBreakParser.Factory.class, ThematicBreaks.class,
            FencedCodeBlockParser.Factory.class, CodeFences.class);

    /**
     * What a line may still end in after flexmark has split it off: characters that a regular expression's {@code $}
     * treats as the end of the line.
     */
    private static final String LINE_END = "\r\u0085\u2028\u2029";

    private FirstCharacterBlockStarts() {}

    /** flexmark's options with its own three factories turned off; {@link #factories()} goes with them. */
    static MutableDataSet options(MutableDataSet options) {
        options.set(Parser.HEADING_PARSER, false);
        options.set(Parser.THEMATIC_BREAK_PARSER, false);
        options.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
        return options;
    }

    /** The stand-ins, to register with the parser built on {@link #options}. */
    static List<CustomBlockParserFactory> factories() {
        return List.of(new Headings(), new ThematicBreaks(), new CodeFences());
    }

    /**
     * Whether a line can open the block of a stand-in: its first non-blank character is one of {@code openers}, or one
     * of {@code runs} repeated, that is, the next non-blank character is the same one or there is none ({@code ---},
     * {@code * * *}, a fence, a setext underline; never {@code - item}). A line terminator flexmark leaves in the line
     * counts as none.
     */
    static boolean mayOpen(ParserState state, String openers, String runs) {
        BasedSequence line = state.getLine();
        int first = state.getNextNonSpaceIndex();
        int length = line.length();
        if (first >= length) {
            return false;
        }
        char marker = line.charAt(first);
        if (openers.indexOf(marker) >= 0) {
            return true;
        }
        if (runs.indexOf(marker) < 0) {
            return false;
        }
        for (int i = first + 1; i < length; i++) {
            char next = line.charAt(i);
            if (next != ' ' && next != '\t') {
                return next == marker || LINE_END.indexOf(next) >= 0;
            }
        }
        return true;
    }

    private static Set<Class<?>> standIns(Set<Class<?>> classes) {
        if (classes == null) {
            return null;
        }
        Set<Class<?>> translated = new HashSet<>();
        for (Class<?> type : classes) {
            translated.add(STAND_INS.getOrDefault(type, type));
        }
        return translated;
    }

    /** One of flexmark's factories, asked only about the lines that {@linkplain #mayOpen may open} its block. */
    abstract static class StandIn implements CustomBlockParserFactory {

        private final CustomBlockParserFactory wrapped;
        private final String openers;
        private final String runs;

        StandIn(CustomBlockParserFactory wrapped, String openers, String runs) {
            this.wrapped = wrapped;
            this.openers = openers;
            this.runs = runs;
        }

        /** The class of the flexmark factory this one stands in for. */
        Class<?> wrappedType() {
            return wrapped.getClass();
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            BlockParserFactory factory = wrapped.apply(options);
            return new BlockParserFactory() {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                    return mayOpen(state, openers, runs) ? factory.tryStart(state, matched) : BlockStart.none();
                }
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return standIns(wrapped.getAfterDependents());
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return standIns(wrapped.getBeforeDependents());
        }

        @Override
        public boolean affectsGlobalScope() {
            return wrapped.affectsGlobalScope();
        }

        @Override
        public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
            return wrapped.getLeadInHandler(options);
        }
    }

    /** ATX headings open with {@code #}; a setext underline is a run of {@code =} or {@code -}. */
    private static final class Headings extends StandIn {
        Headings() {
            super(new HeadingParser.Factory(), "#", "=-");
        }
    }

    /** Three or more {@code *}, {@code -} or {@code _}. */
    private static final class ThematicBreaks extends StandIn {
        ThematicBreaks() {
            super(new ThematicBreakParser.Factory(), "", "*-_");
        }
    }

    /** Three or more backticks or tildes. */
    private static final class CodeFences extends StandIn {
        CodeFences() {
            super(new FencedCodeBlockParser.Factory(), "", "`~");
        }
    }
}
