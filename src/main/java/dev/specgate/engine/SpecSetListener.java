package dev.specgate.engine;

/** Told about each spec set before its specs are checked, and about the files written (the Mojo logs both). */
@FunctionalInterface
public interface SpecSetListener {

    /** A listener that ignores everything. */
    SpecSetListener NONE = plan -> {};

    void specSetFound(SpecSetPlan plan);

    /**
     * The requirements index is written.
     *
     * @param file the file, relative to the base directory, e.g. {@code target/spec/requirements.json}
     * @param requirementCount how many requirements it lists
     */
    default void requirementsIndexWritten(String file, int requirementCount) {}
}
