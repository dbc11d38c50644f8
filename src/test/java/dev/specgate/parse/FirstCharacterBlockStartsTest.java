package dev.specgate.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.internal.DocumentParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stand-ins for flexmark's heading, thematic break and code fence factories keep flexmark's order of block
 * parsers. That the trees stay the same is {@link RegionMatchingInlineParserTest}'s part.
 */
class FirstCharacterBlockStartsTest {

    @Test
    void blockParsersAreTriedInFlexmarksOrder() {
        List<Class<?>> flexmark =
                types(DocumentParser.calculateBlockParserFactories(MarkdownParser.options(), List.of()));
        for (List<CustomBlockParserFactory> registered :
                List.of(FirstCharacterBlockStarts.factories(), reversed(FirstCharacterBlockStarts.factories()))) {
            List<Class<?>> plugin = types(DocumentParser.calculateBlockParserFactories(
                    FirstCharacterBlockStarts.options(MarkdownParser.options()), registered));
            assertEquals(flexmark, plugin);
        }
        assertEquals(7, flexmark.size(), "all of flexmark's core block parsers: " + flexmark);
    }

    /** Each factory's class, a stand-in's as the class of the flexmark factory it wraps. */
    private static List<Class<?>> types(List<CustomBlockParserFactory> factories) {
        List<Class<?>> types = new ArrayList<>();
        for (CustomBlockParserFactory factory : factories) {
            types.add(
                    factory instanceof FirstCharacterBlockStarts.StandIn standIn
                            ? standIn.wrappedType()
                            : factory.getClass());
        }
        return types;
    }

    private static List<CustomBlockParserFactory> reversed(List<CustomBlockParserFactory> factories) {
        List<CustomBlockParserFactory> reversed = new ArrayList<>(factories);
        Collections.reverse(reversed);
        return reversed;
    }
}
