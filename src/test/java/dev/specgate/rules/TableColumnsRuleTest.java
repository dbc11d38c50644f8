package dev.specgate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.model.Finding;
import dev.specgate.model.SpecDocument;
import dev.specgate.parse.MarkdownParser;
import dev.specgate.schema.Placeholders;
import dev.specgate.schema.SpecSchema;
import dev.specgate.schema.TableInference;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableColumnsRuleTest {

    private static final MarkdownParser PARSER = new MarkdownParser();

    /** Option cells (line 7), a revision table with a Date column (line 13), and a sign-off table (line 19). */
    private static final String TEMPLATE = """
            # Design: [Name]

            ## Hazards

            Known hazards and how we respond.

            | Hazard | Chance | Severity | Response |
            |--------|--------|----------|----------|
            | [Hazard 1] | High/Med/Low | High/Med/Low | [Response] |

            ## Revisions

            | Date | Author | Changes |
            |------|--------|---------|
            | [Date] | [Name] | First version |

            ## Approvals

            | Role | Name | Status | Date |
            |------|------|--------|------|
            | Architect | | Pending | |
            """;

    private final TableColumnsRule rule = new TableColumnsRule();

    private List<String> check(String spec) {
        SpecSchema schema = SpecSchema.of("docs/specs/TEMPLATE.md", List.of(), List.of(), RuleFixtures.PLACEHOLDERS)
                .withTables(TableInference.infer(PARSER.parse("docs/specs/TEMPLATE.md", TEMPLATE)));
        FindingCollector out = new FindingCollector(rule.id(), rule.defaultSeverity(), "docs/specs/a.md");
        rule.check(PARSER.parse("docs/specs/a.md", spec), schema, out);
        return out.findings().stream()
                .sorted(Finding.ORDER)
                .map(Finding::format)
                .toList();
    }

    @Test
    void completeTablesPass() {
        assertEquals(List.of(), check("""
                # Ledger Sync

                ## Hazards

                | hazard | CHANCE | Severity | Response | Owner |
                |--------|--------|----------|----------|-------|
                | Double posting | high | Low | Idempotency keys | Ops |
                | Clock skew | Med | **Med** | NTP alarms | Infra |

                ## Revisions

                | Date | Author | Changes |
                |------|--------|---------|
                | 2026-01-15 | Dana | First version |

                ## Approvals

                Signed off in the tracker.
                """));
    }

    @Test
    void missingColumnIsReportedAtTheTableAndBadValuesAtTheCell() {
        assertEquals(
                List.of(
                        "docs/specs/a.md:5:1: [table-columns] Table in \"Hazards\" has no \"Chance\" column (template line 7)",
                        "docs/specs/a.md:7:20: [table-columns] Column \"Severity\" has \"Critical\", expected one of: High, "
                                + "Med, Low (template line 7)",
                        "docs/specs/a.md:13:3: [table-columns] Column \"Date\" has \"2026-13-01\", not a real date in "
                                + "YYYY-MM-DD form"),
                check("""
                        # Ledger Sync

                        ## Hazards

                        | Hazard | Severity | Response |
                        |--------|----------|----------|
                        | Double posting | Critical | Idempotency keys |

                        ## Revisions

                        | Date | Author | Changes |
                        |------|--------|---------|
                        | 2026-13-01 | Dana | First version |
                        """));
    }

    @Test
    void missingTableIsReportedAtTheSectionHeadingAndTablesInCodeAreNotRead() {
        assertEquals(
                List.of("docs/specs/a.md:3:4: [table-columns] Missing table in \"Hazards\": add a table with "
                        + "columns Hazard | Chance | Severity | Response (template line 7)"),
                check("""
                        # Ledger Sync

                        ## Hazards

                        ```
                        | Hazard | Chance | Severity | Response |
                        |--------|--------|----------|----------|
                        | Double posting | Huge | Low | None |
                        ```

                        ## Revisions

                        | Date | Author | Changes |
                        |------|--------|---------|
                        | 2026-01-15 | Dana | First version |
                        """));
    }

    @Test
    void cellStillListingTheTemplateOptionsIsAPromptLeftNotAWrongValue() {
        SpecDocument template = PARSER.parse("docs/specs/TEMPLATE.md", TEMPLATE);
        SpecSchema schema = SpecSchema.of("docs/specs/TEMPLATE.md", List.of(), List.of(), Placeholders.learn(template))
                .withTables(TableInference.infer(template));
        SpecDocument spec = PARSER.parse("docs/specs/a.md", """
                # Ledger Sync

                ## Hazards

                | Hazard | Chance | Severity | Response |
                |--------|--------|----------|----------|
                | Double posting | High/Med/Low | Med/Low | Idempotency keys |
                """);

        assertEquals(
                List.of("docs/specs/a.md:7:35: [table-columns] Column \"Severity\" has \"Med/Low\", expected one of: "
                        + "High, Med, Low (template line 7)"),
                findings(new TableColumnsRule(), spec, schema));
        assertEquals(
                List.of("docs/specs/a.md:7:20: [placeholder] Placeholder \"High/Med/Low\" left in"),
                findings(new PlaceholderRule(), spec, schema));
    }

    private static List<String> findings(Rule rule, SpecDocument spec, SpecSchema schema) {
        FindingCollector out = new FindingCollector(rule.id(), rule.defaultSeverity(), "docs/specs/a.md");
        rule.check(spec, schema, out);
        return out.findings().stream()
                .sorted(Finding.ORDER)
                .map(Finding::format)
                .toList();
    }

    @Test
    void missingSectionIsLeftToTheRequiredSectionRule() {
        assertEquals(List.of(), check("""
                # Ledger Sync

                ## Revisions

                | Date | Author | Changes |
                |------|--------|---------|
                | 2026-01-15 | Dana | First version |
                """));
    }
}
