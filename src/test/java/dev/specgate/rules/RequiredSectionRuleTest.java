package dev.specgate.rules;

import static dev.specgate.rules.RuleFixtures.aliased;
import static dev.specgate.rules.RuleFixtures.optional;
import static dev.specgate.rules.RuleFixtures.pattern;
import static dev.specgate.rules.RuleFixtures.run;
import static dev.specgate.rules.RuleFixtures.section;
import static dev.specgate.rules.RuleFixtures.sections;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.schema.SpecSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredSectionRuleTest {

    private static final SpecSchema SCHEMA = sections(
            section("Overview", 2, 3, section("Purpose", 3, 5), section("Scope", 3, 8)),
            section(
                    "Implementation Plan",
                    2,
                    11,
                    pattern("Phase 1: [Phase Name]", "Phase \\d+: .+", 3, 13),
                    section("Dependencies", 3, 17)),
            section("Deployment", 2, 20, section("Rollback Plan", 3, 22)));

    private static final String COMPLETE = """
            # Refund Service

            ## Overview

            ### Purpose
            Refunds for card payments.

            ### Scope
            Card payments only.

            ## Implementation Plan

            ### Phase 1: Ledger
            Build the ledger.

            ### Phase 2: Payouts
            Wire payouts.

            ### Dependencies
            The payments gateway.

            ## Deployment

            ### Rollback Plan
            Switch the flag off.
            """;

    private static List<String> check(String markdown) {
        return run(new RequiredSectionRule(), SCHEMA, markdown);
    }

    @Test
    void completeSpecPasses() {
        assertEquals(List.of(), check(COMPLETE));
    }

    @Test
    void missingSubsectionIsReportedWhereItShouldStart() {
        String spec = COMPLETE.replace("### Scope\nCard payments only.\n\n", "");
        assertEquals(
                List.of("docs/specs/a.md:8:1: [required-section] Missing section \"Overview > Scope\""
                        + " (template line 8)"),
                check(spec));
    }

    @Test
    void missingFirstSubsectionIsReportedAfterTheParentsBody() {
        String spec = COMPLETE.replace("### Purpose\nRefunds for card payments.\n\n", "");
        assertEquals(
                List.of("docs/specs/a.md:5:1: [required-section] Missing section \"Overview > Purpose\""
                        + " (template line 5)"),
                check(spec));
    }

    @Test
    void missingLastSectionIsClampedToTheLastLine() {
        String spec = COMPLETE.replace("\n## Deployment\n\n### Rollback Plan\nSwitch the flag off.\n", "");
        assertEquals(
                List.of("docs/specs/a.md:20:1: [required-section] Missing section \"Deployment\""
                        + " (template line 20)"),
                check(spec));
    }

    @Test
    void missingParentIsOneFindingNotOnePerChild() {
        String spec = COMPLETE.replace(
                "## Overview\n\n### Purpose\nRefunds for card payments.\n\n" + "### Scope\nCard payments only.\n\n",
                "");
        assertEquals(
                List.of("docs/specs/a.md:3:1: [required-section] Missing section \"Overview\" (template line 3)"),
                check(spec));
    }

    @Test
    void renamedHeadingDoesNotMatch() {
        String spec = COMPLETE.replace("### Rollback Plan", "### Rollback Strategy");
        assertEquals(
                List.of("docs/specs/a.md:24:1: [required-section] Missing section"
                        + " \"Deployment > Rollback Plan\" (template line 22)"),
                check(spec));
    }

    @Test
    void headingOnlyInsideFencedCodeIsMissing() {
        String spec = COMPLETE.replace("### Rollback Plan\n", "```\n### Rollback Plan\n```\n");
        int codeLine = spec.substring(0, spec.indexOf("### Rollback Plan")).split("\n", -1).length;
        assertEquals(
                List.of("docs/specs/a.md:" + codeLine + ":1: [required-section] Missing section"
                        + " \"Deployment > Rollback Plan\": the heading on this line is inside a code block"
                        + " (template line 22)"),
                check(spec));
    }

    @Test
    void anUnclosedFenceSwallowsTheHeadingsAfterIt() {
        String spec = COMPLETE.replace("### Rollback Plan\n", "```\n### Rollback Plan\n");
        int codeLine = spec.substring(0, spec.indexOf("### Rollback Plan")).split("\n", -1).length;
        assertEquals(
                List.of("docs/specs/a.md:" + codeLine + ":1: [required-section] Missing section"
                        + " \"Deployment > Rollback Plan\": the heading on this line is inside a code block"
                        + " (template line 22)"),
                check(spec));
    }

    @Test
    void setextHeadingsPass() {
        String spec = COMPLETE.replace("# Refund Service\n", "Refund Service\n==============\n")
                .replace("## Overview\n", "Overview\n--------\n")
                .replace("## Deployment\n", "Deployment\n----------\n");
        assertEquals(List.of(), check(spec));
    }

    @Test
    void extraAndReorderedSectionsPass() {
        String spec = """
                # Refund Service

                ## Deployment

                ### Rollback Plan
                Switch the flag off.

                ## Glossary
                Terms.

                ## Implementation Plan

                ### Dependencies
                The gateway.

                ### Phase 1: Ledger
                Build it.

                ### Risks
                Few.

                ## Overview

                ### Scope
                Cards.

                ### Purpose
                Refunds.
                """;
        assertEquals(List.of(), check(spec));
    }

    @Test
    void headingTextIsComparedLeniently() {
        String spec = COMPLETE.replace("## Overview", "##   OVERVIEW:  ##")
                .replace("### Purpose", "### **Purpose**")
                .replace("### Rollback Plan", "### rollback   plan");
        assertEquals(List.of(), check(spec));
    }

    @Test
    void sectionUnderTheWrongParentIsReportedAtTheHeading() {
        String spec = COMPLETE.replace("### Rollback Plan\nSwitch the flag off.\n", "Blue-green.\n")
                .replace(
                        "### Dependencies\nThe payments gateway.\n",
                        "### Dependencies\nThe payments gateway.\n\n### Rollback Plan\nSwitch the flag off.\n");
        assertEquals(
                List.of("docs/specs/a.md:22:5: [required-section] Section \"Rollback Plan\" is under"
                        + " \"Implementation Plan\" but the template puts it under \"Deployment\" (template line 22)"),
                check(spec));
    }

    @Test
    void topLevelSectionNestedTooDeepIsInTheWrongPlace() {
        String spec = COMPLETE.replace("## Deployment\n\n### Rollback Plan", "### Deployment\n\n#### Rollback Plan");
        assertEquals(
                List.of("docs/specs/a.md:22:5: [required-section] Section \"Deployment\" is under"
                        + " \"Implementation Plan\" but the template puts it under \"(top level)\" (template line 20)"),
                check(spec));
    }

    @Test
    void patternHeadingNeedsAtLeastOneMatchAtItsLevel() {
        String none = COMPLETE.replace("### Phase 1: Ledger\nBuild the ledger.\n\n", "")
                .replace("### Phase 2: Payouts\nWire payouts.\n\n", "");
        assertEquals(
                List.of("docs/specs/a.md:13:1: [required-section] Missing section"
                        + " \"Implementation Plan > Phase 1: [Phase Name]\" (template line 13)"),
                check(none));

        String oneRepeat = COMPLETE.replace("### Phase 1: Ledger\nBuild the ledger.\n\n", "");
        assertEquals(List.of(), check(oneRepeat));

        String deeper = COMPLETE.replace("### Phase 1: Ledger", "#### Phase 1: Ledger")
                .replace("### Phase 2: Payouts", "#### Phase 2: Payouts");
        assertEquals(
                List.of("docs/specs/a.md:13:1: [required-section] Missing section"
                        + " \"Implementation Plan > Phase 1: [Phase Name]\" (template line 13)"),
                check(deeper));
    }

    @Test
    void patternIsNotSatisfiedByALiteralSibling() {
        SpecSchema schema = sections(
                section("Detailed Design", 3, 40, pattern("[Component 1]", ".+", 4, 42), section("Data Model", 4, 50)));
        String onlyLiteral = """
                # Search

                ### Detailed Design

                #### Data Model
                Two tables.
                """;
        assertEquals(
                List.of("docs/specs/a.md:5:1: [required-section] Missing section"
                        + " \"Detailed Design > [Component 1]\" (template line 42)"),
                run(new RequiredSectionRule(), schema, onlyLiteral));

        String withComponent = onlyLiteral + "\n#### Indexer\nBuilds the index.\n";
        assertEquals(List.of(), run(new RequiredSectionRule(), schema, withComponent));
    }

    @Test
    void aliasMatchesButSynonymDoesNot() {
        SpecSchema schema = sections(aliased("Rollback Plan", 2, 9, "Backout Plan"));
        assertEquals(List.of(), run(new RequiredSectionRule(), schema, "# T\n\n## backout plan:\nUndo.\n"));
        assertEquals(
                List.of("docs/specs/a.md:3:1: [required-section] Missing section \"Rollback Plan\""
                        + " (template line 9)"),
                run(new RequiredSectionRule(), schema, "# T\n\n## Revert Plan\nUndo.\n"));
    }

    @Test
    void optionalSectionMayBeAbsentButItsRequiredChildrenCountWhenPresent() {
        SpecSchema schema =
                sections(section("Overview", 2, 3), optional("Appendix", 2, 10, section("Glossary", 3, 12)));
        assertEquals(List.of(), run(new RequiredSectionRule(), schema, "# T\n\n## Overview\nText.\n"));
        assertEquals(
                List.of("docs/specs/a.md:7:1: [required-section] Missing section \"Appendix > Glossary\""
                        + " (template line 12)"),
                run(new RequiredSectionRule(), schema, "# T\n\n## Overview\nText.\n\n## Appendix\nLinks.\n"));
    }

    @Test
    void documentWithoutTitleIsReported() {
        SpecSchema schema = sections(section("Overview", 2, 3));
        assertEquals(
                List.of("docs/specs/a.md:1:1: [required-section] Missing document title:"
                        + " start the spec with a level-1 heading"),
                run(new RequiredSectionRule(), schema, "## Overview\nText.\n"));
    }
}
