package dev.specgate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.model.Finding;
import dev.specgate.model.SpecDocument;
import dev.specgate.parse.MarkdownParser;
import dev.specgate.schema.RequirementIdInference;
import dev.specgate.schema.RequirementIdSpec;
import dev.specgate.schema.SpecSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementIdRuleTest {

    private static final MarkdownParser PARSER = new MarkdownParser();

    /** Shaped like a template with {@code **REQ-001**:} items; the first example ID is on line 8. */
    private static final String REQ_TEMPLATE = """
            # [Service Name] - Design

            **Status**: Draft | Review | Approved

            ## Requirements

            ### Functional Requirements
            1. **REQ-001**: [What it must do]
            2. **REQ-002**: [What it must do]

            ### Quality Requirements
            - **Latency**: [Targets]
            """;

    /** Shaped like a template with {@code **FR-1**:} items; the first example ID is on line 6. */
    private static final String FR_TEMPLATE = """
            # Design Template

            ## Requirements

            ### Functional Requirements
            1. **FR-1**: [Requirement description]
            2. **FR-2**: [Requirement description]
            """;

    private final RequirementIdRule rule = new RequirementIdRule();

    private static SpecSchema schema(String template) {
        return SpecSchema.of("docs/specs/TEMPLATE.md", List.of(), List.of(), RuleFixtures.PLACEHOLDERS)
                .withRequirementIds(RequirementIdInference.infer(PARSER.parse("docs/specs/TEMPLATE.md", template)));
    }

    private List<String> check(String template, String spec) {
        FindingCollector out = new FindingCollector(rule.id(), rule.defaultSeverity(), "docs/specs/a.md");
        rule.check(PARSER.parse("docs/specs/a.md", spec), schema(template), out);
        return out.findings().stream()
                .sorted(Finding.ORDER)
                .map(Finding::format)
                .toList();
    }

    @Test
    void completeSpecHasNoFinding() {
        assertEquals(List.of(), check(REQ_TEMPLATE, """
                # Refund Service

                **Status**: Draft

                ## Requirements

                ### Functional Requirements
                1. **REQ-001**: Refunds are issued within one day.
                2. **REQ-002**: Partial refunds keep the order open (see REQ-001).
                   - Acceptance: the order shows the remaining amount

                ### Quality Requirements
                - **Latency**: p95 under 200 ms for REQ-002.
                """));
    }

    @Test
    void duplicateDefinitionIsReportedAtBothLinesEachNamingTheOther() {
        assertEquals(
                List.of(
                        "docs/specs/a.md:8:6: [requirement-id] Duplicate requirement ID REQ-001 (defined again at line 9)",
                        "docs/specs/a.md:9:6: [requirement-id] Duplicate requirement ID REQ-001 (first defined at line 8)"),
                check(REQ_TEMPLATE, """
                # Refund Service

                **Status**: Draft

                ## Requirements

                ### Functional Requirements
                1. **REQ-001**: Refunds are issued within one day.
                2. **REQ-001**: Partial refunds keep the order open.
                """));
    }

    @Test
    void malformedTokensAreReportedAtTheToken() {
        assertEquals(
                List.of(
                        "docs/specs/a.md:9:6: [requirement-id] Malformed requirement ID \"REQ-01\": use the form REQ-001",
                        "docs/specs/a.md:11:10: [requirement-id] Malformed requirement ID \"REQ-7a\": use the form REQ-001",
                        "docs/specs/a.md:11:22: [requirement-id] Malformed requirement ID \"REQ-0001\": use the form REQ-001"),
                check(REQ_TEMPLATE, """
                # Refund Service

                **Status**: Draft

                ## Requirements

                ### Functional Requirements
                1. **REQ-001**: Refunds are issued within one day.
                2. **REQ-01**: Partial refunds keep the order open.

                Related: REQ-7a, and REQ-0001; PREREQ-1 and REQ-001 are fine.
                """));
    }

    @Test
    void referenceToUndefinedIdIsReportedAtTheReference() {
        assertEquals(
                List.of("docs/specs/a.md:12:20: [requirement-id] Reference to undefined requirement ID REQ-009"),
                check(REQ_TEMPLATE, """
                # Refund Service

                **Status**: Draft

                ## Requirements

                ### Functional Requirements
                1. **REQ-001**: Refunds are issued within one day.

                ## Testing

                - Load tests cover REQ-009 and REQ-001.
                """));
    }

    @Test
    void idsStartingItemsOutsideDefinitionSectionsAreReferences() {
        assertEquals(
                List.of("docs/specs/a.md:12:3: [requirement-id] Reference to undefined requirement ID REQ-002"),
                check(REQ_TEMPLATE, """
                # Refund Service

                **Status**: Draft

                ## Requirements

                ### Functional Requirements
                1. **REQ-001**: Refunds are issued within one day.

                ## Testing

                - REQ-002: covered by the nightly suite
                - REQ-001: covered by unit tests
                """));
    }

    @Test
    void listItemWithoutIdIsReportedAtTheItem() {
        assertEquals(
                List.of("docs/specs/a.md:9:1: [requirement-id] List item in \"Requirements > Functional "
                        + "Requirements\" has no requirement ID: start it with an ID like REQ-001 (template line 8)"),
                check(REQ_TEMPLATE, """
                # Refund Service

                **Status**: Draft

                ## Requirements

                ### Functional Requirements
                1. **REQ-001**: Refunds are issued within one day.
                2. Partial refunds keep the order open.
                """));
    }

    @Test
    void noRequirementIsReportedAtTheDefinitionSection() {
        assertEquals(
                List.of("docs/specs/a.md:7:5: [requirement-id] No requirement defined: start each requirement "
                        + "in \"Requirements > Functional Requirements\" with an ID like REQ-001 (template line 8)"),
                check(REQ_TEMPLATE, """
                # Refund Service

                **Status**: Draft

                ## Requirements

                ### Functional Requirements
                Refunds are issued within one day.
                """));
    }

    @Test
    void noRequirementWithoutTheSectionIsReportedAtTheTitle() {
        assertEquals(
                List.of("docs/specs/a.md:1:3: [requirement-id] No requirement defined: start each requirement "
                        + "in \"Requirements > Functional Requirements\" with an ID like REQ-001 (template line 8)"),
                check(REQ_TEMPLATE, """
                # Refund Service

                ## Overview

                Refunds are issued within one day.
                """));
    }

    @Test
    void definitionsInTablesParagraphsAndHeadingsCount() {
        assertEquals(List.of(), check(REQ_TEMPLATE, """
                # Refund Service

                ## Requirements

                ### Functional Requirements

                | REQ-ID | Requirement |
                |--------|-------------|
                | REQ-001 | Refunds are issued within one day. |

                **REQ-002**: Partial refunds keep the order open.

                #### REQ-003: Refund audit log

                Every refund is logged; it extends REQ-001 and REQ-002.
                """));
    }

    @Test
    void idsInCodeAreNeverRead() {
        assertEquals(List.of(), check(REQ_TEMPLATE, """
                # Refund Service

                ## Requirements

                ### Functional Requirements
                1. **REQ-001**: Refunds use `REQ-7a` style keys, see [the spec](https://example.com/REQ-404).

                ```
                2. **REQ-001**: a duplicate in code
                3. REQ-01 malformed in code, REQ-999 undefined in code
                ```

                    4. **REQ-001**: indented code
                """));
    }

    @Test
    void frStyleRejectsLeadingZerosAndEmptyNumbersButNotOtherPrefixes() {
        assertEquals(
                List.of(
                        "docs/specs/a.md:7:6: [requirement-id] Malformed requirement ID \"FR-01\": use the form FR-1",
                        "docs/specs/a.md:9:12: [requirement-id] Malformed requirement ID \"FR-\": use the form FR-1"),
                check(FR_TEMPLATE, """
                # Checkout Redesign

                ## Requirements

                ### Functional Requirements
                1. **FR-1**: Users can pay with a saved card.
                2. **FR-01**: Users can remove a card.

                See NFR-1, FR- and FR-1.
                """));
    }

    @Test
    void projectScopeReportsIdsDefinedInTwoSpecs() {
        RequirementIdSpec inferred = schema(REQ_TEMPLATE).requirementIds().orElseThrow();
        SpecSchema projectScope = schema(REQ_TEMPLATE)
                .withRequirementIds(java.util.Optional.of(new RequirementIdSpec(
                        inferred.prefix(),
                        inferred.pattern(),
                        inferred.definitionSections(),
                        RequirementIdSpec.Scope.PROJECT,
                        inferred.templateLine())));
        SpecDocument first = PARSER.parse("docs/specs/a.md", """
                # Refunds

                ## Requirements

                ### Functional Requirements
                1. **REQ-001**: Refunds are issued within one day.
                """);
        SpecDocument second = PARSER.parse("docs/specs/b.md", """
                # Chargebacks

                ## Requirements

                ### Functional Requirements
                1. **REQ-002**: Chargebacks are tracked (builds on REQ-001).
                2. **REQ-001**: Chargebacks are answered within a week.

                Depends on REQ-005.
                """);
        FindingCollector out = new FindingCollector(rule.id(), rule.defaultSeverity(), "docs/specs");

        rule.checkSet(
                List.of(
                        SpecFacts.of(new RuleContext(second, projectScope)),
                        SpecFacts.of(new RuleContext(first, projectScope))),
                projectScope,
                out);

        assertEquals(
                List.of(
                        "docs/specs/a.md:6:6: [requirement-id] Duplicate requirement ID REQ-001 "
                                + "(also defined in docs/specs/b.md at line 7)",
                        "docs/specs/b.md:7:6: [requirement-id] Duplicate requirement ID REQ-001 "
                                + "(also defined in docs/specs/a.md at line 6)",
                        "docs/specs/b.md:9:12: [requirement-id] Reference to undefined requirement ID REQ-005"),
                out.findings().stream()
                        .sorted(Finding.ORDER)
                        .map(Finding::format)
                        .toList());
    }

    @Test
    void projectScopeLeavesUndefinedReferencesToTheSetCheck() {
        RequirementIdSpec inferred = schema(REQ_TEMPLATE).requirementIds().orElseThrow();
        SpecSchema projectScope = schema(REQ_TEMPLATE)
                .withRequirementIds(java.util.Optional.of(new RequirementIdSpec(
                        inferred.prefix(),
                        inferred.pattern(),
                        inferred.definitionSections(),
                        RequirementIdSpec.Scope.PROJECT,
                        inferred.templateLine())));
        FindingCollector out = new FindingCollector(rule.id(), rule.defaultSeverity(), "docs/specs/b.md");

        rule.check(PARSER.parse("docs/specs/b.md", """
                # Chargebacks

                ## Requirements

                ### Functional Requirements
                1. **REQ-002**: Chargebacks are tracked (builds on REQ-001).
                """), projectScope, out);

        assertEquals(List.of(), out.findings());
    }

    @Test
    void withoutIdsInTheTemplateTheRuleIsSilent() {
        FindingCollector out = new FindingCollector(rule.id(), rule.defaultSeverity(), "docs/specs/a.md");
        rule.check(
                PARSER.parse("docs/specs/a.md", "# A\n\nREQ-7a\n"),
                SpecSchema.of("t", List.of(), List.of(), RuleFixtures.PLACEHOLDERS),
                out);
        assertEquals(List.of(), out.findings());
    }
}
