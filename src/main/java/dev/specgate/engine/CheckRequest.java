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
 * @param threads how many specs are read, parsed and checked at once (at least 1); the findings are the same for
 *     any number
 * @param cache the incremental cache; empty to check every spec afresh
 */
public record CheckRequest(
        Path baseDirectory,
        List<SpecSetRequest> specSets,
        Charset encoding,
        SeverityPolicy severities,
        Optional<Baseline> baseline,
        int threads,
        Optional<CacheSettings> cache) {

    public CheckRequest {
        specSets = List.copyOf(specSets);
        Objects.requireNonNull(severities, "severities");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(cache, "cache");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    /** A request on {@link #defaultThreads()} threads without a cache. */
    public CheckRequest(
            Path baseDirectory,
            List<SpecSetRequest> specSets,
            Charset encoding,
            SeverityPolicy severities,
            Optional<Baseline> baseline) {
        this(baseDirectory, specSets, encoding, severities, baseline, defaultThreads(), Optional.empty());
    }

    /** A request with the default severities and no baseline. */
    public CheckRequest(Path baseDirectory, List<SpecSetRequest> specSets, Charset encoding) {
        this(baseDirectory, specSets, encoding, SeverityPolicy.DEFAULT, Optional.empty());
    }

    /** The same request on {@code count} threads. */
    public CheckRequest withThreads(int count) {
        return new CheckRequest(baseDirectory, specSets, encoding, severities, baseline, count, cache);
    }

    /** The same request with the given cache, or none. */
    public CheckRequest withCache(Optional<CacheSettings> settings) {
        return new CheckRequest(baseDirectory, specSets, encoding, severities, baseline, threads, settings);
    }

    /** One thread per available processor. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
