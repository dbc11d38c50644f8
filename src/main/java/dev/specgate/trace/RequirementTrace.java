package dev.specgate.trace;

import dev.specgate.rules.Requirement;
import java.util.List;
import java.util.Objects;

/**
 * A requirement and the tests that name it.
 *
 * @param requirement the requirement as its spec defines it
 * @param gated whether it counts: its spec is approved, or every spec is gated
 * @param tests the tests naming it, sorted by name
 */
public record RequirementTrace(Requirement requirement, boolean gated, List<TestRun> tests) {

    public RequirementTrace {
        Objects.requireNonNull(requirement, "requirement");
        tests = List.copyOf(tests);
    }

    public RequirementStatus status() {
        return RequirementStatus.of(tests);
    }
}
