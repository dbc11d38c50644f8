package dev.specgate.engine;

import dev.specgate.gate.Suppression;
import dev.specgate.rules.SpecFacts;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the engine keeps of one checked spec once its document is dropped: small, and what the cache stores.
 *
 * @param file the spec relative to the base directory, {@code /}-separated
 * @param findings the spec's own findings that passed the gate, in the order the rules reported them
 * @param suppressed how many of its findings {@code spec:disable} comments silenced
 * @param facts what checks across the spec set need (requirement definitions and references)
 * @param suppressions its {@code spec:disable} comments, for findings set-wide rules report in it
 * @param status its document status, for the draft downgrade of those findings
 * @param factSections the section path of each line holding one of the facts, for those findings' baseline entries
 * @param summary what reports show of the spec
 * @param approvedRow whether the spec has a sign-off row saying Approved that no lock file records (asked only when
 *     the set has no lock file)
 */
record SpecOutcome(
        String file,
        List<GatedFinding> findings,
        int suppressed,
        SpecFacts facts,
        List<Suppression> suppressions,
        Optional<String> status,
        Map<Integer, String> factSections,
        SpecSummary summary,
        boolean approvedRow) {

    SpecOutcome {
        findings = List.copyOf(findings);
        suppressions = List.copyOf(suppressions);
        factSections = Map.copyOf(factSections);
    }

    /** The section path of a line holding a fact, else empty. */
    String sectionAt(int line) {
        return factSections.getOrDefault(line, "");
    }

    /** The same outcome without its findings: what set-wide rules' findings need of it. */
    SpecOutcome withoutFindings() {
        return new SpecOutcome(file, List.of(), 0, facts, suppressions, status, factSections, summary, approvedRow);
    }
}
