package dev.specgate.trace;

import java.util.Objects;

/**
 * A test that names a requirement, and how it went.
 *
 * @param test {@code com.acme.RefundTest.refundsAreCapped}, or the class name for a class marker whose class has
 *     no result
 * @param outcome what the reports say
 */
public record TestRun(String test, TestOutcome outcome) {

    public TestRun {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(outcome, "outcome");
    }
}
