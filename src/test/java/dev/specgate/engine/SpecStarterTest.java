package dev.specgate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specgate.model.Finding;
import dev.specgate.schema.SchemaOverrides;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A spec started from each template shape ({@code src/test/resources/templates}) has its title, author, dates and
 * status filled in, and the check then reports exactly the prompts left for the author.
 */
class SpecStarterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

    @TempDir
    Path base;

    static Stream<Arguments> templates() {
        return Stream.of(
                Arguments.of(
                        "a-bold-preamble.md",
                        List.of(
                                "# Partial refunds - Design Spec",
                                "**Date**: 2026-03-04",
                                "**Owner**: Ada Lovelace",
                                "**Status**: Draft",
                                "**Revision**: 2.1",
                                "1. **REQ-001**: [Requirement text]",
                                "2. **REQ-002**: [Requirement text]"),
                        List.of(
                                placeholder(11, 1, "[Why are we doing this?]"),
                                placeholder(14, 1, "[What is in and what is out]"),
                                placeholder(19, 17, "[Requirement text]"),
                                placeholder(20, 17, "[Requirement text]"),
                                placeholder(23, 16, "[Targets]"),
                                placeholder(24, 21, "[Targets]"),
                                placeholder(28, 14, "[Phase Name]"),
                                placeholder(29, 3, "Task 1"),
                                placeholder(30, 3, "Task 2"),
                                placeholder(32, 14, "[Phase Name]"),
                                placeholder(33, 3, "Task 1"),
                                placeholder(34, 3, "Task 2"),
                                placeholder(37, 3, "[Upstream work]"),
                                placeholder(41, 15, "[Method]"),
                                placeholder(55, 4, "Step 1"),
                                placeholder(56, 4, "Step 2"),
                                placeholder(59, 1, "[How to back out]"))),
                Arguments.of(
                        "b-metadata-section.md",
                        List.of(
                                "# Partial refunds",
                                "owner: Ada Lovelace",
                                "created: 2026-03-04",
                                "status: draft",
                                "reviewers: [Alice, Bob, etc.]"),
                        List.of(
                                unchanged(2, 1, "Use this template for every service design that needs review."),
                                placeholder(10, 12, "[Alice, Bob, etc.]"),
                                placeholder(14, 1, "[Background and the reason for change]"),
                                placeholder(39, 3, "[How do we know it worked?]"),
                                unchanged(40, 3, "Example: \"Cut checkout errors in half\""))),
                Arguments.of(
                        "c-bullet-metadata.md",
                        List.of(
                                "# Partial refunds",
                                "- **Feature**: [Feature name]",
                                "- **Owners**: Ada Lovelace",
                                "- **Last Updated**: 2026-03-04",
                                "- **Status**: Draft"),
                        List.of(
                                placeholder(4, 16, "[Feature name]"),
                                placeholder(10, 16, "[Why now]"),
                                placeholder(11, 14, "[What success means]"),
                                placeholder(15, 17, "[Services touched]"),
                                placeholder(16, 13, "[API changes/additions]"),
                                placeholder(19, 15, "[Schema changes]"),
                                placeholder(22, 14, "[Phase Name]"),
                                placeholder(24, 6, "[Task description]"),
                                placeholder(25, 17, "[Estimate]"),
                                placeholder(27, 14, "[Phase Name]"),
                                placeholder(29, 6, "[Task description]"),
                                placeholder(30, 17, "[Estimate]"),
                                placeholder(34, 14, "[What to test]"),
                                placeholder(37, 14, "[What to test]"))),
                Arguments.of(
                        "d-colon-in-bold.md",
                        List.of(
                                "# Technical Design: Partial refunds",
                                "**Author:** Ada Lovelace",
                                "**Date:** 2026-03-04",
                                "**Status:** Draft",
                                "**Tracking Issue:** [Link to issue]"),
                        List.of(
                                placeholder(6, 21, "[Link to issue]"),
                                unchanged(13, 1, "What user problem does this change address?"),
                                placeholder(16, 3, "Goal 1"),
                                placeholder(17, 3, "Goal 2"),
                                placeholder(25, 19, "[Name]"),
                                placeholder(26, 14, "[What it does]"),
                                placeholder(28, 19, "[Name]"),
                                placeholder(29, 14, "[What it does]"),
                                unchanged(46, 3, "Feature X must be completed first"),
                                unchanged(47, 3, "Technical constraints"),
                                unchanged(50, 5, "Term: Definition"),
                                placeholder(56, 20, "[Approach name]"),
                                placeholder(58, 3, "Pro 1"),
                                placeholder(60, 20, "[Approach name]"),
                                placeholder(62, 3, "Pro 1"),
                                unchanged(68, 1, "Anything else reviewers should read."),
                                placeholder(75, 3, "[Date]"),
                                placeholder(75, 12, "[Name]"))),
                Arguments.of(
                        "e-sign-off.md",
                        List.of(
                                "# Technical Specification: Partial refunds",
                                "**Author**: Ada Lovelace",
                                "**Status**: Draft",
                                "**Created**: 2026-03-04",
                                "**Last Updated**: 2026-03-04",
                                "| Tech Lead | | Pending | |"),
                        List.of(
                                placeholder(12, 1, "[What is broken today and who feels it?]"),
                                placeholder(16, 3, "[Goal 1]"),
                                placeholder(22, 6, "[Component 1]"),
                                placeholder(24, 1, "[Responsibilities and interfaces]"),
                                placeholder(26, 6, "[Component 2]"),
                                placeholder(28, 1, "[Responsibilities and interfaces]"),
                                placeholder(32, 1, "[Tables and migrations]"),
                                placeholder(36, 1, "[Endpoints added or changed]"),
                                placeholder(42, 3, "[Risk 1]"),
                                // the risk table's choices are left to the author, as prompts, not wrong values
                                placeholder(42, 14, "High/Med/Low"),
                                placeholder(42, 29, "High/Med/Low"),
                                placeholder(42, 44, "[Mitigation]"),
                                placeholder(46, 7, "[Question that needs an answer]"),
                                placeholder(56, 3, "[Stakeholder]"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void startedSpecFailsOnlyOnThePromptsLeftForTheAuthor(
            String template, List<String> filledLines, List<String> expectedFindings) throws Exception {
        SpecSetRequest set = templateBesideSpecs(template);
        String text = draft(set, Optional.of("Ada Lovelace")).text();
        List<String> lines = text.lines().toList();
        for (String line : filledLines) {
            assertTrue(lines.contains(line), template + " lacks the line " + line + ":\n" + text);
        }
        Files.writeString(base.resolve("docs/specs/partial-refunds.md"), text);

        List<String> findings =
                check(set).findings().stream().map(Finding::format).toList();

        // Every finding is a prompt the template left for the author: no missing section, metadata or table error.
        assertEquals(expectedFindings, findings);
    }

    private static String placeholder(int line, int column, String prompt) {
        return finding(line, column, "Placeholder \"" + prompt + "\" left in");
    }

    private static String unchanged(int line, int column, String text) {
        return finding(line, column, "Template text left unchanged: \"" + text + "\"");
    }

    private static String finding(int line, int column, String message) {
        return "docs/specs/partial-refunds.md:" + line + ":" + column + ": [placeholder] " + message;
    }

    @Test
    void requirementIdsContinueAfterTheHighestOfTheSpecSet() throws Exception {
        SpecSetRequest set = templateBesideSpecs("a-bold-preamble.md");
        Files.writeString(
                base.resolve("docs/specs/earlier.md"),
                "# Earlier\n\n## Requirements\n\n### Functional\n1. **REQ-003**: One.\n2. **REQ-011**: Two.\n");

        SpecStarter.Draft draft = draft(set, Optional.empty());

        assertEquals(List.of("REQ-012", "REQ-013"), draft.requirementIds());
        List<String> lines = draft.text().lines().toList();
        assertTrue(lines.contains("1. **REQ-012**: [Requirement text]"));
        assertTrue(lines.contains("2. **REQ-013**: [Requirement text]"));
        assertTrue(lines.contains("**Owner**: [Owner Name]"), "without an author the prompt stays");
    }

    @Test
    void builtInTemplateWhenNoneIsConfigured() throws Exception {
        Files.createDirectories(base.resolve("docs/specs"));
        SpecSetRequest set = set();

        SpecStarter.Template template = SpecStarter.Template.of(set, base, StandardCharsets.UTF_8);
        String text = new SpecStarter()
                .draft(template, SchemaOverrides.NONE, List.of(), "Partial refunds", Optional.of("Ada Lovelace"), TODAY)
                .text();

        assertEquals(TemplateSource.BUILT_IN_NAME, template.name());
        assertEquals(
                List.of(
                        "# Partial refunds",
                        "",
                        "**Author**: Ada Lovelace",
                        "**Status**: Draft",
                        "**Date**: 2026-03-04",
                        "",
                        "## Overview"),
                text.lines().limit(7).toList());
        assertFalse(text.contains("[Title]") || text.contains("YYYY-MM-DD"));
    }

    @Test
    void templateWithoutTitleGetsOneAndLineEndingsAreKept() throws Exception {
        SpecStarter.Template template =
                new SpecStarter.Template("t.md", "**Status**: Draft | Approved\r\n\r\n## Scope\r\n\r\n[Scope]\r\n");

        String text = new SpecStarter()
                .draft(template, SchemaOverrides.NONE, List.of(), "Ledger", Optional.empty(), TODAY)
                .text();

        assertEquals("# Ledger\r\n\r\n**Status**: Draft\r\n\r\n## Scope\r\n\r\n[Scope]\r\n", text);
    }

    private SpecSetRequest templateBesideSpecs(String template) throws IOException {
        Files.createDirectories(base.resolve("docs/specs"));
        try (InputStream in = getClass().getResourceAsStream("/templates/" + template)) {
            Files.write(base.resolve("docs/specs/TEMPLATE.md"), in.readAllBytes());
        }
        return set();
    }

    private SpecSetRequest set() {
        return new SpecSetRequest(
                base.resolve("docs/specs"), List.of(), List.of(), Optional.empty(), SchemaOverrides.NONE);
    }

    private SpecStarter.Draft draft(SpecSetRequest set, Optional<String> author) throws Exception {
        SpecStarter.Template template = SpecStarter.Template.of(set, base, StandardCharsets.UTF_8);
        return new SpecStarter()
                .draft(template, SchemaOverrides.NONE, check(set).requirements(), "Partial refunds", author, TODAY);
    }

    private CheckResult check(SpecSetRequest set) throws SpecCheckException {
        return new SpecChecker().check(new CheckRequest(base, List.of(set), StandardCharsets.UTF_8));
    }
}
