package dev.specgate.engine;

import dev.specgate.gate.Baseline;
import dev.specgate.gate.BaselineEntry;
import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import dev.specgate.rules.Requirement;
import java.util.List;
import java.util.Objects;

/**
 * What a check found.
 *
 * @param findings the findings that count, ordered by {@link Finding#ORDER}: not suppressed in the spec, not
 *     accepted by the baseline, with their configured (and, for drafts, downgraded) severity
 * @param specFiles the specs checked, relative to the base directory, {@code /}-separated, in order
 * @param suppressed how many findings {@code spec:disable} comments silenced
 * @param baselined how many findings the baseline accepted
 * @param fixedBaselineEntries baseline entries no finding matches any more: they can be removed from the baseline
 * @param currentBaseline a baseline accepting every unsuppressed finding of this check, baselined ones included
 *     (what {@code spec:baseline} writes)
 * @param requirements every requirement the specs define, for the requirements index
 */
public record CheckResult(
        List<Finding> findings,
        List<String> specFiles,
        int suppressed,
        int baselined,
        List<BaselineEntry> fixedBaselineEntries,
        Baseline currentBaseline,
        List<Requirement> requirements) {

    public CheckResult {
        findings = findings.stream().sorted(Finding.ORDER).toList();
        specFiles = List.copyOf(specFiles);
        fixedBaselineEntries = List.copyOf(fixedBaselineEntries);
        Objects.requireNonNull(currentBaseline, "currentBaseline");
        requirements = List.copyOf(requirements);
    }

    /** A result without suppressions, baseline or requirements: these findings, all counting. */
    public CheckResult(List<Finding> findings, List<String> specFiles) {
        this(findings, specFiles, 0, 0, List.of(), Baseline.EMPTY, List.of());
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** How many specs have at least one finding of the given severity. */
    public long specsWith(Severity severity) {
        return findings.stream()
                .filter(f -> f.severity() == severity)
                .map(Finding::file)
                .distinct()
                .count();
    }
}
