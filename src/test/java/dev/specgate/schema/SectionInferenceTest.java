package dev.specgate.schema;

import static dev.specgate.schema.TemplateFixtures.outline;
import static dev.specgate.schema.TemplateFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Heading patterns, numbered repeats and the optional-section convention. */
class SectionInferenceTest {

    @Test
    void placeholderPartsMakePatternsFromTheLiteralPrefix() {
        assertMatches("Phase 1: [Phase Name]", "Phase 3: Rollout", "PHASE 10: x");
        assertNoMatch("Phase 1: [Phase Name]", "Phase: Rollout", "Phased rollout");
        assertMatches("Endpoint: [Method] /path", "Endpoint: GET /refunds/{id}");
        assertMatches("Table: `table_name`", "Table: refunds");
        assertMatches("Service {{NAME}}", "Service ledger");
        assertMatches("Queue <name>", "Queue refunds-dlq");
        assertMatches("[Component 1]", "Anything at all");
        assertNoMatch("[Component 1]", "");
    }

    @Test
    void headingsWithoutPlaceholderPartsAreLiteral() {
        assertTrue(HeadingPattern.forPlaceholders("Rollback Plan").isEmpty());
        assertTrue(HeadingPattern.forPlaceholders("See [the guide](https://example.org)")
                .isEmpty());
        assertTrue(HeadingPattern.forPlaceholders("Step 1").isEmpty());
    }

    @Test
    void numberedRepeatsCollapseIntoTheFirst() {
        SpecSchema schema = read("t.md", """
                # T

                ## Plan

                ### Phase 1: [Phase Name]
                #### Tasks
                ### Phase 2: [Phase Name]
                #### Exit Criteria
                ### Milestone 1
                ### Milestone 2
                ### Step 1

                ## Options
                ### [Option 1]
                ### [Option 2]
                ### Recommendation
                """);

        assertEquals(
                List.of(
                        "Plan | 2 | 3",
                        "Plan > Phase 1: [Phase Name] | 3 | 5 | pattern",
                        "Plan > Phase 1: [Phase Name] > Tasks | 4 | 6",
                        "Plan > Milestone 1 | 3 | 9 | pattern",
                        "Plan > Step 1 | 3 | 11",
                        "Options | 2 | 13",
                        "Options > [Option 1] | 3 | 14 | pattern | optional",
                        "Options > Recommendation | 3 | 16"),
                outline(schema.sections()));
        Pattern milestone = schema.sections().get(0).children().get(1).pattern().orElseThrow();
        assertTrue(milestone.matcher("Milestone 3").matches());
        assertTrue(milestone.matcher("Milestone 3 - Beta").matches());
        assertFalse(milestone.matcher("Milestones").matches());
        assertFalse(milestone.matcher("Milestone").matches());
    }

    @Test
    void optionalMarkersAreHonouredAndStrippedFromTitles() {
        SpecSchema schema = read("t.md", """
                # T

                ## Appendix (optional)
                ## Glossary *(Optional)*
                ## Notes <!-- optional -->
                ## Revision History

                <!-- optional: small changes may skip it -->

                ## Risks
                Text first.
                <!-- optional -->
                ## Phase 1: [Name] (optional)
                ## Budget <!-- owner: finance -->
                Setext Optional (optional)
                --------------------------
                """);

        assertEquals(
                List.of(
                        "Appendix | 2 | 3 | optional",
                        "Glossary | 2 | 4 | optional",
                        "Notes | 2 | 5 | optional",
                        "Revision History | 2 | 6 | optional",
                        "Risks | 2 | 10",
                        "Phase 1: [Name] | 2 | 13 | pattern | optional",
                        "Budget | 2 | 14",
                        "Setext Optional | 2 | 15 | optional"),
                outline(schema.sections()));
    }

    private static void assertMatches(String templateHeading, String... headings) {
        Pattern pattern = HeadingPattern.forPlaceholders(templateHeading).orElseThrow();
        for (String heading : headings) {
            assertTrue(pattern.matcher(heading).matches(), templateHeading + " should match " + heading);
        }
    }

    private static void assertNoMatch(String templateHeading, String... headings) {
        Pattern pattern = HeadingPattern.forPlaceholders(templateHeading).orElseThrow();
        for (String heading : headings) {
            assertFalse(pattern.matcher(heading).matches(), templateHeading + " should not match " + heading);
        }
    }
}
