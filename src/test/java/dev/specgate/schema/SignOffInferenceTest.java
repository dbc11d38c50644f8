package dev.specgate.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specgate.model.SpecDocument;
import dev.specgate.parse.MarkdownParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignOffInferenceTest {

    private static SpecDocument template(String text) {
        return new MarkdownParser().parse("docs/specs/TEMPLATE.md", text);
    }

    @Test
    void signOffTableGivesRequiredRolesAndExtraRoles() {
        SpecDocument template = template("""
                # Design: [Name]

                ## Appendix

                [Notes]

                ## Approvals

                | Role | Name | Status | Date |
                |------|------|--------|------|
                | Architect | | Pending | |
                | Product Owner | | Pending | |
                | [Reviewer] | | Pending | |
                """);

        SignOffSpec spec = SignOffInference.infer(template).orElseThrow();

        assertEquals(List.of("Approvals"), spec.sectionPath());
        assertEquals(List.of("Architect", "Product Owner"), spec.requiredRoles());
        assertTrue(spec.extraRolesAllowed());
        assertEquals(List.of("Approved", "Pending", "Rejected"), spec.allowedStatuses());
        assertEquals(9, spec.templateLine());
    }

    @Test
    void columnsInAnyOrderAndCaseAndTemplateStatusesAreKept() {
        SpecDocument template = template("""
                # T

                ## Review

                | date | STATUS | role | name |
                |---|---|---|---|
                | | Waived | QA | |
                """);

        SignOffSpec spec = SignOffInference.infer(template).orElseThrow();

        assertEquals(List.of("QA"), spec.requiredRoles());
        assertFalse(spec.extraRolesAllowed());
        assertEquals(List.of("Approved", "Pending", "Rejected", "Waived"), spec.allowedStatuses());
    }

    @Test
    void noSignOffTableGivesNothing() {
        SpecDocument template = template("""
                # T

                ## History

                | Date | Author | Changes |
                |------|--------|---------|
                | [Date] | [Name] | Initial draft |

                ```
                | Role | Name | Status | Date |
                |------|------|--------|------|
                | Lead | | Pending | |
                ```
                """);

        assertTrue(SignOffInference.infer(template).isEmpty());
    }
}
