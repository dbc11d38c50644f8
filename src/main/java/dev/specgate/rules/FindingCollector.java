package dev.specgate.rules;

import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import dev.specgate.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Collects the findings of one rule on one spec, filling in the rule id, severity and file. */
public final class FindingCollector {

    private final String ruleId;
    private final Severity severity;
    private final String file;
    private final List<Finding> findings = new ArrayList<>();

    public FindingCollector(String ruleId, Severity severity, String file) {
        this.ruleId = ruleId;
        this.severity = severity;
        this.file = file;
    }

    public void report(SourceLocation at, String message) {
        findings.add(new Finding(ruleId, severity, file, at, message, OptionalInt.empty()));
    }

    /** Reports a finding that comes from a template line; {@code templateLine} 0 means none. */
    public void report(SourceLocation at, String message, int templateLine) {
        OptionalInt from = templateLine > 0 ? OptionalInt.of(templateLine) : OptionalInt.empty();
        findings.add(new Finding(ruleId, severity, file, at, message, from));
    }

    /**
     * Reports a finding at most as severe as {@code cap}: a rule's lesser problem (e.g. a stale record) stays a
     * warning when the rule reports errors, and follows the rule down when it is configured lower.
     */
    public void reportAtMost(Severity cap, SourceLocation at, String message) {
        Severity level = severity.compareTo(cap) < 0 ? cap : severity;
        findings.add(new Finding(ruleId, level, file, at, message, OptionalInt.empty()));
    }

    /** Reports a finding in another file of the same spec set (for {@link SpecSetRule}s). */
    public void reportIn(String otherFile, SourceLocation at, String message) {
        findings.add(new Finding(ruleId, severity, otherFile, at, message, OptionalInt.empty()));
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
