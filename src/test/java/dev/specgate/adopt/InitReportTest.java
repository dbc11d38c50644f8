package dev.specgate.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specgate.engine.SpecSetRequest;
import dev.specgate.schema.SchemaOverrides;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InitReportTest {

    private static final AdoptionProposal PROPOSAL = new AdoptionProposal(
            8,
            List.of(
                    new AdoptionProposal.Alias("Overview", "Summary", 3, 3),
                    new AdoptionProposal.Alias("Deployment > Rollout Plan", "Launch & Rollback", 3, 0)),
            List.of(new AdoptionProposal.OptionalSection("Observability", 2)),
            List.of(new AdoptionProposal.KeptText("Consider security | privacy.", 20, 6)),
            List.of(
                    new AdoptionProposal.MetadataField("Owner", 8, true),
                    new AdoptionProposal.MetadataField("Team", 3, false)));

    private static InitReport.SetOutcome outcome() {
        SpecSetRequest set = new SpecSetRequest(
                Path.of("/p/docs/specs"),
                List.of(),
                List.of("archive/**"),
                Optional.of(Path.of("/p/docs/TEMPLATE.md")),
                SchemaOverrides.ofSections(List.of("Appendix"), List.of(), Map.of("Overview", List.of("Abstract"))));
        AdoptionRun.Outcome outcome = new AdoptionRun.Outcome(
                set,
                "docs/TEMPLATE.md",
                PROPOSAL,
                new FindingCounts(Map.of("required-section", 20L, "placeholder", 6L), 18),
                new FindingCounts(Map.of("required-section", 8L, "placeholder", 6L), 6),
                new FindingCounts(Map.of("required-section", 2L, "placeholder", 6L), 0));
        return new InitReport.SetOutcome(
                "docs/specs", Optional.of("docs/TEMPLATE.md"), List.of(), List.of("archive/**"), outcome);
    }

    @Test
    void theConfigurationIsTheConfiguredSpecSetWithTheProposalAddedAndCounted() {
        assertEquals("""
                <!-- Proposed by spec:init: copy into the spec-maven-plugin's <configuration>. Counts are the specs \
                behind each entry. -->
                <specSets>
                  <specSet>
                    <directory>docs/specs</directory>
                    <template>docs/TEMPLATE.md</template>
                    <excludes>
                      <exclude>archive/**</exclude>
                    </excludes>
                    <requiredSections>
                      <requiredSection>Appendix</requiredSection>
                    </requiredSections>
                    <optionalSections>
                      <optionalSection>Observability</optionalSection> <!-- 2 of 8 specs have it -->
                    </optionalSections>
                    <aliases>
                      <alias>Deployment > Rollout Plan = Launch &amp; Rollback</alias> <!-- 3 specs -->
                      <alias>Overview = Abstract</alias>
                      <alias>Overview = Summary</alias> <!-- 3 specs -->
                    </aliases>
                  </specSet>
                </specSets>
                """, InitReport.configuration(List.of(outcome())));
    }

    @Test
    void theReportGivesTheFindingsBeforeAndAfterEachAliasWithItsSpecsAndTheBaselineCommand() {
        String report = InitReport.markdown(List.of(outcome()), "mvn spec:baseline", "spec-baseline.json");

        List<String> lines = report.lines().toList();
        assertTrue(lines.contains("Read 8 specs in `docs/specs` against `docs/TEMPLATE.md`."), report);
        assertTrue(
                lines.contains("| Missing sections (`required-section` findings saying `Missing section`) | 18 | 6"
                        + " (-67%) | 0 (-100%) |"),
                report);
        assertTrue(lines.contains("| All findings | 26 | 14 | 8 |"), report);
        assertTrue(lines.contains("| Overview | Summary | 3 | 3 |"), report);
        assertTrue(lines.contains("| Deployment > Rollout Plan | Launch & Rollback | 3 | 0 |"), report);
        assertTrue(lines.contains("| Observability | 2 of 8 |"), report);
        assertTrue(lines.contains("| 20 | Consider security \\| privacy. | 6 |"), report);
        assertTrue(lines.contains("| Team | 3 | no |"), report);
        assertTrue(
                lines.contains("3. Accept what is left, so that only new findings fail the build: `mvn spec:baseline`,"
                        + " then commit `spec-baseline.json`."),
                report);
    }
}
