package dev.specgate.engine;

/**
 * Told about each spec set before its specs are checked, about progress on long ones and about what was left
 * unchecked (the Mojo logs them).
 */
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

    /**
     * The spec set has sign-off rows saying Approved but no approvals lock file, so {@code approval-drift} checks
     * nothing in it; told at most once per set, after its specs are checked.
     *
     * @param directory the spec directory relative to the base directory
     * @param lockFile the lock file relative to the base directory
     */
    default void approvalsNotRecorded(String directory, String lockFile) {}
}
