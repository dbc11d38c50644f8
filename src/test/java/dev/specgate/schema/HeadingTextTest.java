package dev.specgate.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeadingTextTest {

    @Test
    void dropsMarkupNoiseButKeepsCaseForDisplay() {
        assertEquals("Rollback Plan", HeadingText.display("  **Rollback   Plan**: ## "));
        assertEquals("Design", HeadingText.display("*Design*"));
        assertEquals("Design", HeadingText.display("_Design_"));
        assertEquals("Table: `refunds`", HeadingText.display("Table: `refunds`"));
        assertEquals("C# notes", HeadingText.display("C# notes"));
    }

    @Test
    void normalizesForComparison() {
        assertEquals("testing strategy", HeadingText.normalize("Testing  STRATEGY:"));
        assertEquals(HeadingText.normalize("Design"), HeadingText.normalize("*Design*"));
    }
}
