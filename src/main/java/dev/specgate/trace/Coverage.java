package dev.specgate.trace;

import java.util.List;

/**
 * How many gated requirements are verified: {@code 42 of 45 verified (93%), 2 untested, 1 failing}.
 *
 * @param requirements how many requirements are gated
 * @param verified how many have a passing test
 * @param untested how many have no passing and no failing test
 * @param failing how many have failing tests only
 */
public record Coverage(int requirements, int verified, int untested, int failing) {

    public static Coverage of(List<RequirementTrace> traces) {
        int verified = 0;
        int untested = 0;
        int failing = 0;
        for (RequirementTrace trace : traces) {
            switch (trace.status()) {
                case VERIFIED -> verified++;
                case UNTESTED -> untested++;
                case FAILING -> failing++;
            }
        }
        return new Coverage(traces.size(), verified, untested, failing);
    }

    /** The verified share in whole percent, rounded down (so 100% means all); 100 when nothing is gated. */
    public int percent() {
        return requirements == 0 ? 100 : (int) ((verified * 100L) / requirements);
    }

    /** True when at least {@code minimumPercent} of the requirements are verified (exactly, before rounding). */
    public boolean meets(int minimumPercent) {
        return verified * 100L >= (long) minimumPercent * requirements;
    }

    /** {@code 42 of 45 verified (93%), 2 untested, 1 failing}. */
    public String describe() {
        return verified + " of " + requirements + " verified (" + percent() + "%), " + untested + " untested, "
                + failing + " failing";
    }
}
