package dev.specgate.schema;

import static dev.specgate.schema.TemplateFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** POM overrides of the requirement ID style, the sign-off rule, approved statuses and the open-questions section. */
class RuleOverridesTest {

    /** IDs {@code REQ-001} on line 7, a sign-off table on line 17, Status options on line 3. */
    private static final SpecSchema TEMPLATE = read("t.md", """
            # [Service]

            **Status**: Draft | Review | Approved | Implemented

            ## Requirements
            ### Functional Requirements
            - **REQ-001**: [What it does]
            ### Constraints
            - [Constraint]

            ## Unresolved

            - [ ] [Question]

            ## Review Sign-offs

            | Role | Name | Status | Date |
            |------|------|--------|------|
            | Tech Lead | | Pending | |
            | [Stakeholder] | | Pending | |
            """);

    private static final SpecSchema WITHOUT_IDS = read("u.md", """
            # [Service]

            ## Requirements
            - [What it does]
            """);

    private static SpecSchema apply(SchemaOverrides overrides, SpecSchema schema) {
        return overrides.applyTo(schema);
    }

    private static SchemaOverrides ids(String pattern, String prefix, List<String> sections, String scope) {
        return SchemaOverrides.NONE.withRequirementIds(RequirementIdOverrides.of(pattern, prefix, sections, scope));
    }

    @Test
    void patternOverrideDerivesThePrefixAndKeepsTheTemplateSections() {
        RequirementIdSpec spec = apply(ids("REQ-\\d{4}", null, List.of(), null), TEMPLATE)
                .requirementIds()
                .get();

        assertEquals("REQ", spec.prefix());
        assertEquals("REQ-\\d{4}", spec.pattern().pattern());
        assertEquals(List.of(List.of("Requirements", "Functional Requirements")), spec.definitionSections());
        assertEquals(RequirementIdSpec.Scope.SPEC, spec.scope());
        assertEquals(0, spec.templateLine());
    }

    @Test
    void sectionsAndScopeOverridesResolveToTheTemplateSpelling() {
        RequirementIdSpec spec = apply(ids(" ", "", List.of("requirements > CONSTRAINTS:"), "Project"), TEMPLATE)
                .requirementIds()
                .get();

        assertEquals("REQ-\\d{3}", spec.pattern().pattern());
        assertEquals(List.of(List.of("Requirements", "Constraints")), spec.definitionSections());
        assertEquals(RequirementIdSpec.Scope.PROJECT, spec.scope());
        assertEquals(7, spec.templateLine());
    }

    @Test
    void pomPatternAppliesWhenTheTemplateDefinesNoIds() {
        RequirementIdSpec spec = apply(ids("^US-[1-9]\\d*$", null, List.of("Requirements"), null), WITHOUT_IDS)
                .requirementIds()
                .get();

        assertEquals("US", spec.prefix());
        assertEquals(List.of(List.of("Requirements")), spec.definitionSections());
        assertEquals(0, spec.templateLine());
    }

    @Test
    void explicitPrefixIsTaken() {
        assertEquals(
                "SEC",
                apply(ids("(?:SEC)-\\d+", "SEC", List.of(), null), TEMPLATE)
                        .requirementIds()
                        .get()
                        .prefix());
    }

    @Test
    void invalidRequirementIdSettingsNameTheParameterAndTheValue() {
        assertEquals(
                "requirementIds/pattern: \"REQ-(\\d\" is not a valid regular expression (Unclosed group at index"
                        + " 7); write e.g. REQ-\\d{3}",
                assertThrows(IllegalArgumentException.class, () -> ids("REQ-(\\d", null, List.of(), null))
                        .getMessage());
        assertEquals(
                "requirementIds/scope: \"global\" is not a scope; use spec (IDs unique in each spec) or project"
                        + " (unique across the spec set)",
                assertThrows(IllegalArgumentException.class, () -> ids(null, null, List.of(), "global"))
                        .getMessage());
        assertEquals(
                "requirementIds/pattern: cannot tell the ID prefix from \"(REQ|FR)-\\d+\"; start the pattern"
                        + " with the prefix and a hyphen (REQ-\\d{3}) or set requirementIds/prefix",
                assertThrows(IllegalArgumentException.class, () -> ids("(REQ|FR)-\\d+", null, List.of(), null))
                        .getMessage());
        assertEquals(
                "requirementIds/prefix: \"REQ\" is set without requirementIds/pattern; set the pattern too,"
                        + " e.g. <pattern>REQ-\\d{3}</pattern>",
                assertThrows(IllegalArgumentException.class, () -> ids(null, "REQ", List.of(), null))
                        .getMessage());
    }

    @Test
    void unknownDefinitionSectionNamesTheParameterAndThePath() {
        SchemaOverrides overrides = ids(null, null, List.of("Requirements > Functional"), null);

        assertEquals(
                "requirementIds/definitionSections: the template has no section \"Requirements > Functional\";"
                        + " known paths near it: \"Requirements > Functional Requirements\","
                        + " \"Requirements > Constraints\"",
                assertThrows(IllegalArgumentException.class, () -> apply(overrides, TEMPLATE))
                        .getMessage());
    }

    @Test
    void sectionsWithoutPatternNeedTemplateIds() {
        SchemaOverrides overrides = ids(null, null, List.of("Requirements"), "project");

        assertEquals(
                "requirementIds: the template defines no requirement IDs, so set requirementIds/pattern too,"
                        + " e.g. <pattern>REQ-\\d{3}</pattern>",
                assertThrows(IllegalArgumentException.class, () -> apply(overrides, WITHOUT_IDS))
                        .getMessage());
    }

    @Test
    void signOffOverridesReplaceRolesStatusesAndSection() {
        SchemaOverrides overrides = SchemaOverrides.NONE.withSignOff(new SignOffOverrides(
                Optional.of("unresolved"), List.of("Tech Lead", "Security"), List.of("Approved", "Waiting")));

        SignOffSpec spec = apply(overrides, TEMPLATE).signOff().get();

        assertEquals(List.of("Unresolved"), spec.sectionPath());
        assertEquals(List.of("Tech Lead", "Security"), spec.requiredRoles());
        assertEquals(List.of("Approved", "Waiting"), spec.allowedStatuses());
        assertEquals(true, spec.extraRolesAllowed());
        assertEquals(17, spec.templateLine());
    }

    @Test
    void signOffOverridesWithoutATemplateTableRequireOne() {
        SchemaOverrides overrides =
                SchemaOverrides.NONE.withSignOff(new SignOffOverrides(Optional.empty(), List.of("Owner"), List.of()));

        assertEquals(
                Optional.of(new SignOffSpec(
                        List.of(), List.of("Owner"), true, List.of("Approved", "Pending", "Rejected"), 0)),
                apply(overrides, WITHOUT_IDS).signOff());
    }

    @Test
    void signOffStatusesMustIncludeApproved() {
        SchemaOverrides overrides = SchemaOverrides.NONE.withSignOff(
                new SignOffOverrides(Optional.empty(), List.of(), List.of("Signed", "Pending")));

        assertEquals(
                "signOff/statuses: Signed, Pending does not include Approved, the status every required role"
                        + " gives an approved spec",
                assertThrows(IllegalArgumentException.class, () -> apply(overrides, TEMPLATE))
                        .getMessage());
    }

    @Test
    void approvedStatusesAndOpenQuestionsSectionAreReplaced() {
        assertEquals(List.of("Approved", "Implemented"), TEMPLATE.approvedStatuses());
        assertEquals(Optional.empty(), TEMPLATE.openQuestionsPath());

        SpecSchema merged = apply(
                SchemaOverrides.NONE
                        .withApprovedStatuses(List.of("Implemented"))
                        .withOpenQuestionsSection(Optional.of("UNRESOLVED")),
                TEMPLATE);

        assertEquals(List.of("Implemented"), merged.approvedStatuses());
        assertEquals(Optional.of(List.of("Unresolved")), merged.openQuestionsPath());
    }

    @Test
    void unknownOpenQuestionsSectionNamesTheParameter() {
        SchemaOverrides overrides = SchemaOverrides.NONE.withOpenQuestionsSection(Optional.of("Open Questions"));

        assertEquals(
                "openQuestionsSection: the template has no section \"Open Questions\"; known paths near it:"
                        + " \"Requirements\", \"Unresolved\", \"Review Sign-offs\"",
                assertThrows(IllegalArgumentException.class, () -> apply(overrides, TEMPLATE))
                        .getMessage());
    }
}
