package dev.specgate.rules;

import static dev.specgate.rules.RuleFixtures.field;
import static dev.specgate.rules.RuleFixtures.metadata;
import static dev.specgate.rules.RuleFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.schema.FieldType;
import dev.specgate.schema.SpecSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataRuleTest {

    private static final SpecSchema SCHEMA = metadata(
            field("Author", FieldType.TEXT, 3),
            field("Date", FieldType.DATE, 4),
            field("Status", FieldType.ENUM, 5, "Draft", "Review", "Approved"),
            field("Version", FieldType.TEXT, 6));

    private static final String COMPLETE = """
            # Refunds

            **Author**: Ann Lee
            **Date**: 2024-02-29
            **Status**: approved
            **Version**: 1.0

            ## Overview
            Text.
            """;

    private static List<String> check(String markdown) {
        return run(new MetadataRule(), SCHEMA, markdown);
    }

    private static String at(int line, int column, String message, int templateLine) {
        return "docs/specs/a.md:" + line + ":" + column + ": [metadata] " + message + " (template line " + templateLine
                + ")";
    }

    @Test
    void completeMetadataPassesWithCaseInsensitiveEnumAndLeapDay() {
        assertEquals(List.of(), check(COMPLETE));
        assertEquals(List.of(), check(COMPLETE.replace("approved", "**APPROVED**")));
    }

    @Test
    void missingFieldIsReportedAfterThePreviousPresentField() {
        assertEquals(
                List.of(at(4, 1, "Missing metadata field \"Date\"", 4)),
                check(COMPLETE.replace("**Date**: 2024-02-29\n", "")));
    }

    @Test
    void missingFirstFieldIsReportedAtTheFirstPresentField() {
        assertEquals(
                List.of(at(3, 1, "Missing metadata field \"Author\"", 3)),
                check(COMPLETE.replace("**Author**: Ann Lee\n", "")));
    }

    @Test
    void noMetadataAtAllIsReportedAfterTheTitle() {
        String spec = "# Refunds\n\n## Overview\nText.\n";
        assertEquals(
                List.of(
                        at(2, 1, "Missing metadata field \"Author\"", 3),
                        at(2, 1, "Missing metadata field \"Date\"", 4),
                        at(2, 1, "Missing metadata field \"Status\"", 5),
                        at(2, 1, "Missing metadata field \"Version\"", 6)),
                check(spec));
    }

    @Test
    void emptyValueIsReportedAtTheKey() {
        assertEquals(
                List.of(at(3, 3, "Metadata field \"Author\" is empty", 3)),
                check(COMPLETE.replace("**Author**: Ann Lee", "**Author**:")));
    }

    @Test
    void enumValueFromAnotherTemplateIsRejected() {
        assertEquals(
                List.of(at(
                        5,
                        13,
                        "Metadata field \"Status\" has \"In Review\", expected one of:" + " Draft, Review, Approved",
                        5)),
                check(COMPLETE.replace("approved", "In Review")));
        assertEquals(
                List.of(at(
                        5,
                        13,
                        "Metadata field \"Status\" has \"Implemented\", expected one of:" + " Draft, Review, Approved",
                        5)),
                check(COMPLETE.replace("approved", "Implemented")));
    }

    @Test
    void optionListLeftVerbatimIsNotAnAllowedValue() {
        assertEquals(
                List.of(at(
                        5,
                        13,
                        "Metadata field \"Status\" has \"Draft | Review | Approved\", expected one of:"
                                + " Draft, Review, Approved",
                        5)),
                check(COMPLETE.replace("approved", "Draft | Review | Approved")));
    }

    @Test
    void impossibleOrNonIsoDatesAreRejected() {
        assertEquals(
                List.of(at(4, 11, "Metadata field \"Date\" has \"2026-02-30\", not a real date in YYYY-MM-DD form", 4)),
                check(COMPLETE.replace("2024-02-29", "2026-02-30")));
        assertEquals(
                List.of(at(4, 11, "Metadata field \"Date\" has \"2023-02-29\", not a real date in YYYY-MM-DD form", 4)),
                check(COMPLETE.replace("2024-02-29", "2023-02-29")));
        assertEquals(
                List.of(at(
                        4,
                        11,
                        "Metadata field \"Date\" has \"March 3, 2024\", not a real date in YYYY-MM-DD" + " form",
                        4)),
                check(COMPLETE.replace("2024-02-29", "March 3, 2024")));
        assertEquals(
                List.of(at(4, 11, "Metadata field \"Date\" has \"2024-3-1\", not a real date in YYYY-MM-DD form", 4)),
                check(COMPLETE.replace("2024-02-29", "2024-3-1")));
    }

    @Test
    void placeholderValuesAreLeftToThePlaceholderRule() {
        String spec = COMPLETE.replace("Ann Lee", "[Your Name]")
                .replace("2024-02-29", "YYYY-MM-DD")
                .replace("approved", "[Draft | Review | Approved]");
        assertEquals(List.of(), check(spec));
    }

    @Test
    void frontMatterFieldsAreChecked() {
        String spec = """
                ---
                author: Ann Lee
                date: 2024-13-01
                status: Done
                version: 2
                ---
                # Refunds
                """;
        assertEquals(
                List.of(
                        at(3, 7, "Metadata field \"Date\" has \"2024-13-01\", not a real date in YYYY-MM-DD form", 4),
                        at(
                                4,
                                9,
                                "Metadata field \"Status\" has \"Done\", expected one of: Draft, Review, Approved",
                                5)),
                check(spec));
    }

    @Test
    void metadataSectionBetweenRulesIsChecked() {
        SpecSchema schema = metadata(
                field("created", FieldType.DATE, 7),
                field("status", FieldType.ENUM, 8, "draft", "review", "approved", "implemented"));
        String spec = """
                # Search

                ## Metadata
                ---
                version: 1.0
                created: 2025-11-31
                ---

                ## Overview
                Text.
                """;
        assertEquals(
                List.of(
                        "docs/specs/a.md:6:10: [metadata] Metadata field \"created\" has \"2025-11-31\", not a real date in"
                                + " YYYY-MM-DD form (template line 7)",
                        "docs/specs/a.md:7:1: [metadata] Missing metadata field \"status\" (template line 8)"),
                run(new MetadataRule(), schema, spec));
    }
}
