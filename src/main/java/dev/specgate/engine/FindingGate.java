package dev.specgate.engine;

import dev.specgate.gate.Baseline;
import dev.specgate.gate.SeverityPolicy;
import dev.specgate.gate.Suppression;
import dev.specgate.gate.SuppressionReader;
import dev.specgate.model.Finding;
import dev.specgate.model.Section;
import dev.specgate.model.Severity;
import dev.specgate.model.SpecDocument;
import dev.specgate.rules.DocumentStatus;
import dev.specgate.rules.FindingCollector;
import dev.specgate.rules.Requirement;
import dev.specgate.rules.Rule;
import dev.specgate.schema.SpecSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Takes the raw findings of one check through the team's gate: per-rule severities ({@code off} rules do not run),
 * {@code spec:disable} comments, the draft downgrade and the baseline. One instance per check, not shared between
 * threads.
 */
final class FindingGate {

    private final SeverityPolicy policy;
    private final SuppressionReader suppressionReader;
    private final Map<String, Spec> specs = new HashMap<>();
    private final List<Finding> kept = new ArrayList<>();
    private final Map<Finding, String> sections = new HashMap<>();
    private int suppressed;

    /** @param ruleIds the ids a suppression may name */
    FindingGate(SeverityPolicy policy, Set<String> ruleIds) {
        this.policy = policy;
        this.suppressionReader = new SuppressionReader(ruleIds);
    }

    /** False when the rule is configured {@code off}. */
    boolean runs(Rule rule) {
        return runs(rule.id());
    }

    /** True when the rule with this id is not off. */
    boolean runs(String ruleId) {
        return !policy.isOff(ruleId);
    }

    /** A collector reporting with the rule's configured severity. */
    FindingCollector collector(Rule rule, String file) {
        return new FindingCollector(rule.id(), policy.severityOf(rule.id(), rule.defaultSeverity()), file);
    }

    /** Registers a parsed spec: reads its suppressions (their problems are findings) and its status. */
    void spec(SpecDocument document, SpecSchema schema) {
        String rule = SuppressionReader.RULE_ID;
        Severity severity = policy.severityOf(rule, Severity.ERROR);
        FindingCollector problems = new FindingCollector(rule, severity, document.path());
        List<Suppression> suppressions = suppressionReader.read(document, problems);
        specs.put(document.path(), new Spec(document, suppressions, DocumentStatus.of(document, schema)));
        if (!policy.isOff(rule)) {
            add(problems.findings());
        }
    }

    /** Adds raw findings: suppressed ones are counted and dropped, the others get their spec's status applied. */
    void add(List<Finding> findings) {
        for (Finding finding : findings) {
            Spec spec = specs.get(finding.file());
            if (spec == null) {
                kept.add(finding);
                sections.put(finding, "");
            } else if (spec.suppresses(finding)) {
                suppressed++;
            } else {
                Finding gated = policy.forStatus(finding, spec.status());
                kept.add(gated);
                sections.put(gated, spec.sectionPath(gated.line()));
            }
        }
    }

    /**
     * Adds findings reported with their rule's default severity by something other than a {@link Rule}: rules
     * configured {@code off} are dropped, the others get their configured level, then go through {@link #add}.
     */
    void addReported(List<Finding> findings) {
        add(findings.stream()
                .filter(f -> !policy.isOff(f.ruleId()))
                .map(f -> f.withSeverity(policy.severityOf(f.ruleId(), f.severity())))
                .toList());
    }

    /** The result: findings the baseline does not accept count; the current findings form the new baseline. */
    CheckResult result(List<String> specFiles, List<Requirement> requirements, Optional<Baseline> baseline) {
        List<Finding> all = kept.stream().sorted(Finding.ORDER).toList();
        Function<Finding, String> sectionOf = finding -> sections.getOrDefault(finding, "");
        Baseline current = Baseline.of(all, sectionOf);
        if (baseline.isEmpty()) {
            return new CheckResult(all, specFiles, suppressed, 0, List.of(), current, requirements);
        }
        Baseline.Comparison comparison = baseline.get().compare(all, sectionOf);
        return new CheckResult(
                comparison.fresh(),
                specFiles,
                suppressed,
                comparison.baselined().size(),
                comparison.fixed(),
                current,
                requirements);
    }

    /** A parsed spec as the gate needs it. */
    private record Spec(SpecDocument document, List<Suppression> suppressions, Optional<String> status) {

        boolean suppresses(Finding finding) {
            return suppressions.stream().anyMatch(s -> s.covers(finding));
        }

        String sectionPath(int line) {
            return document.sectionAt(line).map(Section::displayPath).orElse("");
        }
    }
}
