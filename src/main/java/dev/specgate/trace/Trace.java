package dev.specgate.trace;

import dev.specgate.model.Finding;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a trace found.
 *
 * @param requirements every requirement of every spec with the tests naming it, in spec and document order
 * @param findings the raw findings (default severities), before levels and suppressions
 * @param coverageBySpec the coverage of each spec with gated requirements, in spec order
 * @param total the coverage of all gated requirements
 */
public record Trace(
        List<RequirementTrace> requirements,
        List<Finding> findings,
        Map<String, Coverage> coverageBySpec,
        Coverage total) {

    public Trace {
        requirements = List.copyOf(requirements);
        findings = List.copyOf(findings);
        coverageBySpec = Collections.unmodifiableMap(new LinkedHashMap<>(coverageBySpec));
        Objects.requireNonNull(total, "total");
    }

    /** How many requirements are not gated because their spec is not approved. */
    public long ungated() {
        return requirements.stream().filter(r -> !r.gated()).count();
    }
}
