package dev.specgate.schema;

import static dev.specgate.schema.TemplateFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PromptLineCollectorTest {

    @Test
    void keepsProseAndListItemsAndLeavesOutEverythingElse() {
        SpecSchema schema = read("t.md", """
                # [Title]

                **Owner**: [Name]
                **Status**: Draft | Final

                ## Problem
                What technical problem are we solving?
                Describe   it  in **two** sentences.

                ## Details
                - Goal 1
                - **Term**: Definition
                1. Feature X must be completed first
                - [ ] Deploy to staging
                - [ ] Question 1?
                - `404 Not Found`: Resource missing
                - [Upstream work]
                - Alert if [condition] persists
                - Uses {{SERVICE}} tokens
                - Standalone
                **Request**:
                **Indexes:**
                Request:
                *Note:*

                ```text
                Code lines never count here
                ```

                | Column A | Column B |
                |----------|----------|
                | Cell one | Cell two |

                <!-- guidance for authors -->

                ---

                [ref label]: https://example.org/some/page
                """);

        assertEquals(
                Set.of(
                        "what technical problem are we solving?",
                        "describe it in two sentences.",
                        "goal 1",
                        "term: definition",
                        "feature x must be completed first"),
                schema.promptLines());
    }
}
