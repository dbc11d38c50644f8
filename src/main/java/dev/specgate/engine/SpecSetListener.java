package dev.specgate.engine;

/** Told about each spec set before its specs are checked (the Mojo logs it). */
@FunctionalInterface
public interface SpecSetListener {

    /** A listener that ignores everything. */
    SpecSetListener NONE = plan -> {};

    void specSetFound(SpecSetPlan plan);
}
