package dev.specgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.model.Severity;
import dev.specgate.rules.FindingCollector;
import dev.specgate.rules.Rule;
import dev.specgate.rules.RuleContext;
import dev.specgate.rules.RuleSet;
import java.util.ArrayList;
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
        public void check(RuleContext context, FindingCollector out) {}
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
        List<RuleInfo> expected = new ArrayList<>(RuleInfo.of(RuleSet.all()));
        expected.add(RuleInfo.suppression());
        assertEquals(expected, RuleInfo.known());
        assertEquals(
                new RuleInfo(
                        "suppression",
                        "Suppression comments (<!-- spec:disable-line|disable-next-line|disable-section|disable-file"
                                + " RULE -- reason -->) name rules the plugin knows.",
                        "A spec:disable comment names an unknown rule id, which silences nothing (the comment's known"
                                + " ids still apply), or names no rule at all: correct the id (the message lists the"
                                + " known ones) or remove the comment.",
                        Severity.ERROR),
                RuleInfo.suppression());
    }
}
