package dev.specgate.engine;

import dev.specgate.gate.Baseline;
import dev.specgate.gate.SeverityPolicy;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a check needs; built by the Mojo (or a test, or a CLI) from its configuration.
 *
 * @param baseDirectory the project base directory: finding paths are relative to it
 * @param specSets the spec sets to check
 * @param encoding how spec and template files are read
 * @param severities per-rule levels ({@code off} rules do not run) and the draft statuses whose errors become
 *     warnings
 * @param baseline accepted findings: matching findings do not count; empty for none
 */
public record CheckRequest(
        Path baseDirectory,
        List<SpecSetRequest> specSets,
        Charset encoding,
        SeverityPolicy severities,
        Optional<Baseline> baseline) {

    public CheckRequest {
        specSets = List.copyOf(specSets);
        Objects.requireNonNull(severities, "severities");
        Objects.requireNonNull(baseline, "baseline");
    }

    /** A request with the default severities and no baseline. */
    public CheckRequest(Path baseDirectory, List<SpecSetRequest> specSets, Charset encoding) {
        this(baseDirectory, specSets, encoding, SeverityPolicy.DEFAULT, Optional.empty());
    }
}
