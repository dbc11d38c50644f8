package dev.specgate.engine;

import dev.specgate.model.Finding;
import dev.specgate.model.Severity;

/**
 * The one-line summary of a check: {@code spec check failed: 3 errors, 1 warning in 2 of 14 specs} when there are
 * errors, otherwise {@code Checked 14 specs: no errors} (with {@code , 1 warning} when there are warnings).
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
        return new CheckSummary(result.count(Severity.ERROR), result.count(Severity.WARNING), affected,
                result.specFiles().size());
    }

    public boolean failed() {
        return errors > 0;
    }

    /** The summary line. */
    public String line() {
        String warned = warnings > 0 ? ", " + plural(warnings, "warning") : "";
        if (failed()) {
            return "spec check failed: " + plural(errors, "error") + warned + " in " + specsWithFindings + " of "
                    + plural(specs, "spec");
        }
        return "Checked " + plural(specs, "spec") + ": no errors" + warned;
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
