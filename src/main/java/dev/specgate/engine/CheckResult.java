package dev.specgate.engine;

import dev.specgate.gate.Baseline;
import dev.specgate.gate.BaselineEntry;
import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import dev.specgate.rules.Requirement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a check found.
 *
 * @param findings the findings that count, ordered by {@link Finding#ORDER}: not suppressed in the spec, not
 *     accepted by the baseline, with their configured (and, for drafts, downgraded) severity
 * @param specFiles the specs checked, relative to the base directory, {@code /}-separated, in order
 * @param suppressed how many findings {@code spec:disable} comments silenced
 * @param baselined how many findings the baseline accepted
 * @param fixedBaselineEntries baseline entries no finding matches any more: they can be removed from the baseline
 * @param currentBaselineSource gives {@link #currentBaseline()}, made when first asked for: only
 *     {@code spec:baseline} writes it, and fingerprinting every finding of a large set costs more than the rest of a
 *     re-run from the cache
 * @param requirements every requirement the specs define, for the requirements index
 * @param specs what reports show of each spec checked (title, status, author, ...), in the order of
 *     {@code specFiles}
 */
public record CheckResult(
        List<Finding> findings,
        List<String> specFiles,
        int suppressed,
        int baselined,
        List<BaselineEntry> fixedBaselineEntries,
        Supplier<Baseline> currentBaselineSource,
        List<Requirement> requirements,
        List<SpecSummary> specs) {

    public CheckResult {
        findings = findings.stream().sorted(Finding.ORDER).toList();
        specFiles = List.copyOf(specFiles);
        fixedBaselineEntries = List.copyOf(fixedBaselineEntries);
        currentBaselineSource = Once.of(Objects.requireNonNull(currentBaselineSource, "currentBaselineSource"));
        requirements = List.copyOf(requirements);
        specs = List.copyOf(specs);
    }

    /** A result without spec summaries. */
    public CheckResult(
            List<Finding> findings,
            List<String> specFiles,
            int suppressed,
            int baselined,
            List<BaselineEntry> fixedBaselineEntries,
            Baseline currentBaseline,
            List<Requirement> requirements) {
        this(
                findings,
                specFiles,
                suppressed,
                baselined,
                fixedBaselineEntries,
                () -> currentBaseline,
                requirements,
                List.of());
    }

    /** A result without suppressions, baseline or requirements: these findings, all counting. */
    public CheckResult(List<Finding> findings, List<String> specFiles) {
        this(findings, specFiles, 0, 0, List.of(), Baseline.EMPTY, List.of());
    }

    /**
     * A baseline accepting every unsuppressed finding of this check, baselined ones included (what
     * {@code spec:baseline} writes).
     */
    public Baseline currentBaseline() {
        return currentBaselineSource.get();
    }

    /** The summary of a spec, when the check made one. */
    public Optional<SpecSummary> spec(String file) {
        return specs.stream().filter(s -> s.file().equals(file)).findFirst();
    }

    /** How many findings a spec has. */
    public long findingsIn(String file) {
        return findings.stream().filter(f -> f.file().equals(file)).count();
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

    /** A baseline made once, when first asked for, by whichever thread asks. */
    private static final class Once implements Supplier<Baseline> {

        private Supplier<Baseline> source;
        private Baseline made;

        private Once(Supplier<Baseline> source) {
            this.source = source;
        }

        static Supplier<Baseline> of(Supplier<Baseline> source) {
            return source instanceof Once ? source : new Once(source);
        }

        @Override
        public synchronized Baseline get() {
            if (made == null) {
                made = Objects.requireNonNull(source.get(), "baseline");
                source = null;
            }
            return made;
        }

        /** Results compare by their baselines (the serial and parallel runs of a test must agree). */
        @Override
        public boolean equals(Object other) {
            return other instanceof Once once && get().equals(once.get());
        }

        @Override
        public int hashCode() {
            return get().hashCode();
        }

        @Override
        public String toString() {
            return get().toString();
        }
    }
}
