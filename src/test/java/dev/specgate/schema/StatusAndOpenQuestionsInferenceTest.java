package dev.specgate.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.parse.MarkdownParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusAndOpenQuestionsInferenceTest {

    private final MarkdownParser parser = new MarkdownParser();

    @Test
    void approvedAndImplementedComeFromTheStatusOptions() {
        assertEquals(List.of("Approved", "Implemented"), ApprovedStatusInference.infer(parser.parse("t.md", """
                # T

                **Status**: Draft | In Review | Approved | Implemented
                """)));
        assertEquals(List.of("approved", "implemented"), ApprovedStatusInference.infer(parser.parse("t.md", """
                # T

                ## Metadata
                ---
                status: [draft | review | approved | implemented]
                ---
                """)));
        assertEquals(List.of("Approved"), ApprovedStatusInference.infer(parser.parse("t.md", """
                # T

                - **Status**: [Draft/In Review/Approved]
                """)));
    }

    @Test
    void withoutStatusOptionsApprovedIsTheDefault() {
        assertEquals(List.of("Approved"), ApprovedStatusInference.infer(parser.parse("t.md", "# T\n\n## A\n\ntext\n")));
    }

    @Test
    void openQuestionsSectionIsFoundByTitleAtAnyLevel() {
        assertEquals(
                Optional.of(List.of("Planning", "Open Questions & Unknowns")),
                OpenQuestionsInference.infer(parser.parse("t.md", """
                        # T

                        ## Planning

                        ### Open Questions & Unknowns

                        - [ ] Question 1
                        """)));
        assertEquals(Optional.empty(), OpenQuestionsInference.infer(parser.parse("t.md", "# T\n\n## Questions\n")));
    }
}
