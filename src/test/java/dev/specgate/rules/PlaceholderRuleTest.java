package dev.specgate.rules;

import static dev.specgate.rules.RuleFixtures.prompts;
import static dev.specgate.rules.RuleFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.schema.SpecSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceholderRuleTest {

    /** The placeholders of a seed-shaped template (brackets, {{VARS}}, TBD/TODO, numbered items), no prompt texts. */
    private static final SpecSchema NO_PROMPTS = RuleFixtures.sections();

    private static List<String> check(String markdown) {
        return run(new PlaceholderRule(), NO_PROMPTS, markdown);
    }

    private static String at(int line, int column, String token) {
        return "docs/specs/a.md:" + line + ":" + column + ": [placeholder] Placeholder \"" + token + "\" left in";
    }

    @Test
    void filledSpecPasses() {
        assertEquals(List.of(), check("""
                # Technical Specification: Refunds

                **Author**: Ann Lee
                **Date**: 2024-05-01

                ## Overview
                Refunds for card payments, due 2024/06/01.
                """));
    }

    @Test
    void bracketedPromptsAreReportedAtTheirColumnIncludingTheTitle() {
        assertEquals(
                List.of(
                        at(1, 28, "[Feature Name]"),
                        at(3, 22, "[Your Name]"),
                        at(5, 1, "[Description]"),
                        at(7, 23, "[X days/weeks]")),
                check("""
                # Technical Specification: [Feature Name]

                **Author**: Claude + [Your Name]

                [Description]

                **Estimated Effort:** [X days/weeks]
                """));
    }

    @Test
    void linksReferencesTaskBoxesFootnotesAndImagesAreNotPrompts() {
        assertEquals(List.of(), check("""
                # Links

                See [the design](https://example.com/design) and [the PRD][prd] or [prd][].
                The [runbook] covers it.[^1] Escaped \\[brackets\\] are text.
                ![Architecture](arch.png) and items[0] in prose.

                - [ ] Ship the ledger
                - [x] Write the schema
                * [X] Review

                [^1]: A footnote.

                [prd]: https://example.com/prd
                [runbook]: https://example.com/runbook
                """));
    }

    @Test
    void undefinedShortcutReferenceIsAPrompt() {
        assertEquals(List.of(at(3, 3, "[Related ADR]")), check("# T\n\n- [Related ADR]\n"));
    }

    @Test
    void inlineCodeHoldsNoPlaceholder() {
        assertEquals(List.of(), check("""
                # API

                Call `POST /api/v1/[id]/{{RESOURCE}}` with `TBD` and `YYYY-MM-DD` set.
                """));
    }

    @Test
    void codeBlocksHoldNoPlaceholder() {
        assertEquals(List.of(), check("""
                # Data

                ```sql
                -- TBD: [columns] from YYYY-MM-DD
                CREATE TABLE {{TABLE_NAME}} (id INTEGER);
                ```
                """));
    }

    @Test
    void dateTemplatesAndMarkerWordsOutsideCode() {
        assertEquals(
                List.of(
                        at(3, 11, "YYYY-MM-DD"),
                        at(4, 11, "[YYYY-MM-DD]"),
                        at(6, 1, "TBD"),
                        at(6, 13, "DD/MM/YYYY"),
                        at(7, 8, "TODO"),
                        at(7, 18, "FIXME"),
                        at(7, 28, "TBC")),
                check("""
                # T

                **Date**: YYYY-MM-DD
                **Date**: [YYYY-MM-DD]

                TBD. Due on DD/MM/YYYY.
                Owner: TODO (see FIXME and TBC).
                Lower case tbd, todo and words like TODOS or TBD-ish stay.
                """));
    }

    @Test
    void bareNumberedTemplateItems() {
        assertEquals(
                List.of(
                        at(3, 7, "Question 2?"),
                        at(4, 3, "Task 1"),
                        at(5, 4, "Step 2"),
                        at(6, 3, "Test case 1:"),
                        at(10, 3, "Risk 1")),
                check("""
                # T

                - [ ] Question 2?
                - Task 1
                1. Step 2
                - Test case 1:
                - Java 17 and Python 3
                - Phase 2 covers billing

                | Risk 1 | High |
                |--------|------|
                | Outage | Low  |
                """));
    }

    @Test
    void productVersionsAreNotNumberedTemplateItems() {
        assertEquals(List.of(), check("# T\n\n- Java 17\n- Windows 11\n- HTTP 2\n"));
    }

    @Test
    void frontMatterAndMetadataValuesAreScanned() {
        assertEquals(
                List.of(at(2, 9, "[Your Name]"), at(3, 10, "YYYY-MM-DD"), at(8, 15, "[draft | review]")), check("""
                ---
                author: [Your Name]
                created: YYYY-MM-DD
                ---
                # T

                ## Metadata
                - **Status**: [draft | review]
                """));
    }

    @Test
    void promptLinesLeftVerbatimAreReported() {
        SpecSchema schema = prompts(
                "what is explicitly out of scope for this spec?",
                "technical constraints",
                "high-level description of the technical approach.");
        List<String> findings = run(new PlaceholderRule(), schema, """
                # T

                ## Non-Goals
                What is explicitly   out of scope for this spec?

                ## Constraints
                - Technical constraints
                - **Technical Constraints**
                - Technical constraints on [Platform]
                - Budget constraints

                ## Approach
                ```
                High-level description of the technical approach.
                ```
                """);
        assertEquals(
                List.of(
                        "docs/specs/a.md:4:1: [placeholder] Template text left unchanged:"
                                + " \"What is explicitly   out of scope for this spec?\"",
                        "docs/specs/a.md:7:3: [placeholder] Template text left unchanged: \"Technical constraints\"",
                        "docs/specs/a.md:8:5: [placeholder] Template text left unchanged: \"Technical Constraints\""),
                findings);
    }

    @Test
    void placeholderFindingHasNoTemplateLine() {
        assertEquals(List.of(at(1, 6, "[Name]")), check("# T: [Name]\n"));
    }
}
