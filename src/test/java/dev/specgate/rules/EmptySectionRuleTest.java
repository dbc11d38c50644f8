package dev.specgate.rules;

import static dev.specgate.rules.RuleFixtures.optional;
import static dev.specgate.rules.RuleFixtures.pattern;
import static dev.specgate.rules.RuleFixtures.run;
import static dev.specgate.rules.RuleFixtures.section;
import static dev.specgate.rules.RuleFixtures.sections;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.schema.SpecSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmptySectionRuleTest {

    private static final SpecSchema SCHEMA = sections(
            section("Metadata", 2, 3),
            section("Overview", 2, 9, section("Purpose", 3, 10), section("Scope", 3, 13)),
            section("Implementation", 2, 16, pattern("Phase 1: [Name]", "Phase \\d+: .+", 3, 17)),
            optional("Appendix", 2, 30));

    private static final String COMPLETE = """
            # Quota Service

            ## Metadata
            ---
            version: 1.2
            author: Ann Lee
            ---

            ## Overview

            ### Purpose
            Limit API usage per tenant.

            ### Scope
            Public API only.

            ## Implementation

            ### Phase 1: Counters
            Redis counters.

            ### Phase 2: Billing
            Invoice overage.

            ## Appendix
            """;

    private static List<String> check(String markdown) {
        return run(new EmptySectionRule(), SCHEMA, markdown);
    }

    @Test
    void completeSpecPassesMetadataLinesAndSubsectionsAreContentAndOptionalMayBeEmpty() {
        assertEquals(List.of(), check(COMPLETE));
    }

    @Test
    void emptiedSectionIsReportedAtItsHeading() {
        String spec = COMPLETE.replace("Public API only.\n", "");
        assertEquals(
                List.of("docs/specs/a.md:14:5: [empty-section] Section \"Overview > Scope\" is empty"
                        + " (template line 13)"),
                check(spec));
    }

    @Test
    void loneCommentOrThematicBreakIsNoContent() {
        String comment = COMPLETE.replace("Public API only.\n", "<!-- What is in and out of scope? -->\n");
        assertEquals(
                List.of("docs/specs/a.md:14:5: [empty-section] Section \"Overview > Scope\" is empty"
                        + " (template line 13)"),
                check(comment));

        String multiLine = COMPLETE.replace("Public API only.\n", "<!--\nWhat is in scope?\n-->\n");
        assertEquals(
                List.of("docs/specs/a.md:14:5: [empty-section] Section \"Overview > Scope\" is empty"
                        + " (template line 13)"),
                check(multiLine));

        String rule = COMPLETE.replace("Public API only.\n", "\n---\n");
        assertEquals(
                List.of("docs/specs/a.md:14:5: [empty-section] Section \"Overview > Scope\" is empty"
                        + " (template line 13)"),
                check(rule));
    }

    @Test
    void htmlThatIsNotACommentIsContent() {
        String spec = COMPLETE.replace("Public API only.\n", "<details>\n<summary>Scope</summary>\n</details>\n");
        assertEquals(List.of(), check(spec));
    }

    @Test
    void sectionWithOnlySubsectionsIsNotEmpty() {
        String spec = COMPLETE.replace("## Overview\n\n### Purpose", "## Overview\n### Purpose");
        assertEquals(List.of(), check(spec));
    }

    @Test
    void emptyRepeatOfAPatternSectionIsReportedWithItsOwnPath() {
        String spec = COMPLETE.replace("Invoice overage.\n", "");
        assertEquals(
                List.of("docs/specs/a.md:22:5: [empty-section] Section \"Implementation > Phase 2: Billing\""
                        + " is empty (template line 17)"),
                check(spec));
    }

    @Test
    void emptySectionAtTheEndOfTheFileIsReported() {
        String spec = COMPLETE.replace("Invoice overage.\n\n## Appendix\n", "");
        assertEquals(
                List.of("docs/specs/a.md:22:5: [empty-section] Section \"Implementation > Phase 2: Billing\""
                        + " is empty (template line 17)"),
                check(spec));
    }

    @Test
    void missingSectionsAreLeftToRequiredSection() {
        String spec = COMPLETE.replace("### Scope\nPublic API only.\n\n", "");
        assertEquals(List.of(), check(spec));
    }
}
