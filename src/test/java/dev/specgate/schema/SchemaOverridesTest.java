package dev.specgate.schema;

import static dev.specgate.schema.TemplateFixtures.outline;
import static dev.specgate.schema.TemplateFixtures.read;
import static dev.specgate.schema.TemplateFixtures.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaOverridesTest {

    private static final SpecSchema TEMPLATE = read("t.md", """
            # T

            ## Overview
            ### Goals
            ## Deployment (optional)
            ### Steps
            ### Phase 1: [Name]
            ## Open Questions
            """);

    @Test
    void pathsMatchTemplateHeadingsWrittenWithEmphasis() {
        SpecSchema template = read("t.md", "# T\n## **Testing Strategy**\n### *Rollback Plan*:\n");
        SchemaOverrides overrides =
                SchemaOverrides.ofSections(List.of(), List.of("Testing Strategy > Rollback Plan"), Map.of());
        SectionSpec rollback =
                overrides.applyTo(template).sections().get(0).children().get(0);
        assertEquals("*Rollback Plan*:", rollback.title());
        assertTrue(rollback.optional());
    }

    @Test
    void noOverridesChangeNothing() {
        SpecSchema merged = SchemaOverrides.NONE.applyTo(TEMPLATE);
        assertEquals(outline(TEMPLATE.sections()), outline(merged.sections()));
        assertSame(TEMPLATE.metadata(), merged.metadata());
    }

    @Test
    void requiredSectionsAreAddedWithMissingParentsOrMadeRequired() {
        SchemaOverrides overrides = SchemaOverrides.ofSections(
                List.of("deployment > Rollback Plan", " Security > Threat Model > Abuse Cases ", "Overview > Goals:"),
                List.of(),
                Map.of());

        assertEquals(
                List.of(
                        "Overview | 2 | 3",
                        "Overview > Goals | 3 | 4",
                        "Deployment | 2 | 5",
                        "Deployment > Steps | 3 | 6",
                        "Deployment > Phase 1: [Name] | 3 | 7 | pattern",
                        "Deployment > Rollback Plan | 3 | 0",
                        "Open Questions | 2 | 8",
                        "Security | 2 | 0",
                        "Security > Threat Model | 3 | 0",
                        "Security > Threat Model > Abuse Cases | 4 | 0"),
                outline(overrides.applyTo(TEMPLATE).sections()));
    }

    @Test
    void optionalSectionsAreMarked() {
        SchemaOverrides overrides = SchemaOverrides.ofSections(
                List.of(), List.of("open questions", "Deployment > phase 1: [name]"), Map.of());

        assertEquals(
                List.of(
                        "Overview | 2 | 3",
                        "Overview > Goals | 3 | 4",
                        "Deployment | 2 | 5 | optional",
                        "Deployment > Steps | 3 | 6",
                        "Deployment > Phase 1: [Name] | 3 | 7 | pattern | optional",
                        "Open Questions | 2 | 8 | optional"),
                outline(overrides.applyTo(TEMPLATE).sections()));
    }

    @Test
    void aliasesAreAddedOnce() {
        SchemaOverrides overrides = SchemaOverrides.ofSections(
                List.of(),
                List.of(),
                Map.of(
                        "Open Questions", List.of("Unresolved Issues", " FAQ ", "Unresolved Issues"),
                        "Overview > Goals", List.of("Objectives")));

        SpecSchema merged = overrides.applyTo(TEMPLATE);

        assertEquals(
                List.of("Unresolved Issues", "FAQ"),
                section(merged, "Open Questions").aliases());
        assertEquals(List.of("Objectives"), section(merged, "Overview", "Goals").aliases());
        assertEquals(List.of(), section(merged, "Deployment").aliases());
    }

    @Test
    void unknownOptionalPathNamesThePathAndNearbyPaths() {
        SchemaOverrides overrides =
                SchemaOverrides.ofSections(List.of(), List.of("Deployment > Rollbak Plan"), Map.of());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> overrides.applyTo(TEMPLATE));
        assertEquals(
                "optionalSections: the template has no section \"Deployment > Rollbak Plan\"; known paths near it:"
                        + " \"Deployment > Steps\", \"Deployment > Phase 1: [Name]\"",
                e.getMessage());
    }

    @Test
    void unknownAliasPathAlsoSuggestsTheSameTitleElsewhere() {
        SchemaOverrides overrides = SchemaOverrides.ofSections(List.of(), List.of(), Map.of("Goals", List.of("Aims")));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> overrides.applyTo(TEMPLATE));
        assertEquals(
                "aliases: the template has no section \"Goals\"; known paths near it: \"Overview\","
                        + " \"Deployment\", \"Open Questions\", \"Overview > Goals\"",
                e.getMessage());
    }

    @Test
    void malformedPathIsRejected() {
        SchemaOverrides overrides = SchemaOverrides.ofSections(List.of("Deployment > "), List.of(), Map.of());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> overrides.applyTo(TEMPLATE));
        assertEquals(
                "requiredSections: \"Deployment > \" is not a heading path; write headings separated by \" > \","
                        + " e.g. \"Deployment > Rollback Plan\"",
                e.getMessage());
    }
}
