package dev.specgate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import dev.specgate.model.SourceLocation;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CheckSummaryTest {

    @Test
    void failureCountsErrorsWarningsAndAffectedSpecs() {
        CheckResult result = new CheckResult(
                List.of(finding("a.md", Severity.ERROR), finding("a.md", Severity.ERROR),
                        finding("b.md", Severity.ERROR), finding("c.md", Severity.WARNING),
                        finding("d.md", Severity.INFO)),
                List.of("a.md", "b.md", "c.md", "d.md", "e.md"));
        CheckSummary summary = CheckSummary.of(result);
        assertTrue(summary.failed());
        assertEquals("spec check failed: 3 errors, 1 warning in 3 of 5 specs", summary.line());
    }

    @Test
    void singularForms() {
        CheckResult result = new CheckResult(List.of(finding("a.md", Severity.ERROR)), List.of("a.md"));
        assertEquals("spec check failed: 1 error in 1 of 1 spec", CheckSummary.of(result).line());
    }

    @Test
    void successMentionsWarnings() {
        CheckResult clean = new CheckResult(List.of(), List.of("a.md", "b.md"));
        assertFalse(CheckSummary.of(clean).failed());
        assertEquals("Checked 2 specs: no errors", CheckSummary.of(clean).line());
        CheckResult warned = new CheckResult(
                List.of(finding("a.md", Severity.WARNING), finding("b.md", Severity.WARNING)), List.of("a.md", "b.md"));
        assertEquals("Checked 2 specs: no errors, 2 warnings", CheckSummary.of(warned).line());
    }

    private static Finding finding(String file, Severity severity) {
        return new Finding("placeholder", severity, file, new SourceLocation(1, 1), "m", OptionalInt.empty());
    }
}
