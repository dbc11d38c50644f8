package dev.specgate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.model.Finding;
import dev.specgate.parse.MarkdownParser;
import dev.specgate.schema.ApprovedStatusInference;
import dev.specgate.schema.SectionSpec;
import dev.specgate.schema.SignOffInference;
import dev.specgate.schema.SpecSchema;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignOffRuleTest {

    private static final MarkdownParser PARSER = new MarkdownParser();

    /** Shaped like a template with a sign-off table and a placeholder role row; the table header is on line 11. */
    private static final String TEMPLATE = """
            # Design: [Name]

            **Status**: Draft | In Review | Approved | Implemented

            ## Appendix

            [Notes]

            ## Approvals

            | Role | Name | Status | Date |
            |------|------|--------|------|
            | Architect | | Pending | |
            | Product Owner | | Pending | |
            | [Reviewer] | | Pending | |
            """;

    private static final String HEAD = """
            # Ledger Sync

            **Status**: %s

            ## Appendix

            Glossary lives in the wiki.

            ## Approvals

            | Role | Name | Status | Date |
            |------|------|--------|------|
            """;

    private final SignOffRule rule =
            new SignOffRule(Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC));

    private static SpecSchema schema(String template) {
        var doc = PARSER.parse("docs/specs/TEMPLATE.md", template);
        return SpecSchema.of("docs/specs/TEMPLATE.md", List.of(), List.of(), RuleFixtures.PLACEHOLDERS)
                .withSignOff(SignOffInference.infer(doc))
                .withApprovedStatuses(ApprovedStatusInference.infer(doc));
    }

    private List<String> check(String template, String spec) {
        FindingCollector out = new FindingCollector(rule.id(), rule.defaultSeverity(), "docs/specs/a.md");
        rule.check(PARSER.parse("docs/specs/a.md", spec), schema(template), out);
        return out.findings().stream()
                .sorted(Finding.ORDER)
                .map(Finding::format)
                .toList();
    }

    private List<String> check(String status, String... rows) {
        return check(TEMPLATE, HEAD.formatted(status) + String.join("\n", rows) + "\n");
    }

    @Test
    void approvedSpecWithEveryRoleSignedPasses() {
        assertEquals(
                List.of(),
                check(
                        "Approved",
                        "| Architect | Dana Kim | Approved | 2026-03-02 |",
                        "| **Product Owner** | Lee Park | approved | 2026-03-04 |",
                        "| Finance | Sam Ode | Approved | 2026-06-01 |",
                        "| Architect (Data) | Mo Ali | Approved | 2026-03-01 |"));
    }

    @Test
    void draftSpecMayKeepPendingRowsWithoutNamesOrDates() {
        assertEquals(
                List.of(),
                check(
                        "Draft",
                        "| Architect | | Pending | |",
                        "| Product Owner | | Pending | |",
                        "| [Reviewer] | | Pending | |"));
    }

    @Test
    void pendingSignOffInAnApprovedSpecIsReportedAtTheRole() {
        assertEquals(
                List.of("docs/specs/a.md:14:3: [sign-off] Status is Implemented but \"Product Owner\" has not "
                        + "signed off (Pending)"),
                check(
                        "Implemented",
                        "| Architect | Dana Kim | Approved | 2026-03-02 |",
                        "| Product Owner | Lee Park | Pending | |"));
    }

    @Test
    void impossibleAndFutureDatesAreReportedAtTheDate() {
        assertEquals(
                List.of(
                        "docs/specs/a.md:13:37: [sign-off] Sign-off of \"Architect\" has date \"2026-02-30\", not a real date "
                                + "in YYYY-MM-DD form",
                        "docs/specs/a.md:14:41: [sign-off] Sign-off of \"Product Owner\" has date \"2026-07-01\", which lies "
                                + "in the future"),
                check(
                        "Draft",
                        "| Architect | Dana Kim | Approved | 2026-02-30 |",
                        "| Product Owner | Lee Park | Approved | 2026-07-01 |"));
    }

    @Test
    void missingRoleAndMissingColumnAreReportedAtTheTable() {
        assertEquals(
                List.of(
                        "docs/specs/a.md:11:1: [sign-off] Sign-off table has no \"Date\" column (template line 11)",
                        "docs/specs/a.md:11:1: [sign-off] Sign-off table has no row for \"Product Owner\" (template line 11)"),
                check(TEMPLATE, """
                        # Ledger Sync

                        **Status**: Draft

                        ## Appendix

                        Glossary lives in the wiki.

                        ## Approvals

                        | Role | Name | Status |
                        |------|------|--------|
                        | Architect | Dana Kim | Pending |
                        """));
    }

    @Test
    void approvedRowNeedsANameAndADate() {
        assertEquals(
                List.of(
                        "docs/specs/a.md:13:14: [sign-off] Sign-off of \"Architect\" is Approved but has no name",
                        "docs/specs/a.md:14:36: [sign-off] Sign-off of \"Product Owner\" is Approved but the date is still "
                                + "\"YYYY-MM-DD\""),
                check(
                        "Draft",
                        "| Architect | | Approved | 2026-03-02 |",
                        "| Product Owner | Lee | Approved | YYYY-MM-DD |"));
    }

    @Test
    void unknownAndRejectedStatusesAreReportedAtTheStatus() {
        assertEquals(
                List.of(
                        "docs/specs/a.md:13:26: [sign-off] Sign-off of \"Architect\" has \"Done\", expected one of: Approved, "
                                + "Pending, Rejected",
                        "docs/specs/a.md:14:30: [sign-off] Sign-off of \"Product Owner\" is Rejected: address the objection "
                                + "and get a new sign-off"),
                check(
                        "Draft",
                        "| Architect | Dana Kim | Done | 2026-03-02 |",
                        "| Product Owner | Lee Park | Rejected | 2026-03-04 |"));
    }

    @Test
    void missingTableIsReportedAtTheSectionHeading() {
        assertEquals(
                List.of("docs/specs/a.md:9:4: [sign-off] Missing sign-off table in \"Approvals\": add a table "
                        + "with columns Role | Name | Status | Date (template line 11)"),
                check(TEMPLATE, """
                        # Ledger Sync

                        **Status**: Draft

                        ## Appendix

                        Glossary lives in the wiki.

                        ## Approvals

                        ```
                        | Role | Name | Status | Date |
                        |------|------|--------|------|
                        | Architect | Dana Kim | Approved | 2026-03-02 |
                        ```
                        """));
    }

    @Test
    void missingSectionIsReportedWhereTheSectionBelongs() {
        SpecSchema schema = schema(TEMPLATE)
                .withSections(List.of(
                        new SectionSpec("Appendix", 2, Optional.empty(), false, List.of(), 5, List.of()),
                        new SectionSpec("Approvals", 2, Optional.empty(), false, List.of(), 9, List.of())));
        FindingCollector out = new FindingCollector(rule.id(), rule.defaultSeverity(), "docs/specs/a.md");

        rule.check(PARSER.parse("docs/specs/a.md", """
                # Ledger Sync

                **Status**: Draft

                ## Appendix

                Glossary lives in the wiki.

                ## Later Notes

                Nothing yet.
                """), schema, out);

        assertEquals(
                List.of("docs/specs/a.md:9:1: [sign-off] Missing sign-off table in \"Approvals\": add a table "
                        + "with columns Role | Name | Status | Date (template line 11)"),
                out.findings().stream().map(Finding::format).toList());
    }

    @Test
    void emptySpecGetsOneFindingAtLineOne() {
        assertEquals(
                List.of("docs/specs/a.md:1:1: [sign-off] Missing sign-off table in \"Approvals\": add a table "
                        + "with columns Role | Name | Status | Date (template line 11)"),
                check(TEMPLATE, ""));
    }

    @Test
    void rolesOutsideTheTemplateNeedAPlaceholderRow() {
        String template = TEMPLATE.replace("| [Reviewer] | | Pending | |\n", "");
        assertEquals(
                List.of("docs/specs/a.md:15:3: [sign-off] Sign-off role \"Finance\" is not in the template: use "
                        + "one of Architect, Product Owner"),
                check(template, HEAD.formatted("Draft") + """
                        | Architect | Dana Kim | Pending | |
                        | Product Owner | Lee Park | Pending | |
                        | Finance | Sam Ode | Pending | |
                        """));
    }
}
