package dev.specgate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.parse.MarkdownParser;
import dev.specgate.rules.RequirementExtractor;
import dev.specgate.rules.RuleContext;
import dev.specgate.rules.SignOffProgress;
import dev.specgate.schema.SpecSchema;
import dev.specgate.schema.TemplateReader;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What reports show of a spec, read from the spec and its template's schema. */
class SpecSummaryTest {

    private static final String TEMPLATE = """
            # [Title]

            **Owner**: [Name]
            **Status**: Draft | Approved
            **Created**: YYYY-MM-DD
            **Last Updated**: YYYY-MM-DD

            ## Requirements

            - **REQ-001**: [Requirement]

            ## Sign-off

            | Role | Name | Status | Date |
            |------|------|--------|------|
            | Tech Lead | | Pending | |
            | Security | | Pending | |
            """;

    private final MarkdownParser parser = new MarkdownParser();
    private final SpecSchema schema = new TemplateReader().read(parser.parse("TEMPLATE.md", TEMPLATE), "TEMPLATE.md");

    @Test
    void factsComeFromTheTemplatesFields() {
        SpecSummary summary = summary("""
                # Refund limits

                **Owner**: Mia Chen
                **Status**: Approved
                **Created**: 2026-01-05
                **Last Updated**: 2026-02-30

                ## Requirements

                - **REQ-004**: Refunds above 500 EUR need a second approver.

                ## Sign-off

                | Role | Name | Status | Date |
                |------|------|--------|------|
                | Tech Lead | Ana Lima | Approved | 2026-01-04 |
                | Security (AppSec) | Raj Patel | Pending | |
                """);

        assertEquals(
                new SpecSummary(
                        "docs/specs/limits.md",
                        "Refund limits",
                        Optional.of("Approved"),
                        Optional.of("Mia Chen"),
                        Optional.of("2026-01-05"), // 2026-02-30 is no date
                        Optional.of(new SignOffProgress(1, 2, true)),
                        Map.of("REQ-004", "Requirements")),
                summary);
    }

    @Test
    void promptsAndMissingPartsAreLeftOut() {
        SpecSummary summary = summary("""
                **Owner**: [Name]
                **Last Updated**: 2026-03-01
                **Created**: 2026-02-01

                ## Requirements

                Nothing yet.
                """);

        assertEquals(
                new SpecSummary(
                        "docs/specs/limits.md",
                        "limits.md",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("2026-03-01"),
                        Optional.of(new SignOffProgress(0, 2, false)),
                        Map.of()),
                summary);
    }

    private SpecSummary summary(String text) {
        var document = parser.parse("docs/specs/limits.md", text);
        return SpecSummary.of(new RuleContext(document, schema), RequirementExtractor.extract(document, schema));
    }
}
