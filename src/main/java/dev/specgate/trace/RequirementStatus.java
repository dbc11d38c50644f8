package dev.specgate.trace;

import java.util.List;
import java.util.Locale;

/** Where a requirement stands with its tests. */
public enum RequirementStatus {
    /** At least one test naming it passed. */
    VERIFIED,
    /** No test naming it passed, and at least one failed or errored. */
    FAILING,
    /** No test names it, or those that do were skipped or did not run. */
    UNTESTED;

    /** The form in {@code requirements.json}: {@code verified}, {@code failing}, {@code untested}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static RequirementStatus of(List<TestRun> tests) {
        if (tests.stream().anyMatch(t -> t.outcome() == TestOutcome.PASSED)) {
            return VERIFIED;
        }
        if (tests.stream().anyMatch(t -> t.outcome() == TestOutcome.FAILED || t.outcome() == TestOutcome.ERRORED)) {
            return FAILING;
        }
        return UNTESTED;
    }
}
