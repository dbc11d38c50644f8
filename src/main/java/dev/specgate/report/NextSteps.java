package dev.specgate.report;

import dev.specgate.engine.CheckResult;
import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The few lines after a failed check's summary: how many findings each rule has, and the three ways forward (fix
 * with the rules page, suppress one finding with a reason, accept today's findings with a baseline).
 */
public final class NextSteps {

    private NextSteps() {}

    /**
     * The lines to log after the summary, each indented by two spaces; none when no finding is an error or a
     * warning.
     *
     * @param baselineInUse whether a baseline file already accepts findings (the advice is then to refresh it)
     */
    public static List<String> lines(CheckResult result, boolean baselineInUse) {
        Map<String, Long> byRule = new TreeMap<>(result.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
                .collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting())));
        if (byRule.isEmpty()) {
            return List.of();
        }
        String counts = byRule.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        String baseline = baselineInUse
                ? "  to accept these findings too: mvn spec:baseline -Dspec.baseline.overwrite, then commit the baseline"
                : "  to adopt with today's findings: mvn spec:baseline, commit spec-baseline.json; then only new"
                        + " findings fail";
        return List.of(
                "  by rule: " + counts,
                "  how to fix each rule: " + Documentation.rulesPage(),
                "  to keep a finding on purpose: <!-- spec:disable-line RULE -- reason --> in the spec (or"
                        + " disable-next-line, disable-section, disable-file)",
                baseline);
    }
}
