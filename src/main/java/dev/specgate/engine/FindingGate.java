package dev.specgate.engine;

import dev.specgate.gate.Baseline;
import dev.specgate.gate.SeverityPolicy;
import dev.specgate.gate.Suppression;
import dev.specgate.gate.SuppressionReader;
import dev.specgate.model.Finding;
import dev.specgate.model.Section;
import dev.specgate.model.Severity;
import dev.specgate.model.SpecDocument;
import dev.specgate.rules.FindingCollector;
import dev.specgate.rules.Requirement;
import dev.specgate.rules.Rule;
import dev.specgate.rules.SpecFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Takes raw findings through the team's gate: per-rule severities ({@code off} rules do not run),
 * {@code spec:disable} comments, the draft downgrade and the baseline. Immutable and thread-safe: {@link #spec}
 * gates one spec's findings on whichever worker checked it; {@link #setFindings} and {@link #result} work on the
 * small {@link SpecOutcome}s that remain.
 */
final class FindingGate {

    private final SeverityPolicy policy;
    private final SuppressionReader suppressionReader;

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

    /**
     * Gates one spec's raw findings while its document is still in memory: reads its suppressions (their problems
     * are findings too), drops what they silence, applies the draft downgrade and notes each finding's section.
     */
    SpecOutcome spec(
            SpecDocument document, List<Finding> raw, SpecFacts facts, SpecSummary summary, boolean approvedRow) {
        String rule = SuppressionReader.RULE_ID;
        FindingCollector problems =
                new FindingCollector(rule, policy.severityOf(rule, Severity.ERROR), document.path());
        List<Suppression> suppressions = suppressionReader.read(document, problems);
        Optional<String> status = summary.status();
        List<Finding> all = policy.isOff(rule)
                ? raw
                : Stream.concat(problems.findings().stream(), raw.stream()).toList();
        List<GatedFinding> kept = new ArrayList<>();
        int suppressed = 0;
        for (Finding finding : all) {
            if (suppresses(suppressions, finding)) {
                suppressed++;
            } else {
                kept.add(new GatedFinding(policy.forStatus(finding, status), sectionPath(document, finding.line())));
            }
        }
        Map<Integer, String> factSections = new HashMap<>();
        Stream.concat(facts.definitions().stream(), facts.references().stream())
                .map(Requirement::line)
                .forEach(line -> factSections.computeIfAbsent(line, l -> sectionPath(document, l)));
        return new SpecOutcome(
                document.path(), kept, suppressed, facts, suppressions, status, factSections, summary, approvedRow);
    }

    /**
     * Gates the findings a set-wide rule reported, with the suppressions and status of the spec each is in; findings
     * in no checked spec pass as they are. Adds the suppressed ones to {@code suppressed[0]}.
     */
    List<GatedFinding> setFindings(List<Finding> raw, Map<String, SpecOutcome> specs, int[] suppressed) {
        List<GatedFinding> kept = new ArrayList<>();
        for (Finding finding : raw) {
            SpecOutcome spec = specs.get(finding.file());
            if (spec == null) {
                kept.add(new GatedFinding(finding, ""));
            } else if (suppresses(spec.suppressions(), finding)) {
                suppressed[0]++;
            } else {
                kept.add(new GatedFinding(policy.forStatus(finding, spec.status()), spec.sectionAt(finding.line())));
            }
        }
        return kept;
    }

    /**
     * Findings reported with their rule's default severity by something other than a {@link Rule} (a
     * {@link RequirementCheck}): rules configured {@code off} are dropped, the others get their configured level;
     * then they go through {@link #setFindings} like a set-wide rule's.
     */
    List<Finding> reported(List<Finding> findings) {
        return findings.stream()
                .filter(f -> !policy.isOff(f.ruleId()))
                .map(f -> f.withSeverity(policy.severityOf(f.ruleId(), f.severity())))
                .toList();
    }

    /**
     * The result: findings the baseline does not accept count; the current findings form the new baseline; {@code specs}
     * are the summaries of the specs checked.
     */
    static CheckResult result(
            List<GatedFinding> gated,
            int suppressed,
            List<String> specFiles,
            List<Requirement> requirements,
            Optional<Baseline> baseline,
            List<SpecSummary> specs) {
        Map<Finding, String> sections = new HashMap<>();
        gated.forEach(g -> sections.put(g.finding(), g.section()));
        List<Finding> all =
                gated.stream().map(GatedFinding::finding).sorted(Finding.ORDER).toList();
        Function<Finding, String> sectionOf = finding -> sections.getOrDefault(finding, "");
        Supplier<Baseline> current = () -> Baseline.of(all, sectionOf);
        if (baseline.isEmpty()) {
            return new CheckResult(all, specFiles, suppressed, 0, List.of(), current, requirements, specs);
        }
        Baseline.Comparison comparison = baseline.get().compare(all, sectionOf);
        return new CheckResult(
                comparison.fresh(),
                specFiles,
                suppressed,
                comparison.baselined().size(),
                comparison.fixed(),
                current,
                requirements,
                specs);
    }

    private static boolean suppresses(List<Suppression> suppressions, Finding finding) {
        return suppressions.stream().anyMatch(s -> s.covers(finding));
    }

    private static String sectionPath(SpecDocument document, int line) {
        return document.sectionAt(line).map(Section::displayPath).orElse("");
    }
}
