package dev.specgate.schema;

import static dev.specgate.schema.TemplateFixtures.fields;
import static dev.specgate.schema.TemplateFixtures.fixture;
import static dev.specgate.schema.TemplateFixtures.outline;
import static dev.specgate.schema.TemplateFixtures.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Template inference on one template per seed shape (our own text, same shapes). */
class TemplateReaderTest {

    @Test
    void boldPreambleTemplate() {
        SpecSchema schema = fixture("a-bold-preamble.md");

        assertEquals("a-bold-preamble.md", schema.source());
        assertEquals(
                List.of(
                        "Summary | 2 | 8",
                        "Summary > Motivation | 3 | 10",
                        "Summary > Boundaries | 3 | 13",
                        "Requirements | 2 | 16",
                        "Requirements > Functional | 3 | 18",
                        "Requirements > Quality Attributes | 3 | 22",
                        "Delivery Plan | 2 | 26",
                        "Delivery Plan > Phase 1: [Phase Name] | 3 | 28 | pattern",
                        "Delivery Plan > Prerequisites | 3 | 36",
                        "Interfaces | 2 | 39",
                        "Interfaces > Endpoint: [Method] /path | 3 | 41 | pattern",
                        "Rollout | 2 | 52",
                        "Rollout > Steps | 3 | 54",
                        "Rollout > Rollback Plan | 3 | 58",
                        "Open Questions | 2 | 61"),
                outline(schema.sections()));
        assertEquals(
                List.of(
                        "Date DATE [] @3",
                        "Owner TEXT [] @4",
                        "Status ENUM [Draft, Review, Approved] @5",
                        "Revision TEXT [] @6"),
                fields(schema));
        assertEquals(
                Set.of("task 1", "task 2", "step 1", "step 2"),
                schema.placeholders().promptTexts());

        Pattern phase = section(schema, "Delivery Plan", "Phase 1: [Phase Name]")
                .pattern()
                .orElseThrow();
        assertTrue(phase.matcher("Phase 3: Rollout").matches());
        assertTrue(phase.matcher("phase 12:  Data backfill").matches());
        assertFalse(phase.matcher("Phase: Rollout").matches());
        assertFalse(phase.matcher("Stage 1: Rollout").matches());
        Pattern endpoint = section(schema, "Interfaces", "Endpoint: [Method] /path")
                .pattern()
                .orElseThrow();
        assertTrue(endpoint.matcher("Endpoint: POST /refunds").matches());
        assertFalse(endpoint.matcher("Endpoints").matches());
    }

    @Test
    void metadataSectionTemplateWithSetextBlock() {
        SpecSchema schema = fixture("b-metadata-section.md");

        assertEquals(
                List.of(
                        "Metadata | 2 | 4",
                        "Context | 2 | 13",
                        "Design | 2 | 16",
                        "Design > Storage | 3 | 18",
                        "Design > Service Endpoint | 3 | 25",
                        "Failure Modes | 2 | 33",
                        "Success Metrics | 2 | 38"),
                outline(schema.sections()));
        assertEquals(
                List.of(
                        "version TEXT [] @6",
                        "owner TEXT [] @7",
                        "created DATE [] @8",
                        "status ENUM [draft, review, approved, implemented] @9",
                        "reviewers TEXT [] @10"),
                fields(schema));
        assertEquals(
                Set.of(
                        "use this template for every service design that needs review.",
                        "example: \"cut checkout errors in half\""),
                schema.placeholders().promptTexts());
    }

    @Test
    void bulletMetadataTemplate() {
        SpecSchema schema = fixture("c-bullet-metadata.md");

        assertEquals(
                List.of(
                        "Summary | 2 | 3",
                        "Motivation | 2 | 9",
                        "Design | 2 | 13",
                        "Design > Components | 3 | 14",
                        "Design > Data | 3 | 18",
                        "Plan | 2 | 21",
                        "Plan > Phase 1: [Phase Name] | 3 | 22 | pattern",
                        "Verification | 2 | 32",
                        "Verification > Unit Testing | 3 | 33",
                        "Verification > Load Testing | 3 | 36"),
                outline(schema.sections()));
        assertEquals(
                List.of(
                        "Feature TEXT [] @4",
                        "Owners TEXT [] @5",
                        "Last Updated DATE [] @6",
                        "Status ENUM [Draft, In Review, Approved] @7"),
                fields(schema));
        assertEquals(Set.of(), schema.placeholders().promptTexts());
    }

    @Test
    void colonInsideBoldTemplate() {
        SpecSchema schema = fixture("d-colon-in-bold.md");

        assertEquals(
                List.of(
                        "Overview | 2 | 10",
                        "Overview > Problem | 3 | 12",
                        "Overview > Goals | 3 | 15",
                        "Proposed Design | 2 | 21",
                        "Proposed Design > Components | 3 | 23",
                        "Proposed Design > Components > Component 1: [Name] | 4 | 25 | pattern",
                        "Proposed Design > Storage | 3 | 31",
                        "Proposed Design > Storage > Table: `table_name` | 4 | 33 | pattern",
                        "Dependencies | 2 | 43",
                        "Dependencies > Internal Dependencies | 3 | 45",
                        "Dependencies > Glossary | 3 | 49",
                        "Alternatives Considered | 2 | 54",
                        "Alternatives Considered > Alternative 1: [Approach name] | 3 | 56 | pattern",
                        "Appendix | 2 | 66 | optional",
                        "Revision History | 2 | 70 | optional"),
                outline(schema.sections()));
        assertEquals(
                List.of(
                        "Author TEXT [] @3",
                        "Date DATE [] @4",
                        "Status ENUM [Draft, In Review, Approved, Implemented] @5",
                        "Tracking Issue TEXT [] @6"),
                fields(schema));
        assertEquals(
                Set.of(
                        "what user problem does this change address?",
                        "goal 1",
                        "goal 2",
                        "feature x must be completed first",
                        "technical constraints",
                        "term: definition",
                        "pro 1",
                        "anything else reviewers should read."),
                schema.placeholders().promptTexts());

        Pattern table = section(schema, "Proposed Design", "Storage", "Table: `table_name`")
                .pattern()
                .orElseThrow();
        assertTrue(table.matcher("Table: refunds").matches());
        assertTrue(table.matcher("table: `refund_events`").matches());
        Pattern component = section(schema, "Proposed Design", "Components", "Component 1: [Name]")
                .pattern()
                .orElseThrow();
        assertTrue(component.matcher("Component 2: Ledger writer").matches());
    }

    @Test
    void signOffTemplateWithPlaceholderOnlyHeadings() {
        SpecSchema schema = fixture("e-sign-off.md");

        assertEquals(
                List.of(
                        "Overview | 2 | 8",
                        "Overview > Problem Statement | 3 | 10",
                        "Overview > Goals | 3 | 14",
                        "Proposed Solution | 2 | 18",
                        "Proposed Solution > Detailed Design | 3 | 20",
                        "Proposed Solution > Detailed Design > [Component 1] | 4 | 22 | pattern | optional",
                        "Proposed Solution > Detailed Design > Data Model | 4 | 30",
                        "Proposed Solution > Detailed Design > API Changes | 4 | 34",
                        "Risks | 2 | 38",
                        "Open Questions | 2 | 44",
                        "Review Sign-offs | 2 | 50"),
                outline(schema.sections()));
        assertEquals(
                List.of(
                        "Author TEXT [] @3",
                        "Status ENUM [Draft, In Review, Approved, Implemented] @4",
                        "Created DATE [] @5",
                        "Last Updated DATE [] @6"),
                fields(schema));
        assertEquals(Set.of(), schema.placeholders().promptTexts());

        Pattern any = section(schema, "Proposed Solution", "Detailed Design", "[Component 1]")
                .pattern()
                .orElseThrow();
        assertTrue(any.matcher("Ledger Writer").matches());
        assertEquals(
                Optional.of(new SignOffSpec(
                        List.of("Review Sign-offs"),
                        List.of("Tech Lead", "Security"),
                        true,
                        List.of("Approved", "Pending", "Rejected"),
                        52)),
                schema.signOff());
        assertEquals(Optional.empty(), schema.requirementIds());
        assertEquals(
                List.of(new TableSpec(
                        List.of("Risks"),
                        List.of("Risk", "Likelihood", "Impact", "Mitigation"),
                        Map.of("Likelihood", List.of("High", "Med", "Low"), "Impact", List.of("High", "Med", "Low")),
                        40)),
                schema.tables());
        assertEquals(Optional.of(List.of("Open Questions")), schema.openQuestionsPath());
        assertEquals(List.of("Approved", "Implemented"), schema.approvedStatuses());
    }

    @Test
    void defaultTemplateGivesTheDocumentedSchema() {
        SpecSchema schema =
                TemplateFixtures.read(TemplateReader.DEFAULT_TEMPLATE_SOURCE, TemplateReader.defaultTemplateText());

        assertEquals("built-in default template", schema.source());
        assertEquals(
                List.of(
                        "Overview | 2 | 7",
                        "Goals | 2 | 11",
                        "Non-Goals | 2 | 15",
                        "Requirements | 2 | 19",
                        "Testing Strategy | 2 | 23",
                        "Rollout Plan | 2 | 27",
                        "Open Questions | 2 | 31 | optional"),
                outline(schema.sections()));
        assertEquals(
                List.of(
                        "Author TEXT [] @3",
                        "Status ENUM [Draft, In Review, Approved, Implemented] @4",
                        "Date DATE [] @5"),
                fields(schema));
        assertTrue(schema.placeholders().promptTexts().contains("outcome this work must achieve"));
        assertEquals(
                Set.of(
                        "summarise the change in a few sentences: what it is and why it is needed now.",
                        "outcome this work must achieve",
                        "something a reader might expect that this work leaves out",
                        "describe what the system must do and the limits it must respect.",
                        "explain how the change is verified before and after release.",
                        "describe how the change reaches users and how it is undone if needed."),
                schema.placeholders().promptTexts());
        assertFalse(
                schema.placeholders().promptTexts().contains("decision still to be made"), "task items are checklists");
    }
}
