package dev.specgate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.model.Finding;
import dev.specgate.schema.SchemaOverrides;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine end to end with the real parser, template reader and rules. */
class SpecCheckerRulesTest {

    private static final String TEMPLATE = """
            # [Feature Name]

            **Status**: Draft | Review | Approved

            ## Summary

            [What changes and why.]

            ## Rollout

            [How it reaches users.]
            """;

    @TempDir
    Path base;

    private final SpecChecker checker = new SpecChecker();

    @BeforeEach
    void project() throws IOException {
        write("docs/specs/TEMPLATE.md", TEMPLATE);
        write("docs/specs/good.md", """
                # CSV import

                **Status**: Approved

                ## Summary

                Users upload invoices as CSV.

                ## Rollout

                Behind a flag for a week.
                """);
        write("docs/specs/bad.md", """
                # CSV export

                **Status**: Shipped

                ## Summary

                Users download invoices as CSV. Column order TBD.
                """);
    }

    @Test
    void reportsEveryFindingOfEverySpecWithRelativePaths() throws SpecCheckException {
        CheckResult result = checker.check(request(SchemaOverrides.NONE));
        assertEquals(List.of("docs/specs/bad.md", "docs/specs/good.md"), result.specFiles());
        assertEquals(
                List.of(
                        "docs/specs/bad.md:3:13: [metadata] Metadata field \"Status\" has \"Shipped\", expected one of: Draft,"
                                + " Review, Approved (template line 3)",
                        "docs/specs/bad.md:7:1: [required-section] Missing section \"Rollout\" (template line 9)",
                        "docs/specs/bad.md:7:46: [placeholder] Placeholder \"TBD\" left in"),
                result.findings().stream().map(Finding::format).toList());
    }

    @Test
    void overridesFromThePomApply() throws SpecCheckException {
        SchemaOverrides optionalRollout = SchemaOverrides.ofSections(List.of(), List.of("Rollout"), Map.of());
        CheckResult result = checker.check(request(optionalRollout));
        assertEquals(
                List.of(
                        "docs/specs/bad.md:3:13: [metadata] Metadata field \"Status\" has \"Shipped\", expected one of: Draft,"
                                + " Review, Approved (template line 3)",
                        "docs/specs/bad.md:7:46: [placeholder] Placeholder \"TBD\" left in"),
                result.findings().stream().map(Finding::format).toList());
    }

    @Test
    void oneCheckerServesParallelChecksWithTheSameResult() throws Exception {
        List<String> expected = checker.check(request(SchemaOverrides.NONE)).findings().stream()
                .map(Finding::format)
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> checker.check(request(SchemaOverrides.NONE)).findings().stream()
                        .map(Finding::format)
                        .toList()));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private CheckRequest request(SchemaOverrides overrides) {
        SpecSetRequest set =
                new SpecSetRequest(base.resolve("docs/specs"), List.of(), List.of(), Optional.empty(), overrides);
        return new CheckRequest(base, List.of(set), StandardCharsets.UTF_8);
    }

    private void write(String path, String text) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
