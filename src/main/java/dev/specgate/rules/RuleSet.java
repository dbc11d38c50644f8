package dev.specgate.rules;

import java.util.List;

/** Every rule the plugin knows, in a stable order (the order findings of one line are reported in). */
public final class RuleSet {

    private RuleSet() {}

    /** Every rule, in a stable order, for a spec set without a lock file ({@code approval-drift} checks nothing). */
    public static List<Rule> all() {
        return all(ApprovalInputs.NONE);
    }

    /** Every rule, in a stable order, for a spec set with these recorded approvals. */
    public static List<Rule> all(ApprovalInputs approvals) {
        return List.of(
                new RequiredSectionRule(),
                new EmptySectionRule(),
                new PlaceholderRule(),
                new MetadataRule(),
                new RequirementIdRule(),
                new SignOffRule(),
                new OpenQuestionsRule(),
                new TableColumnsRule(),
                new ApprovalDriftRule(approvals));
    }
}
