package dev.specgate.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FindingTallyTest {

    @Test
    void errorsFailUnderFailOnErrorAndWarningsOnlyUnderFailOnWarning() {
        assertTrue(new FindingTally(1, 0).fails(true, false));
        assertFalse(new FindingTally(1, 0).fails(false, false));
        assertFalse(new FindingTally(0, 2).fails(true, false));
        assertTrue(new FindingTally(0, 2).fails(true, true));
    }

    @Test
    void failureNamesTheCountsTheScopeAndWhenWarningsAloneFail() {
        assertEquals("2 errors, 1 warning in 1 of 3 specs", new FindingTally(2, 1).failure(" in 1 of 3 specs", true));
        assertEquals("1 warning (failOnWarning)", new FindingTally(0, 1).failure("", true));
        assertEquals("1 error, 2 warnings (failOnWarning)", new FindingTally(1, 2).failure("", false));
    }

    @Test
    void notFailingSaysWhetherErrorsWereFoundOrNone() {
        assertEquals(
                "spec check found in billing: 1 error in 1 of 2 specs; not failing the build (failOnError=false)",
                new FindingTally(1, 0).notFailing("spec check", "Checked 2 specs", " in billing", " in 1 of 2 specs"));
        assertEquals(
                "Traced 1 requirement: no errors, 2 warnings",
                new FindingTally(0, 2).notFailing("spec trace", "Traced 1 requirement", "", ""));
        assertEquals(
                "Checked 3 specs: no errors",
                new FindingTally(0, 0).notFailing("spec check", "Checked 3 specs", "", ""));
    }
}
