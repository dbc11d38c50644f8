package dev.specgate.engine;

import dev.specgate.gate.FindingTally;
import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import java.util.Optional;

/**
 * The one-line summary of a check: {@code spec check failed: 3 errors, 1 warning in 2 of 14 specs} when it fails,
 * otherwise {@code Checked 14 specs: no errors} (with {@code , 1 warning} when there are warnings). In a reactor
 * build the module is named after the verb: {@code spec check failed in module-a: 2 errors in 1 of 3 specs},
 * {@code Checked 3 specs in module-b: no errors}.
 *
 * @param errors how many error findings
 * @param warnings how many warning findings
 * @param specsWithFindings how many specs have an error or warning
 * @param specs how many specs were checked
 */
public record CheckSummary(long errors, long warnings, long specsWithFindings, int specs) {

    public static CheckSummary of(CheckResult result) {
        long affected = result.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
                .map(Finding::file)
                .distinct()
                .count();
        return new CheckSummary(
                result.count(Severity.ERROR),
                result.count(Severity.WARNING),
                affected,
                result.specFiles().size());
    }

    /** True when there are errors (the default gate). */
    public boolean failed() {
        return errors > 0;
    }

    /** True when the build fails under these settings: errors with failOnError, warnings with failOnWarning. */
    public boolean fails(boolean failOnError, boolean failOnWarning) {
        return tally().fails(failOnError, failOnWarning);
    }

    /** The summary line under the default gate (errors fail) in a single-module build. */
    public String line() {
        return line(Optional.empty(), true, false);
    }

    /**
     * The summary line under these settings, naming the module when one is given. A failure caused by warnings
     * alone ends with {@code (failOnWarning)}; errors that do not fail the build read
     * {@code spec check found: 2 errors in 1 of 3 specs; not failing the build (failOnError=false)}.
     */
    public String line(Optional<String> module, boolean failOnError, boolean failOnWarning) {
        String in = module.map(name -> " in " + name).orElse("");
        String where = " in " + specsWithFindings + " of " + FindingTally.plural(specs, "spec");
        if (fails(failOnError, failOnWarning)) {
            return "spec check failed" + in + ": " + tally().failure(where, failOnError);
        }
        return tally().notFailing("spec check", "Checked " + FindingTally.plural(specs, "spec"), in, where);
    }

    private FindingTally tally() {
        return new FindingTally(errors, warnings);
    }
}
