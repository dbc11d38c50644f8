package dev.specgate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.gate.SeverityPolicy;
import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import dev.specgate.schema.SchemaOverrides;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A requirement check sees every spec's requirements and status; its findings pass through the engine's gate. */
class RequirementCheckTest {

    private static final String RULE = "untested-requirement";

    @TempDir
    Path base;

    @BeforeEach
    void project() throws IOException {
        write("docs/specs/TEMPLATE.md", """
                # [Feature]

                **Status**: Draft | Approved

                ## Requirements
                - **REQ-001**: [Requirement]
                """);
        write("docs/specs/refunds.md", """
                # Refunds

                **Status**: *Approved*

                ## Requirements
                - **REQ-001**: Refunds are capped.
                - **REQ-002**: Refunds keep the currency. <!-- spec:disable-line untested-requirement -- tested by hand -->
                """);
        write("docs/specs/payouts.md", """
                # Payouts

                **Status**: Draft

                ## Requirements
                - **REQ-007**: Payouts are daily.
                """);
    }

    @Test
    void seesEverySpecWithItsStatusIdPatternAndRequirements() throws SpecCheckException {
        List<SpecRequirements> seen = new ArrayList<>();
        new SpecChecker().check(request(SeverityPolicy.DEFAULT), SpecSetListener.NONE, specs -> {
            seen.addAll(specs);
            return List.of();
        });

        assertEquals(
                List.of("docs/specs/payouts.md Draft false", "docs/specs/refunds.md Approved true"),
                seen.stream()
                        .map(s -> s.file() + " " + s.status().orElse("") + " " + s.approved())
                        .toList());
        assertEquals("REQ-\\d{3}", seen.get(0).idPattern().orElseThrow().pattern());
        assertEquals(
                List.of("REQ-001 docs/specs/refunds.md:6:5", "REQ-002 docs/specs/refunds.md:7:5"),
                seen.get(1).requirements().stream()
                        .map(r -> r.id() + " " + r.file() + ":" + r.line() + ":"
                                + r.location().column())
                        .toList());
    }

    @Test
    void itsFindingsAreSuppressedByCommentsNamingItsRuleAndGetTheConfiguredLevel() throws SpecCheckException {
        SeverityPolicy warnings = new SeverityPolicy(Map.of(RULE, Optional.of(Severity.WARNING)), List.of());

        CheckResult result =
                new SpecChecker(Set.of(RULE)).check(request(warnings), SpecSetListener.NONE, this::everyRequirement);

        assertEquals(
                List.of(
                        "warning docs/specs/payouts.md:6:5: [untested-requirement] REQ-007 has no test",
                        "warning docs/specs/refunds.md:6:5: [untested-requirement] REQ-001 has no test"),
                lines(result));
        assertEquals(1, result.suppressed());
    }

    @Test
    void anOffRuleReportsNothingAndACheckerNotToldOfTheRuleFlagsTheComment() throws SpecCheckException {
        SeverityPolicy off = new SeverityPolicy(Map.of(RULE, Optional.empty()), List.of());
        assertEquals(
                List.of(),
                lines(new SpecChecker(Set.of(RULE)).check(request(off), SpecSetListener.NONE, this::everyRequirement)));

        CheckResult unaware =
                new SpecChecker().check(request(SeverityPolicy.DEFAULT), SpecSetListener.NONE, this::everyRequirement);
        assertEquals(
                List.of(
                        "error docs/specs/payouts.md:6:5: [untested-requirement] REQ-007 has no test",
                        "error docs/specs/refunds.md:6:5: [untested-requirement] REQ-001 has no test",
                        "error docs/specs/refunds.md:7:5: [untested-requirement] REQ-002 has no test"),
                lines(unaware).stream().filter(l -> l.contains(RULE + "]")).toList());
        assertEquals(
                1,
                lines(unaware).stream().filter(l -> l.contains("[suppression]")).count());
    }

    private List<Finding> everyRequirement(List<SpecRequirements> specs) {
        return specs.stream()
                .flatMap(s -> s.requirements().stream())
                .map(r -> new Finding(
                        RULE, Severity.ERROR, r.file(), r.location(), r.id() + " has no test", OptionalInt.empty()))
                .toList();
    }

    private CheckRequest request(SeverityPolicy policy) {
        SpecSetRequest set = new SpecSetRequest(
                base.resolve("docs/specs"), List.of(), List.of(), Optional.empty(), SchemaOverrides.NONE);
        return new CheckRequest(base, List.of(set), StandardCharsets.UTF_8, policy, Optional.empty());
    }

    private static List<String> lines(CheckResult result) {
        return result.findings().stream()
                .map(f -> f.severity().id() + " " + f.format())
                .toList();
    }

    private void write(String path, String text) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
