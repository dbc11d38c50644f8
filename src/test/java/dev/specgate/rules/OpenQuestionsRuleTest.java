package dev.specgate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.model.Finding;
import dev.specgate.model.SpecDocument;
import dev.specgate.parse.MarkdownParser;
import dev.specgate.schema.ApprovedStatusInference;
import dev.specgate.schema.OpenQuestionsInference;
import dev.specgate.schema.SpecSchema;
import dev.specgate.schema.TemplateReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenQuestionsRuleTest {

    private static final MarkdownParser PARSER = new MarkdownParser();

    private static final String TEMPLATE = """
            # [Feature] - Spec

            **Status**: Draft | Review | Approved

            ## Plan

            - [ ] Step 1

            ## Open Questions

            - [ ] Question 1
            """;

    private final OpenQuestionsRule rule = new OpenQuestionsRule();

    private List<String> check(String spec) {
        var template = PARSER.parse("docs/specs/TEMPLATE.md", TEMPLATE);
        SpecSchema schema = SpecSchema.of("docs/specs/TEMPLATE.md", List.of(), List.of(), RuleFixtures.PLACEHOLDERS)
                .withOpenQuestionsPath(OpenQuestionsInference.infer(template))
                .withApprovedStatuses(ApprovedStatusInference.infer(template));
        FindingCollector out = new FindingCollector(rule.id(), rule.defaultSeverity(), "docs/specs/a.md");
        rule.check(PARSER.parse("docs/specs/a.md", spec), schema, out);
        return out.findings().stream()
                .sorted(Finding.ORDER)
                .map(Finding::format)
                .toList();
    }

    private static String spec(String status, String questions) {
        return """
                # Ledger Sync

                **Status**: %s

                ## Plan

                - [ ] Migrate the old ledger

                ## Open Questions

                %s
                """.formatted(status, questions);
    }

    @Test
    void uncheckedQuestionInAnApprovedSpecIsReportedAtTheItem() {
        assertEquals(
                List.of("docs/specs/a.md:12:1: [open-questions] Open question still unchecked in an approved "
                        + "spec: \"Who owns the **retry** queue?\""),
                check(spec("approved", "- [x] Which region first?\n- [ ] Who owns the **retry** queue?")));
    }

    @Test
    void draftsMayKeepOpenQuestionsAndOtherSectionsMayKeepUncheckedTasks() {
        assertEquals(List.of(), check(spec("Draft", "- [ ] Who owns the retry queue?")));
        assertEquals(List.of(), check(spec("Approved", "- [x] Who owns the retry queue?\n- Resolved: none left")));
    }

    @Test
    void checkboxesInCodeAreNeverRead() {
        assertEquals(List.of(), check(spec("Approved", "```\n- [ ] Not a real question\n```")));
    }

    @Test
    void theStatusIsTheTemplatesEnumFieldListingAnApprovedValueWhateverItsName() {
        SpecSchema schema =
                new TemplateReader().read(PARSER.parse("docs/specs/TEMPLATE.md", """
                                # [Feature] - Spec

                                **Stage**: Draft | Approved

                                ## Open Questions

                                - [ ] Question 1
                                """), "docs/specs/TEMPLATE.md");
        assertEquals(List.of("Approved"), schema.approvedStatuses());
        assertEquals(
                List.of("Stage ENUM [Draft, Approved]"),
                schema.metadata().stream()
                        .map(f -> f.key() + " " + f.type() + " " + f.allowedValues())
                        .toList());

        SpecDocument approved = PARSER.parse("docs/specs/a.md", stageSpec("Approved"));
        SpecDocument draft = PARSER.parse("docs/specs/a.md", stageSpec("Draft"));
        assertEquals(Optional.of("Approved"), new RuleContext(approved, schema).status());
        assertEquals(Optional.of("Draft"), new RuleContext(draft, schema).status());
        assertEquals(
                List.of("docs/specs/a.md:7:1: [open-questions] Open question still unchecked in an approved spec:"
                        + " \"Who owns the retry queue?\""),
                check(approved, schema));
        assertEquals(List.of(), check(draft, schema));
    }

    private static String stageSpec(String stage) {
        return """
                # Ledger Sync

                **Stage**: %s

                ## Open Questions

                - [ ] Who owns the retry queue?
                """.formatted(stage);
    }

    private List<String> check(SpecDocument spec, SpecSchema schema) {
        FindingCollector out = new FindingCollector(rule.id(), rule.defaultSeverity(), "docs/specs/a.md");
        rule.check(spec, schema, out);
        return out.findings().stream().map(Finding::format).toList();
    }
}
