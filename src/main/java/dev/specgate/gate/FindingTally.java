package dev.specgate.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors and warnings that count after the gate, and what the summary lines of {@code spec:check} and
 * {@code spec:trace} say about them: whether they fail the build under {@code failOnError} and {@code failOnWarning},
 * and the wording of a failure ({@code 2 errors, 1 warning}), of errors that do not fail the build and of a pass.
 *
 * @param errors how many error findings count
 * @param warnings how many warning findings count
 */
public record FindingTally(long errors, long warnings) {

    /** True when the findings fail the build: errors with failOnError, warnings with failOnWarning. */
    public boolean fails(boolean failOnError, boolean failOnWarning) {
        return (failOnError && errors > 0) || (failOnWarning && warnings > 0);
    }

    /**
     * Why the findings fail the build: {@code 2 errors, 1 warning} followed by {@code scope} (e.g. {@code in 1 of 3
     * specs}), and {@code (failOnWarning)} when warnings alone fail it.
     */
    public String failure(String scope, boolean failOnError) {
        return counts() + scope + (failOnError && errors > 0 ? "" : " (failOnWarning)");
    }

    /**
     * The summary line when the findings do not fail the build: errors that do not fail it read
     * {@code <goal> found<in>: 2 errors<scope>; not failing the build (failOnError=false)}, otherwise
     * {@code <done><in>: no errors}, with {@code , 1 warning} when there are warnings.
     *
     * @param goal the goal as the line names it, e.g. {@code spec check}
     * @param done what the goal did, e.g. {@code Checked 3 specs}
     * @param in the module, {@code " in module-a"}, or empty
     * @param scope where the errors are, e.g. {@code " in 1 of 3 specs"}, or empty
     */
    public String notFailing(String goal, String done, String in, String scope) {
        if (errors > 0) {
            return goal + " found" + in + ": " + counts() + scope + "; not failing the build (failOnError=false)";
        }
        return done + in + ": no errors" + (warnings > 0 ? ", " + plural(warnings, "warning") : "");
    }

    /** {@code 1 spec}, {@code 3 specs}. */
    public static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private String counts() {
        List<String> parts = new ArrayList<>();
        if (errors > 0) {
            parts.add(plural(errors, "error"));
        }
        if (warnings > 0) {
            parts.add(plural(warnings, "warning"));
        }
        return String.join(", ", parts);
    }
}
