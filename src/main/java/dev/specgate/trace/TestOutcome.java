package dev.specgate.trace;

import java.util.Locale;

/** What happened to a test, as the Surefire and Failsafe reports tell. */
public enum TestOutcome {
    PASSED,
    FAILED,
    ERRORED,
    SKIPPED,
    /** No report mentions the test. */
    NOT_RUN;

    /** The form in {@code requirements.json} and messages: {@code passed}, {@code not-run}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How messages say it: {@code failed}, {@code was skipped}, {@code was not run}. */
    String phrase() {
        return switch (this) {
            case PASSED -> "passed";
            case FAILED -> "failed";
            case ERRORED -> "errored";
            case SKIPPED -> "was skipped";
            case NOT_RUN -> "was not run (no result in the test reports)";
        };
    }

    /** The outcome of several runs of one test (parameterized, repeated, or in two reports): the worst one. */
    static TestOutcome combine(TestOutcome a, TestOutcome b) {
        return a.rank() >= b.rank() ? a : b;
    }

    private int rank() {
        return switch (this) {
            case NOT_RUN -> 0;
            case SKIPPED -> 1;
            case PASSED -> 2;
            case FAILED -> 3;
            case ERRORED -> 4;
        };
    }
}
