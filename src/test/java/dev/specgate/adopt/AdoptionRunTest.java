package dev.specgate.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.discovery.SpecFileSet;
import dev.specgate.engine.SpecSetRequest;
import dev.specgate.gate.SeverityPolicy;
import dev.specgate.schema.SchemaOverrides;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdoptionRunTest {

    private static final Path BASE = RenamedTemplateFixture.PROJECT.toAbsolutePath();

    private static SpecSetRequest set(SchemaOverrides overrides) {
        return new SpecSetRequest(
                BASE.resolve("docs/specs"), List.of(), SpecFileSet.DEFAULT_EXCLUDES, Optional.empty(), overrides);
    }

    @Test
    void countsTheFindingsAsConfiguredWithTheAliasesAndWithTheWholeProposal() throws Exception {
        AdoptionRun.Outcome outcome =
                new AdoptionRun().run(BASE, set(SchemaOverrides.NONE), StandardCharsets.UTF_8, SeverityPolicy.DEFAULT);

        assertEquals("docs/specs/TEMPLATE.md", outcome.template());
        // 2019-2020: Technical Design, Risks and Mitigations, Rollout Plan and Observability missing in three specs;
        // 2021-2022: Overview and Observability missing in three specs. The kept prompt line is a placeholder finding
        // in six specs, which no section setting changes.
        assertEquals(new FindingCounts(Map.of("required-section", 18L, "placeholder", 6L), 18), outcome.now());
        assertEquals(new FindingCounts(Map.of("required-section", 6L, "placeholder", 6L), 6), outcome.withAliases());
        assertEquals(new FindingCounts(Map.of("placeholder", 6L), 0), outcome.withProposal());
    }

    @Test
    void theProposedOverridesKeepWhatIsConfigured() throws Exception {
        SchemaOverrides configured = SchemaOverrides.ofSections(
                List.of(), List.of("Technical Design > Data Model"), Map.of("Overview", List.of("Abstract")));

        AdoptionRun.Outcome outcome =
                new AdoptionRun().run(BASE, set(configured), StandardCharsets.UTF_8, SeverityPolicy.DEFAULT);

        SchemaOverrides proposed = outcome.proposedOverrides();
        assertEquals(List.of("Technical Design > Data Model", "Observability"), proposed.optionalSections());
        assertEquals(
                Map.of(
                        "Overview", List.of("Abstract", "Summary"),
                        "Risks and Mitigations", List.of("Risks"),
                        "Rollout Plan", List.of("Launch"),
                        "Technical Design", List.of("Detailed Design")),
                proposed.aliases());
    }
}
