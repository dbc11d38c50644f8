package dev.specgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.specgate.gate.SeverityPolicy;
import dev.specgate.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeverityParametersTest {

    private final SeverityParameters parameters =
            new SeverityParameters(Set.of("placeholder", "empty-section", "suppression"));

    @Test
    void entriesGiveLevelsAndOff() throws Exception {
        SeverityPolicy policy =
                parameters.policy(List.of("placeholder=warning", " empty-section = OFF ", ""), false, List.of("Draft"));
        assertEquals(
                Map.of("placeholder", Optional.of(Severity.WARNING), "empty-section", Optional.empty()),
                policy.levels());
        assertEquals(List.of(), policy.draftStatuses());
    }

    @Test
    void draftStatusesApplyOnlyWhenRelaxed() throws Exception {
        SeverityPolicy policy = parameters.policy(null, true, List.of("Draft", "In Review", " "));
        assertEquals(List.of("draft", "in review"), policy.draftStatuses());
    }

    @Test
    void unknownRuleNamesParameterValueAndKnownRules() {
        Exception e =
                assertThrows(Exception.class, () -> parameters.policy(List.of("placeholdr=warning"), false, List.of()));
        assertEquals(
                "Invalid value for parameter severities (spec.severities): \"placeholdr=warning\": unknown rule"
                        + " \"placeholdr\"; known rules: empty-section, placeholder, suppression",
                e.getMessage());
    }

    @Test
    void unknownLevelAndMissingEqualsAreRejected() {
        Exception level =
                assertThrows(Exception.class, () -> parameters.policy(List.of("placeholder=loud"), false, List.of()));
        assertEquals(
                "Invalid value for parameter severities (spec.severities): \"placeholder=loud\": \"loud\" is not"
                        + " a severity: use error, warning, info or off",
                level.getMessage());
        Exception form =
                assertThrows(Exception.class, () -> parameters.policy(List.of("placeholder"), false, List.of()));
        assertEquals(
                "Invalid value for parameter severities (spec.severities): \"placeholder\": write rule=level,"
                        + " e.g. placeholder=warning",
                form.getMessage());
    }
}
