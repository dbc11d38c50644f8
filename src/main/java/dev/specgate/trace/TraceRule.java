package dev.specgate.trace;

import dev.specgate.model.Severity;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules {@code spec:trace} reports under; all report errors by default. */
public enum TraceRule {
    UNTESTED(
            "untested-requirement",
            "Every requirement of an approved spec is verified by at least one passing test.",
            "No test that names the requirement passed: none names it, or those that do were skipped or did not run."
                    + " Mark a passing test with @Tag(\"ID\"), @Verifies(\"ID\") or the ID in its display name."),
    FAILING(
            "failing-requirement",
            "A requirement of an approved spec has tests, and all of them failed.",
            "Every test that names the requirement failed or errored: fix the code or the tests."),
    UNKNOWN(
            "unknown-requirement",
            "Tests name only requirement IDs that a spec defines, once.",
            "A test names a requirement ID that no spec defines (a typo, or a requirement that was deleted or"
                    + " renumbered), or one that several specs define: correct the ID, or write it scoped to its spec"
                    + " (partial-refunds/FR-1).");

    private final String id;
    private final String description;
    private final String helpText;

    TraceRule(String id, String description, String helpText) {
        this.id = id;
        this.description = description;
        this.helpText = helpText;
    }

    /** The stable kebab-case rule id. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public String helpText() {
        return helpText;
    }

    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    /** Every trace rule id. */
    public static Set<String> ids() {
        return Arrays.stream(values()).map(TraceRule::id).collect(Collectors.toUnmodifiableSet());
    }
}
