package dev.specgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.engine.CheckResult;
import dev.specgate.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextStepsTest {

    @Test
    void countsErrorsAndWarningsPerRuleMostFirstThenPointsToRulesSuppressionAndBaseline() {
        // The fixture: required-section 2 errors, placeholder 1 warning and 1 error, metadata 1 error,
        // suppression 1 warning, empty-section 1 info (not counted: info never fails a build).
        assertEquals(
                List.of(
                        "  by rule: placeholder 2, required-section 2, metadata 1, suppression 1",
                        "  how to fix each rule: https://specgate.dev/spec-maven-plugin/rules.html",
                        "  to keep a finding on purpose: <!-- spec:disable-line RULE -- reason --> in the spec (or"
                                + " disable-next-line, disable-section, disable-file)",
                        "  to adopt with today's findings: mvn spec:baseline, commit spec-baseline.json; then only new"
                                + " findings fail"),
                NextSteps.lines(ReportFixtures.result(), false));
    }

    @Test
    void withABaselineInUseTheLastStepRefreshesIt() {
        List<String> lines = NextSteps.lines(ReportFixtures.result(), true);

        assertEquals(
                "  to accept these findings too: mvn spec:baseline -Dspec.baseline.overwrite, then commit the baseline",
                lines.get(3));
    }

    @Test
    void nothingToSayWithoutErrorsOrWarnings() {
        CheckResult onlyInfo = new CheckResult(
                List.of(ReportFixtures.finding("empty-section", Severity.INFO, "docs/specs/a.md", 3, 1, "Empty", 0)),
                List.of("docs/specs/a.md"));

        assertEquals(List.of(), NextSteps.lines(onlyInfo, false));
    }
}
