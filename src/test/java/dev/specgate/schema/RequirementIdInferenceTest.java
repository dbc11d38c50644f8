package dev.specgate.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specgate.model.SpecDocument;
import dev.specgate.parse.MarkdownParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementIdInferenceTest {

    private static SpecDocument template(String text) {
        return new MarkdownParser().parse("docs/specs/TEMPLATE.md", text);
    }

    @Test
    void boldZeroPaddedExampleGivesFixedWidthPattern() {
        SpecDocument template = template("""
                # [Service Name] - Design

                **Status**: Draft | Review | Approved

                ## Requirements

                ### Functional Requirements
                1. **REQ-001**: [What it must do]
                2. **REQ-002**: [What it must do]

                ### Quality Requirements
                - **Latency**: [Targets]
                """);

        RequirementIdSpec spec = RequirementIdInference.infer(template).orElseThrow();

        assertEquals("REQ", spec.prefix());
        assertEquals("REQ-\\d{3}", spec.pattern().pattern());
        assertEquals(List.of(List.of("Requirements", "Functional Requirements")), spec.definitionSections());
        assertEquals(RequirementIdSpec.Scope.SPEC, spec.scope());
        assertEquals(8, spec.templateLine());
    }

    @Test
    void exampleWithoutLeadingZeroGivesNumberWithoutLeadingZeros() {
        SpecDocument template = template("""
                # Design Template

                ## Requirements

                ### Functional Requirements
                1. **FR-1**: [Requirement description]
                2. **FR-2**: [Requirement description]
                """);

        RequirementIdSpec spec = RequirementIdInference.infer(template).orElseThrow();

        assertEquals("FR", spec.prefix());
        assertEquals("FR-[1-9]\\d*", spec.pattern().pattern());
        assertTrue(spec.pattern().matcher("FR-12").matches());
        assertTrue(!spec.pattern().matcher("FR-01").matches());
        assertEquals(List.of(List.of("Requirements", "Functional Requirements")), spec.definitionSections());
        assertEquals(6, spec.templateLine());
    }

    @Test
    void tableFirstCellsAndHeadingsDefineToo() {
        SpecDocument template = template("""
                # Template

                ## Use Cases

                ### UC-01: [Use case name]

                [Steps]

                ## Needs

                | ID | Need |
                |----|------|
                | ND-1 | [Need] |
                """);

        RequirementIdSpec spec = RequirementIdInference.infer(template).orElseThrow();

        assertEquals("UC", spec.prefix());
        assertEquals("UC-\\d{2}", spec.pattern().pattern());
        assertEquals(List.of(List.of("Use Cases")), spec.definitionSections());
        assertEquals(5, spec.templateLine());
    }

    @Test
    void plainWordsWithDigitsAndIdsInCodeAreNotExamples() {
        SpecDocument template = template("""
                # Template

                ## Encoding
                - UTF-8 everywhere

                ```
                1. **REQ-001**: inside code
                ```
                """);

        assertTrue(RequirementIdInference.infer(template).isEmpty());
    }
}
