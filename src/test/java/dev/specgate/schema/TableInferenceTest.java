package dev.specgate.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.model.SpecDocument;
import dev.specgate.parse.MarkdownParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableInferenceTest {

    private static SpecDocument template(String text) {
        return new MarkdownParser().parse("docs/specs/TEMPLATE.md", text);
    }

    @Test
    void optionCellsRestrictValuesAndSignOffTableIsLeftOut() {
        SpecDocument template = template("""
                # Design: [Name]

                ## Hazards

                | Hazard | Chance | Severity | Response |
                |--------|--------|----------|----------|
                | [Hazard 1] | High/Med/Low | High/Med/Low | [Response] |
                | [Hazard 2] | High/Med/Low | High/Med/Low | [Response] |

                ## Approvals

                | Role | Name | Status | Date |
                |------|------|--------|------|
                | Architect | | Pending | |
                """);

        List<TableSpec> tables = TableInference.infer(template);

        assertEquals(1, tables.size());
        TableSpec hazards = tables.get(0);
        assertEquals(List.of("Hazards"), hazards.sectionPath());
        assertEquals(List.of("Hazard", "Chance", "Severity", "Response"), hazards.columns());
        assertEquals(
                Map.of("Chance", List.of("High", "Med", "Low"), "Severity", List.of("High", "Med", "Low")),
                hazards.allowedValues());
        assertEquals(5, hazards.templateLine());
    }

    @Test
    void exampleValuesDoNotRestrictAndNestedSectionsKeepTheirPath() {
        SpecDocument template = template("""
                # Template

                ## Operations

                ### Failure Modes
                | Failure/Risk | Effect | Handling |
                |--------------|--------|----------|
                | [Outage] | High | Retry with backoff |

                ## Changes

                | Date | Author | Changes |
                |------|--------|---------|
                | [Date] | [Name] | First version |
                """);

        List<TableSpec> tables = TableInference.infer(template);

        assertEquals(2, tables.size());
        assertEquals(List.of("Operations", "Failure Modes"), tables.get(0).sectionPath());
        assertEquals(
                List.of("Failure/Risk", "Effect", "Handling"), tables.get(0).columns());
        assertEquals(Map.of(), tables.get(0).allowedValues());
        assertEquals(List.of("Changes"), tables.get(1).sectionPath());
        assertEquals(List.of("Date", "Author", "Changes"), tables.get(1).columns());
        assertEquals(12, tables.get(1).templateLine());
    }
}
