package dev.specgate.trace;

import dev.specgate.gate.FindingTally;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last line of a trace: {@code spec trace failed: 2 errors} when findings or the coverage fail the build,
 * {@code Traced 3 requirements: no errors} otherwise. In a reactor build the module is named after the verb, as in
 * the check's summary.
 *
 * @param errors how many error findings count
 * @param warnings how many warning findings count
 * @param total the coverage of the gated requirements
 * @param minimumCoverage the verified share (percent) below which the build fails; 0 for none
 */
public record TraceSummary(long errors, long warnings, Coverage total, int minimumCoverage) {

    /** True when the coverage is below {@code minimumCoverage}. */
    public boolean belowMinimum() {
        return !total.meets(minimumCoverage);
    }

    /** True when the build fails: errors with failOnError, warnings with failOnWarning, or too little coverage. */
    public boolean fails(boolean failOnError, boolean failOnWarning) {
        return tally().fails(failOnError, failOnWarning) || belowMinimum();
    }

    public String line(Optional<String> module, boolean failOnError, boolean failOnWarning) {
        String in = module.map(name -> " in " + name).orElse("");
        List<String> reasons = new ArrayList<>();
        if (tally().fails(failOnError, failOnWarning)) {
            reasons.add(tally().failure("", failOnError));
        }
        if (belowMinimum()) {
            reasons.add("coverage " + total.percent() + "% (" + total.verified() + " of " + total.requirements()
                    + " requirements verified) is below minimumCoverage " + minimumCoverage + "%");
        }
        if (!reasons.isEmpty()) {
            return "spec trace failed" + in + ": " + String.join("; ", reasons);
        }
        return tally().notFailing(
                        "spec trace", "Traced " + FindingTally.plural(total.requirements(), "requirement"), in, "");
    }

    private FindingTally tally() {
        return new FindingTally(errors, warnings);
    }
}
