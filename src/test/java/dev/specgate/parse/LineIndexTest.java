package dev.specgate.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SegmentedSequence;
import dev.specgate.model.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineIndexTest {

    private static final String TEXT = "# Title\n\n- item one\n  continued\n";

    @Test
    void locatesOffsetsByLineAndColumn() {
        LineIndex index = new LineIndex(TEXT, BasedSequence.of(TEXT));
        assertEquals(new SourceLocation(1, 1), index.location(0));
        assertEquals(new SourceLocation(3, 3), index.location(TEXT.indexOf("item")));
        assertEquals(4, index.endLine(TEXT.indexOf("item"), TEXT.length()));
    }

    @Test
    void givesTheCharactersOfEverySequenceOfTheText() {
        BasedSequence base = BasedSequence.of(TEXT);
        LineIndex index = new LineIndex(TEXT, base);
        BasedSequence item = base.subSequence(TEXT.indexOf("item"), TEXT.indexOf("\n  continued"));
        BasedSequence joined = SegmentedSequence.create(
                base, List.of(item, base.subSequence(TEXT.indexOf("continued"), TEXT.length() - 1)));
        BasedSequence elsewhere = BasedSequence.of("item one, from another text");
        for (BasedSequence chars : List.of(base, item, joined, elsewhere, BasedSequence.NULL)) {
            assertEquals(chars.toString(), index.string(chars));
        }
        assertEquals("item onecontinued", index.string(joined));
    }

    @Test
    void readsEveryNodeOfAParsedDocumentAsFlexmarkDoes() {
        String text = "# Ti\0tle\n\n> quoted `co\0de`\n> [label][r] <b>x</b>\n\n- item\n  continued \0\n\n"
                + "| a | b\0 |\n|---|---|\n| 1 | 2 |\n\n[r]: http://example.com\n<div>\0</div>\n";
        assertReadsEveryNodeAsFlexmarkDoes(text);
    }

    /** Every node's characters, as {@link LineIndex#string} gives them, are those flexmark's own string holds. */
    static void assertReadsEveryNodeAsFlexmarkDoes(String text) {
        Document tree = new MarkdownParser().tree(text);
        LineIndex index = new LineIndex(text, tree.getChars());
        for (Node node : tree.getDescendants()) {
            assertEquals(node.getChars().toString(), index.string(node.getChars()), node.toString());
        }
    }

    @Test
    void readsNoSequenceOfAnotherTextOfTheSameLengthAsItsOwn() {
        String other = TEXT.replace('i', 'x');
        LineIndex index = new LineIndex(TEXT, BasedSequence.of(TEXT));
        BasedSequence foreign = BasedSequence.of(other).subSequence(10, 18);
        assertEquals(foreign.toString(), index.string(foreign));
    }
}
