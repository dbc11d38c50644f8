package dev.specgate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    private static Table table(String... headers) {
        List<TableCell> cells = java.util.Arrays.stream(headers)
                .map(h -> new TableCell(h, SourceLocation.of(1, 1)))
                .toList();
        return new Table(SourceLocation.of(1, 1), new TableRow(SourceLocation.of(1, 1), cells), List.of());
    }

    @Test
    void findsColumnsWhateverTheirCaseSpacingOrEmphasis() {
        Table table = table("**Role**", " Name ", "`Status`", "Sign-off   Date");
        assertEquals(0, table.columnIndex("role"));
        assertEquals(1, table.columnIndex("NAME"));
        assertEquals(2, table.columnIndex("Status"));
        assertEquals(3, table.columnIndex("sign-off date"));
        assertEquals(-1, table.columnIndex("Date"));
    }

    @Test
    void unwrapsNestedEmphasisButKeepsInnerMarkers() {
        assertEquals("Approved", InlineText.unwrap("  **_Approved_** "));
        assertEquals("a_b", InlineText.unwrap("a_b"));
        assertEquals("in review", InlineText.key("**In   Review**"));
    }
}
