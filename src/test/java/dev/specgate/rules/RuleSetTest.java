package dev.specgate.rules;

import static dev.specgate.rules.RuleFixtures.field;
import static dev.specgate.rules.RuleFixtures.optional;
import static dev.specgate.rules.RuleFixtures.pattern;
import static dev.specgate.rules.RuleFixtures.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import dev.specgate.model.SpecDocument;
import dev.specgate.schema.FieldType;
import dev.specgate.schema.SpecSchema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    /** A schema of the shape a "Technical Specification: [Name]" template with bold metadata gives. */
    private static final SpecSchema SCHEMA = SpecSchema.of(
            "TEMPLATE.md",
            List.of(
                    section("Overview", 2, 10, section("Problem", 3, 12), section("Goals", 3, 15)),
                    section(
                            "Proposed Solution",
                            2,
                            20,
                            section("Components", 3, 22, pattern("Component 1: [Name]", "Component \\d+: .+", 4, 24))),
                    section("Implementation Plan", 2, 30, pattern("Phase 1: [Name]", "Phase \\d+: .+", 3, 32)),
                    section("Open Questions", 2, 40),
                    optional("Revision History", 2, 45)),
            List.of(
                    field("Author", FieldType.TEXT, 3),
                    field("Date", FieldType.DATE, 4),
                    field("Status", FieldType.ENUM, 5, "Draft", "In Review", "Approved", "Implemented")),
            RuleFixtures.prompts(
                            "What technical problem are we solving?",
                            "- Goal 1",
                            "- Task 1",
                            "- [Name]",
                            "**Author**: [Your Name]")
                    .placeholders());

    private static List<Finding> checkAll(String markdown) {
        SpecDocument document = RuleFixtures.parse(markdown);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : RuleSet.all()) {
            FindingCollector out = new FindingCollector(rule.id(), rule.defaultSeverity(), RuleFixtures.FILE);
            rule.check(document, SCHEMA, out);
            findings.addAll(out.findings());
        }
        return findings.stream().sorted(Finding.ORDER).toList();
    }

    @Test
    void rulesComeInAStableOrderWithUniqueIdsAndOneSentenceDescriptions() {
        List<Rule> rules = RuleSet.all();
        assertEquals(
                List.of(
                        "required-section",
                        "empty-section",
                        "placeholder",
                        "metadata",
                        "requirement-id",
                        "sign-off",
                        "open-questions",
                        "table-columns",
                        "approval-drift"),
                rules.stream().map(Rule::id).toList());
        for (Rule rule : rules) {
            assertEquals(Severity.ERROR, rule.defaultSeverity(), rule.id());
            assertTrue(rule.description().endsWith(".") && rule.description().indexOf(". ") < 0, rule.id());
        }
    }

    @Test
    void completeSpecPassesEveryRule() {
        assertEquals(List.of(), checkAll("""
                # Technical Specification: Search Suggestions

                **Author:** Ann Lee
                **Date:** 2025-03-14
                **Status:** In Review

                ---

                ## Overview

                ### Problem
                Users mistype product names.

                ### Goals
                - Suggest as users type
                - [x] Keep p95 under 50 ms

                ---

                ## Proposed Solution

                ### Components

                #### Component 1: Prefix Index
                Builds a trie nightly, see [the ADR][adr].

                #### Component 2: Ranker
                Orders by popularity.

                ## Implementation Plan

                ### Phase 1: Index
                - [ ] Build the trie

                ## Open Questions

                - [x] Which tokenizer? The standard one.

                [adr]: https://example.com/adr/12
                """));
    }

    @Test
    void unfilledSpecGetsOneFindingPerProblem() {
        List<String> findings = checkAll("""
                # Technical Specification: [Feature/System Name]

                **Author:** [Your Name]
                **Status:** Approved | Draft

                ## Overview

                ### Problem
                What technical problem are we solving?

                ### Goals
                - Goal 1

                ## Proposed Solution

                ### Components

                ## Implementation Plan

                ### Phase 1: [Name]
                - [ ] Task 1

                ## Open Questions
                """).stream().map(Finding::format).toList();
        assertEquals(
                List.of(
                        "docs/specs/a.md:1:28: [placeholder] Placeholder \"[Feature/System Name]\" left in",
                        "docs/specs/a.md:3:13: [placeholder] Placeholder \"[Your Name]\" left in",
                        "docs/specs/a.md:4:1: [metadata] Missing metadata field \"Date\" (template line 4)",
                        "docs/specs/a.md:4:13: [metadata] Metadata field \"Status\" has \"Approved | Draft\", expected one of:"
                                + " Draft, In Review, Approved, Implemented"
                                + " (template line 5)",
                        "docs/specs/a.md:9:1: [placeholder] Template text left unchanged:"
                                + " \"What technical problem are we solving?\"",
                        "docs/specs/a.md:12:3: [placeholder] Placeholder \"Goal 1\" left in",
                        "docs/specs/a.md:16:5: [empty-section] Section \"Proposed Solution > Components\" is empty"
                                + " (template line 22)",
                        "docs/specs/a.md:18:1: [required-section] Missing section"
                                + " \"Proposed Solution > Components > Component 1: [Name]\" (template line 24)",
                        "docs/specs/a.md:20:14: [placeholder] Placeholder \"[Name]\" left in",
                        "docs/specs/a.md:21:7: [placeholder] Placeholder \"Task 1\" left in",
                        "docs/specs/a.md:23:4: [empty-section] Section \"Open Questions\" is empty (template line 40)"),
                findings);
    }
}
