package dev.specgate.engine;

/** Told about each spec set before its specs are checked, and about progress on long ones (the Mojo logs both). */
@FunctionalInterface
public interface SpecSetListener {

    /** A listener that ignores everything. */
    SpecSetListener NONE = plan -> {};

    void specSetFound(SpecSetPlan plan);

    /**
     * A set has been running for a while: {@code checked} of its {@code total} specs are done, with {@code findings}
     * findings so far (before the baseline). Called every few seconds at most, never on sets done sooner.
     */
    default void progress(int checked, int total, int findings) {}

    /** A detail worth a debug line, e.g. why the cache was not used. */
    default void debug(String message) {}
}
