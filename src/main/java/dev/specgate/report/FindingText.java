package dev.specgate.report;

import dev.specgate.model.Finding;

/** The message text reports show for a finding: the console message without the location and rule prefix. */
final class FindingText {

    private FindingText() {}

    /** The message plus {@code " (template line N)"} when the template line is known, as on the console. */
    static String of(Finding finding) {
        return finding.templateLine().isPresent()
                ? finding.message() + " (template line "
                        + finding.templateLine().getAsInt() + ")"
                : finding.message();
    }
}
