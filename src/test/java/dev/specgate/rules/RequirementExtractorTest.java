package dev.specgate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.model.SourceLocation;
import dev.specgate.parse.MarkdownParser;
import dev.specgate.schema.RequirementIdInference;
import dev.specgate.schema.RequirementIdSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementExtractorTest {

    private static final MarkdownParser PARSER = new MarkdownParser();

    private static final RequirementIdSpec FR =
            RequirementIdInference.infer(PARSER.parse("TEMPLATE.md", """
            # Template

            ## Requirements

            ### Functional Requirements
            1. **FR-1**: [Requirement description]
            """)).orElseThrow();

    @Test
    void extractsDefinitionsWithTheirTextInDocumentOrder() {
        var spec = PARSER.parse("docs/specs/checkout.md", """
                # Checkout

                ## Requirements

                ### Functional Requirements
                1. **FR-1**: Users can pay with a saved card.
                2. FR-2 - Users can remove a card
                3. **FR-1**: A duplicate is listed once.
                4. **FR-03**: Malformed IDs are not requirements.

                | ID | Requirement | Priority |
                |----|-------------|----------|
                | FR-4 | Receipts are emailed | High |

                ```
                5. **FR-9**: in code
                ```

                ## Testing
                - FR-5: a reference, not a definition
                """);

        assertEquals(
                List.of(
                        new Requirement(
                                "FR-1",
                                "docs/specs/checkout.md",
                                SourceLocation.of(6, 6),
                                "Users can pay with a saved card."),
                        new Requirement(
                                "FR-2", "docs/specs/checkout.md", SourceLocation.of(7, 4), "Users can remove a card"),
                        new Requirement(
                                "FR-4",
                                "docs/specs/checkout.md",
                                SourceLocation.of(13, 3),
                                "Receipts are emailed | High")),
                RequirementExtractor.extract(spec, FR, List.of()));
    }
}
