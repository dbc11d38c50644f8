package dev.specgate.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import dev.specgate.model.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SeverityPolicyTest {

    private static final Finding ERROR =
            new Finding("placeholder", Severity.ERROR, "a.md", SourceLocation.of(3, 1), "m", OptionalInt.empty());

    @Test
    void configuredLevelsOverrideTheDefaultAndOffDropsTheRule() {
        SeverityPolicy policy = new SeverityPolicy(
                Map.of("placeholder", Optional.of(Severity.WARNING), "empty-section", Optional.empty()), List.of());
        assertEquals(Severity.WARNING, policy.severityOf("placeholder", Severity.ERROR));
        assertEquals(Severity.ERROR, policy.severityOf("metadata", Severity.ERROR));
        assertTrue(policy.isOff("empty-section"));
        assertFalse(policy.isOff("placeholder"));
    }

    @Test
    void draftSpecsHaveErrorsDowngraded() {
        SeverityPolicy policy = new SeverityPolicy(Map.of(), List.of("Draft", "In Review"));
        assertEquals(
                Severity.WARNING, policy.forStatus(ERROR, Optional.of("draft")).severity());
        assertEquals(
                Severity.WARNING,
                policy.forStatus(ERROR, Optional.of("**In Review**")).severity());
        assertEquals(
                Severity.ERROR, policy.forStatus(ERROR, Optional.of("Approved")).severity());
        assertEquals(Severity.ERROR, policy.forStatus(ERROR, Optional.empty()).severity());
        assertEquals(
                Severity.ERROR,
                SeverityPolicy.DEFAULT.forStatus(ERROR, Optional.of("Draft")).severity());
    }

    @Test
    void parsesLevels() {
        assertEquals(Optional.of(Severity.INFO), SeverityPolicy.parseLevel(" INFO "));
        assertEquals(Optional.empty(), SeverityPolicy.parseLevel("off"));
        // "warn" is a documented alias of "warning" (Maven's own log level is [WARNING], many tools say warn).
        assertEquals(Optional.of(Severity.WARNING), SeverityPolicy.parseLevel("warn"));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> SeverityPolicy.parseLevel("fatal"));
        assertEquals("\"fatal\" is not a severity: use error, warning, info or off", e.getMessage());
    }
}
