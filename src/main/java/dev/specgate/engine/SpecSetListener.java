package dev.specgate.engine;

/** Told about each spec set before its specs are checked, and about what was left unchecked (the Mojo logs it). */
@FunctionalInterface
public interface SpecSetListener {

    /** A listener that ignores everything. */
    SpecSetListener NONE = plan -> {};

    void specSetFound(SpecSetPlan plan);

    /**
     * The spec set has sign-off rows saying Approved but no approvals lock file, so {@code approval-drift} checks
     * nothing in it; told at most once per set, after its specs are checked.
     *
     * @param directory the spec directory relative to the base directory
     * @param lockFile the lock file relative to the base directory
     */
    default void approvalsNotRecorded(String directory, String lockFile) {}
}
