package dev.specgate.trace;

import dev.specgate.engine.RequirementCheck;
import dev.specgate.engine.SpecRequirements;
import dev.specgate.model.Finding;
import java.util.List;
import java.util.Optional;

/**
 * Runs a {@link Tracer} as the engine's requirement check and keeps the trace for the coverage lines and the
 * requirements index. One instance per check, not shared between threads.
 */
public final class TraceCheck implements RequirementCheck {

    private final Tracer tracer;
    private Trace trace;

    public TraceCheck(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public List<Finding> check(List<SpecRequirements> specs) {
        trace = tracer.trace(specs);
        return trace.findings();
    }

    /** The trace of the last check; empty before one ran. */
    public Optional<Trace> trace() {
        return Optional.ofNullable(trace);
    }
}
