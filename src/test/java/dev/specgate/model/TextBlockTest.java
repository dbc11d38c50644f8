package dev.specgate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextBlockTest {

    private static final List<Inline> PIECES = List.of(
            new Inline(InlineKind.TEXT, "Run ", SourceLocation.of(3, 1)),
            new Inline(InlineKind.CODE, "mvn verify", SourceLocation.of(3, 5)),
            new Inline(InlineKind.HTML_COMMENT, "<!-- hidden -->", SourceLocation.of(3, 17)),
            new Inline(InlineKind.TEXT, "before release.", SourceLocation.of(4, 1)));

    private static TextBlock block() {
        return new TextBlock(BlockKind.PARAGRAPH, SourceLocation.of(3, 1), 4, PIECES, TaskState.NONE, false);
    }

    @Test
    void visibleTextJoinsLinesWithASpaceKeepsCodeTicksAndLeavesCommentsOut() {
        assertEquals("Run `mvn verify` before release.", block().visibleText());
    }

    @Test
    void visibleTextIsBuiltOnce() {
        TextBlock block = block();
        assertSame(block.visibleText(), block.visibleText());
    }

    @Test
    void visibleSignatureIsTheSignatureOfTheVisibleText() {
        TextBlock block = block();
        assertEquals(TextKey.signature("Run `mvn verify` before release."), block.visibleSignature());
    }

    @Test
    void equalWhenEveryPartIsEqualWhetherOrNotItsTextWasAskedFor() {
        TextBlock asked = block();
        asked.visibleText();
        asked.visibleSignature();
        assertEquals(block(), asked);
        assertEquals(block().hashCode(), asked.hashCode());
        assertNotEquals(
                block(),
                new TextBlock(BlockKind.PARAGRAPH, SourceLocation.of(3, 1), 4, PIECES, TaskState.NONE, false, true));
        assertNotEquals(
                block(), new TextBlock(BlockKind.LIST_ITEM, SourceLocation.of(3, 1), 4, PIECES, TaskState.NONE, false));
    }
}
