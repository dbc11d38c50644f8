package dev.specgate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specgate.model.Finding;
import dev.specgate.rules.PlaceholderRule;
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
 * status filled in, and the check then reports only the prompts left for the author.
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
                                "2. **REQ-002**: [Requirement text]")),
                Arguments.of(
                        "b-metadata-section.md",
                        List.of(
                                "# Partial refunds",
                                "owner: Ada Lovelace",
                                "created: 2026-03-04",
                                "status: draft",
                                "reviewers: [Alice, Bob, etc.]")),
                Arguments.of(
                        "c-bullet-metadata.md",
                        List.of(
                                "# Partial refunds",
                                "- **Feature**: [Feature name]",
                                "- **Owners**: Ada Lovelace",
                                "- **Last Updated**: 2026-03-04",
                                "- **Status**: Draft")),
                Arguments.of(
                        "d-colon-in-bold.md",
                        List.of(
                                "# Technical Design: Partial refunds",
                                "**Author:** Ada Lovelace",
                                "**Date:** 2026-03-04",
                                "**Status:** Draft",
                                "**Tracking Issue:** [Link to issue]")),
                Arguments.of(
                        "e-sign-off.md",
                        List.of(
                                "# Technical Specification: Partial refunds",
                                "**Author**: Ada Lovelace",
                                "**Status**: Draft",
                                "**Created**: 2026-03-04",
                                "**Last Updated**: 2026-03-04",
                                "| Tech Lead | | Pending | |")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void startedSpecFailsOnlyOnThePromptsLeftForTheAuthor(String template, List<String> filledLines) throws Exception {
        SpecSetRequest set = templateBesideSpecs(template);
        String text = draft(set, Optional.of("Ada Lovelace")).text();
        List<String> lines = text.lines().toList();
        for (String line : filledLines) {
            assertTrue(lines.contains(line), template + " lacks the line " + line + ":\n" + text);
        }
        Files.writeString(base.resolve("docs/specs/partial-refunds.md"), text);

        List<Finding> findings = check(set).findings();

        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals(PlaceholderRule.ID)), "the check fails");
        // Besides placeholders, only a table cell listing the template's options (High/Med/Low) is left to choose.
        List<String> others = findings.stream()
                .filter(f -> !f.ruleId().equals(PlaceholderRule.ID))
                .filter(f -> !(f.ruleId().equals("table-columns") && f.message().contains("has \"High/Med/Low\"")))
                .map(Finding::format)
                .toList();
        assertEquals(List.of(), others);
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
