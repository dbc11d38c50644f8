package dev.specgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.model.Severity;
import dev.specgate.model.SpecDocument;
import dev.specgate.rules.FindingCollector;
import dev.specgate.rules.Rule;
import dev.specgate.schema.SpecSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleInfoTest {

    private static final Rule EMPTY_SECTION = new Rule() {
        @Override
        public String id() {
            return "empty-section";
        }

        @Override
        public String description() {
            return "Sections have content.";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public void check(SpecDocument document, SpecSchema schema, FindingCollector out) {}
    };

    @Test
    void takesIdDescriptionAndDefaultSeverityFromARule() {
        assertEquals(
                new RuleInfo("empty-section", "Sections have content.", "Sections have content.", Severity.WARNING),
                RuleInfo.of(EMPTY_SECTION));
        assertEquals(List.of(RuleInfo.of(EMPTY_SECTION)), RuleInfo.of(List.of(EMPTY_SECTION)));
    }

    @Test
    void knownRulesAreTheRuleSetThenSuppression() {
        List<RuleInfo> known = RuleInfo.known();
        assertEquals(
                List.of(
                        "required-section",
                        "empty-section",
                        "placeholder",
                        "metadata",
                        "requirement-id",
                        "sign-off",
                        "open-questions",
                        "table-columns",
                        "suppression"),
                known.stream().map(RuleInfo::id).toList());
        RuleInfo suppression = known.get(known.size() - 1);
        assertEquals(Severity.ERROR, suppression.defaultSeverity());
        assertEquals(
                "A spec:disable comment names an unknown rule id, which silences nothing (the comment's known ids still"
                        + " apply), or names no rule at all: correct the id (the message lists the known ones) or remove"
                        + " the comment.",
                suppression.helpText());
    }
}
