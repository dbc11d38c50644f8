package dev.specgate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import dev.specgate.model.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CheckSummaryTest {

    @Test
    void failureCountsErrorsWarningsAndAffectedSpecs() {
        CheckResult result = new CheckResult(
                List.of(
                        finding("a.md", Severity.ERROR),
                        finding("a.md", Severity.ERROR),
                        finding("b.md", Severity.ERROR),
                        finding("c.md", Severity.WARNING),
                        finding("d.md", Severity.INFO)),
                List.of("a.md", "b.md", "c.md", "d.md", "e.md"));
        CheckSummary summary = CheckSummary.of(result);
        assertTrue(summary.failed());
        assertEquals("spec check failed: 3 errors, 1 warning in 3 of 5 specs", summary.line());
    }

    @Test
    void singularForms() {
        CheckResult result = new CheckResult(List.of(finding("a.md", Severity.ERROR)), List.of("a.md"));
        assertEquals(
                "spec check failed: 1 error in 1 of 1 spec",
                CheckSummary.of(result).line());
    }

    @Test
    void successMentionsWarnings() {
        CheckResult clean = new CheckResult(List.of(), List.of("a.md", "b.md"));
        assertFalse(CheckSummary.of(clean).failed());
        assertEquals("Checked 2 specs: no errors", CheckSummary.of(clean).line());
        CheckResult warned = new CheckResult(
                List.of(finding("a.md", Severity.WARNING), finding("b.md", Severity.WARNING)), List.of("a.md", "b.md"));
        assertEquals(
                "Checked 2 specs: no errors, 2 warnings",
                CheckSummary.of(warned).line());
    }

    @Test
    void reactorBuildsNameTheModule() {
        CheckSummary failed = new CheckSummary(2, 0, 1, 3);
        assertEquals(
                "spec check failed in module-a: 2 errors in 1 of 3 specs",
                failed.line(Optional.of("module-a"), true, false));
        assertEquals(
                "Checked 3 specs in module-b: no errors, 1 warning",
                new CheckSummary(0, 1, 1, 3).line(Optional.of("module-b"), true, false));
    }

    @Test
    void failOnWarningFailsOnWarningsAlone() {
        CheckSummary warned = new CheckSummary(0, 2, 1, 3);
        assertFalse(warned.fails(true, false));
        assertTrue(warned.fails(true, true));
        assertEquals(
                "spec check failed: 2 warnings in 1 of 3 specs (failOnWarning)",
                warned.line(Optional.empty(), true, true));
        assertEquals(
                "spec check failed: 1 error, 2 warnings in 1 of 3 specs",
                new CheckSummary(1, 2, 1, 3).line(Optional.empty(), true, true));
    }

    @Test
    void failOnErrorFalseReportsErrorsWithoutFailing() {
        CheckSummary errors = new CheckSummary(2, 1, 2, 3);
        assertFalse(errors.fails(false, false));
        assertEquals(
                "spec check found: 2 errors, 1 warning in 2 of 3 specs; not failing the build" + " (failOnError=false)",
                errors.line(Optional.empty(), false, false));
        assertTrue(errors.fails(false, true));
        assertEquals(
                "spec check failed: 2 errors, 1 warning in 2 of 3 specs (failOnWarning)",
                errors.line(Optional.empty(), false, true));
    }

    private static Finding finding(String file, Severity severity) {
        return new Finding("placeholder", severity, file, new SourceLocation(1, 1), "m", OptionalInt.empty());
    }
}
