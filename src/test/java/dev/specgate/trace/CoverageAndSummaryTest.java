package dev.specgate.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The coverage line and the trace's summary line. */
class CoverageAndSummaryTest {

    @Test
    void theCoverageLineRoundsDownSoOnlyAllVerifiedIsAHundredPercent() {
        assertEquals("42 of 45 verified (93%), 2 untested, 1 failing", new Coverage(45, 42, 2, 1).describe());
        assertEquals("2 of 3 verified (66%), 1 untested, 0 failing", new Coverage(3, 2, 1, 0).describe());
        assertEquals("199 of 200 verified (99%), 1 untested, 0 failing", new Coverage(200, 199, 1, 0).describe());
        assertEquals("0 of 0 verified (100%), 0 untested, 0 failing", new Coverage(0, 0, 0, 0).describe());
    }

    @Test
    void theMinimumIsComparedExactly() {
        Coverage twoThirds = new Coverage(3, 2, 1, 0);
        assertTrue(twoThirds.meets(66));
        assertFalse(twoThirds.meets(67));
        assertTrue(new Coverage(4, 3, 1, 0).meets(75));
        assertTrue(new Coverage(0, 0, 0, 0).meets(100));
    }

    @Test
    void summaryLines() {
        Coverage some = new Coverage(3, 1, 1, 1);
        Coverage all = new Coverage(3, 3, 0, 0);
        Optional<String> single = Optional.empty();

        assertEquals("spec trace failed: 3 errors", new TraceSummary(3, 0, some, 0).line(single, true, false));
        assertEquals(
                "spec trace failed in refunds-api: 1 error, 1 warning",
                new TraceSummary(1, 1, some, 0).line(Optional.of("refunds-api"), true, false));
        assertEquals(
                "spec trace found: 2 errors; not failing the build (failOnError=false)",
                new TraceSummary(2, 0, some, 0).line(single, false, false));
        assertEquals(
                "spec trace failed: 1 warning (failOnWarning)",
                new TraceSummary(0, 1, all, 0).line(single, true, true));
        assertEquals(
                "spec trace failed: coverage 33% (1 of 3 requirements verified) is below minimumCoverage 50%",
                new TraceSummary(0, 2, some, 50).line(single, true, false));
        assertEquals(
                "spec trace failed: 2 errors; coverage 33% (1 of 3 requirements verified) is below minimumCoverage 50%",
                new TraceSummary(2, 0, some, 50).line(single, true, false));
        assertEquals("Traced 3 requirements: no errors", new TraceSummary(0, 0, all, 100).line(single, true, false));
        assertEquals(
                "Traced 3 requirements: no errors, 2 warnings",
                new TraceSummary(0, 2, some, 0).line(single, true, false));
    }

    @Test
    void coverageAloneFailsTheBuildEvenWithoutFindingsOrWithFailOnErrorOff() {
        TraceSummary summary = new TraceSummary(0, 0, new Coverage(4, 3, 1, 0), 80);

        assertTrue(summary.fails(false, false));
        assertFalse(new TraceSummary(0, 0, new Coverage(4, 3, 1, 0), 75).fails(true, true));
    }
}
