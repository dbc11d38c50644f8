package dev.specgate.engine;

import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import java.util.List;

/**
 * What a check found.
 *
 * @param findings every finding, ordered by {@link Finding#ORDER}
 * @param specFiles the specs checked, relative to the base directory, {@code /}-separated, in order
 */
public record CheckResult(List<Finding> findings, List<String> specFiles) {

    public CheckResult {
        findings = findings.stream().sorted(Finding.ORDER).toList();
        specFiles = List.copyOf(specFiles);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** How many specs have at least one finding of the given severity. */
    public long specsWith(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).map(Finding::file).distinct().count();
    }
}
