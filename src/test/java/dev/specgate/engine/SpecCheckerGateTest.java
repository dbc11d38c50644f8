package dev.specgate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.gate.Baseline;
import dev.specgate.gate.BaselineEntry;
import dev.specgate.gate.SeverityPolicy;
import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import dev.specgate.schema.SchemaOverrides;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate in the engine: per-rule levels, suppression comments, the draft downgrade and the baseline. */
class SpecCheckerGateTest {

    private static final String TEMPLATE = """
            # [Feature Name]

            **Status**: Draft | Review | Approved

            ## Summary

            [What changes and why.]

            ## Rollout

            [How it reaches users.]
            """;

    private static final String BAD = """
            # CSV export

            **Status**: Approved

            ## Summary

            Users download invoices as CSV. Column order TBD.
            """;

    @TempDir
    Path base;

    private final SpecChecker checker = new SpecChecker();

    @BeforeEach
    void project() throws IOException {
        write("docs/specs/TEMPLATE.md", TEMPLATE);
        write("docs/specs/bad.md", BAD);
    }

    @Test
    void withoutConfigurationEveryFindingIsAnErrorAndCounts() throws SpecCheckException {
        CheckResult result = check(SeverityPolicy.DEFAULT, Optional.empty());
        assertEquals(
                List.of(
                        "error docs/specs/bad.md:7:1: [required-section] Missing section \"Rollout\" (template line 9)",
                        "error docs/specs/bad.md:7:46: [placeholder] Placeholder \"TBD\" left in"),
                lines(result));
        assertEquals(
                List.of(
                        new BaselineEntry(
                                "docs/specs/bad.md",
                                "placeholder",
                                fingerprintOf(result, "placeholder"),
                                "Summary",
                                "Placeholder \"TBD\" left in",
                                7),
                        new BaselineEntry(
                                "docs/specs/bad.md",
                                "required-section",
                                fingerprintOf(result, "required-section"),
                                "Summary",
                                "Missing section \"Rollout\"",
                                7)),
                result.currentBaseline().entries().stream()
                        .sorted(java.util.Comparator.comparing(BaselineEntry::rule))
                        .toList());
    }

    @Test
    void configuredLevelsApplyAndOffRulesDoNotRun() throws SpecCheckException {
        SeverityPolicy policy = new SeverityPolicy(
                Map.of("placeholder", Optional.of(Severity.WARNING), "required-section", Optional.empty()), List.of());
        CheckResult result = check(policy, Optional.empty());
        assertEquals(
                List.of("warning docs/specs/bad.md:7:46: [placeholder] Placeholder \"TBD\" left in"), lines(result));
        assertEquals(1, result.currentBaseline().entries().size());
        assertEquals(
                List.of(new BaselineEntry(
                        "docs/specs/bad.md",
                        "placeholder",
                        fingerprint("placeholder", "Placeholder \"TBD\" left in", "Summary"),
                        "Summary",
                        "Placeholder \"TBD\" left in",
                        7)),
                result.currentBaseline().entries());
    }

    @Test
    void suppressionsSilenceTheirLinesAndCountUnknownIdsAsFindings() throws Exception {
        write("docs/specs/bad.md", """
                # CSV export

                **Status**: Approved

                ## Summary

                <!-- spec:disable-next-line placeholder -- order decided with finance in May -->
                Users download invoices as CSV. Column order TBD.
                <!-- spec:disable-section required-sektion -->
                """);
        CheckResult result = check(SeverityPolicy.DEFAULT, Optional.empty());
        assertEquals(
                List.of(
                        "error docs/specs/bad.md:9:1: [required-section] Missing section \"Rollout\" (template line 9)",
                        "error docs/specs/bad.md:9:27: [suppression] Unknown rule \"required-sektion\" in suppression; known"
                                + " rules: approval-drift, empty-section, metadata, open-questions, placeholder, required-section,"
                                + " requirement-id, sign-off, table-columns"),
                lines(result));
        assertEquals(1, result.suppressed());
    }

    @Test
    void suppressionProblemsCanBeTurnedOff() throws Exception {
        write("docs/specs/bad.md", BAD + "<!-- spec:disable-file placeholder, nope -->\n");
        SeverityPolicy policy = new SeverityPolicy(Map.of("suppression", Optional.empty()), List.of());
        CheckResult result = check(policy, Optional.empty());
        assertEquals(
                List.of(
                        "error docs/specs/bad.md:8:1: [required-section] Missing section \"Rollout\" (template line 9)"),
                lines(result));
        assertEquals(1, result.suppressed());
    }

    @Test
    void draftSpecsHaveTheirErrorsDowngradedWhenDraftStatusesAreGiven() throws Exception {
        write("docs/specs/bad.md", BAD.replace("Approved", "**Review**"));
        SeverityPolicy relaxed = new SeverityPolicy(Map.of(), List.of("Draft", "In Review", "Review"));
        assertEquals(
                List.of(
                        "warning docs/specs/bad.md:7:1: [required-section] Missing section \"Rollout\" (template line 9)",
                        "warning docs/specs/bad.md:7:46: [placeholder] Placeholder \"TBD\" left in"),
                lines(check(relaxed, Optional.empty())));
        SeverityPolicy strict = new SeverityPolicy(Map.of(), List.of());
        assertEquals(
                List.of(
                        "error docs/specs/bad.md:7:1: [required-section] Missing section \"Rollout\" (template line 9)",
                        "error docs/specs/bad.md:7:46: [placeholder] Placeholder \"TBD\" left in"),
                lines(check(strict, Optional.empty())));
    }

    @Test
    void baselineAcceptsKnownFindingsAcrossEditsAboveThemAndReportsFixedOnes() throws Exception {
        Baseline accepted = check(SeverityPolicy.DEFAULT, Optional.empty()).currentBaseline();
        write("docs/specs/bad.md", """
                # CSV export

                **Status**: Approved

                A new paragraph above everything,
                two lines long. Owner: [Your Name]

                ## Summary

                Users download invoices as CSV. Column order TBD.

                ## Rollout

                Behind a flag.
                """);
        CheckResult result = check(SeverityPolicy.DEFAULT, Optional.of(accepted));
        assertEquals(
                List.of("error docs/specs/bad.md:6:24: [placeholder] Placeholder \"[Your Name]\" left in"),
                lines(result));
        assertEquals(1, result.baselined());
        assertEquals(
                List.of("required-section"),
                result.fixedBaselineEntries().stream().map(BaselineEntry::rule).toList());
        assertEquals(
                List.of(new BaselineEntry(
                        "docs/specs/bad.md",
                        "required-section",
                        fingerprint("required-section", "Missing section \"Rollout\"", "Summary"),
                        "Summary",
                        "Missing section \"Rollout\"",
                        7)),
                result.fixedBaselineEntries());
        assertEquals(2, result.currentBaseline().entries().size());
        assertEquals(
                List.of(
                        new BaselineEntry(
                                "docs/specs/bad.md",
                                "placeholder",
                                fingerprint("placeholder", "Placeholder \"[Your Name]\" left in", ""),
                                "",
                                "Placeholder \"[Your Name]\" left in",
                                6),
                        new BaselineEntry(
                                "docs/specs/bad.md",
                                "placeholder",
                                fingerprint("placeholder", "Placeholder \"TBD\" left in", "Summary"),
                                "Summary",
                                "Placeholder \"TBD\" left in",
                                10)),
                result.currentBaseline().entries());
    }

    private CheckResult check(SeverityPolicy policy, Optional<Baseline> baseline) throws SpecCheckException {
        SpecSetRequest set = new SpecSetRequest(
                base.resolve("docs/specs"), List.of(), List.of(), Optional.empty(), SchemaOverrides.NONE);
        return checker.check(new CheckRequest(base, List.of(set), StandardCharsets.UTF_8, policy, baseline));
    }

    private static List<String> lines(CheckResult result) {
        return result.findings().stream()
                .map(f -> f.severity().id() + " " + f.format())
                .toList();
    }

    private static String fingerprintOf(CheckResult result, String rule) {
        Finding finding = result.findings().stream()
                .filter(f -> f.ruleId().equals(rule))
                .findFirst()
                .orElseThrow();
        return dev.specgate.gate.Fingerprint.of(finding, "Summary");
    }

    /** The fingerprint of a finding of this rule and message in this section, computed apart from any result. */
    private static String fingerprint(String rule, String message, String section) {
        Finding finding = new Finding(
                rule,
                Severity.ERROR,
                "docs/specs/bad.md",
                dev.specgate.model.SourceLocation.of(1, 1),
                message,
                java.util.OptionalInt.empty());
        return dev.specgate.gate.Fingerprint.of(finding, section);
    }

    private void write(String path, String text) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
