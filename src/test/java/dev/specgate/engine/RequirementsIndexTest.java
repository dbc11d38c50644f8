package dev.specgate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.report.RequirementsIndexWriter;
import dev.specgate.schema.SchemaOverrides;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine returns every requirement of every spec set; written, they make {@code requirements.json}. */
class RequirementsIndexTest {

    @TempDir
    Path base;

    @Test
    void everyRequirementOfEverySetIsIndexed() throws Exception {
        write(
                "a/TEMPLATE.md",
                "# [Title]\n\n**Status**: Draft | Approved\n\n## Requirements\n\n- **REQ-001**: [What]\n");
        write(
                "a/refunds.md",
                "# Refunds\n\n**Status**: Draft\n\n## Requirements\n\n"
                        + "- **REQ-001**: Refund within a day.\n"
                        + "- **REQ-002**: Keep an audit | log.\n");
        write("b/TEMPLATE.md", "# [Title]\n\n## Goals\n\n1. **FR-1**: [Goal]\n");
        write("b/search.md", "# Search\n\n## Goals\n\n1. **FR-1**: Find \"orders\" by number.\n");

        CheckResult result = check(set("b"), set("a"));
        Path file = new RequirementsIndexWriter().write(result.requirements(), base.resolve("target/spec"));

        assertEquals(
                List.of("b/search.md:5 FR-1", "a/refunds.md:7 REQ-001", "a/refunds.md:8 REQ-002"),
                result.requirements().stream()
                        .map(r -> r.file() + ":" + r.line() + " " + r.id())
                        .toList());
        assertEquals("""
                [
                  {
                    "id": "REQ-001",
                    "file": "a/refunds.md",
                    "line": 7,
                    "text": "Refund within a day."
                  },
                  {
                    "id": "REQ-002",
                    "file": "a/refunds.md",
                    "line": 8,
                    "text": "Keep an audit | log."
                  },
                  {
                    "id": "FR-1",
                    "file": "b/search.md",
                    "line": 5,
                    "text": "Find \\"orders\\" by number."
                  }
                ]
                """, Files.readString(file));
    }

    @Test
    void withoutRequirementsTheIndexIsAnEmptyArray() throws Exception {
        write("a/spec.md", "# A\n");

        CheckResult result = check(set("a"));

        assertEquals(List.of(), result.requirements());
        Path file = new RequirementsIndexWriter().write(result.requirements(), base.resolve("target/spec"));
        assertEquals("[]\n", Files.readString(file));
    }

    private CheckResult check(SpecSetRequest... sets) throws SpecCheckException {
        return new SpecChecker().check(new CheckRequest(base, List.of(sets), StandardCharsets.UTF_8));
    }

    private SpecSetRequest set(String directory) {
        return new SpecSetRequest(
                base.resolve(directory), List.of(), List.of(), Optional.empty(), SchemaOverrides.NONE);
    }

    private void write(String path, String text) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
