package dev.specgate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.specgate.schema.SchemaOverrides;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine writes {@code requirements.json} on every run, across all spec sets. */
class RequirementsIndexTest {

    @TempDir
    Path base;

    private final List<String> written = new ArrayList<>();

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

        check(set("b"), set("a"));

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
                """, Files.readString(base.resolve("target/spec/requirements.json")));
        assertEquals(List.of("target/spec/requirements.json: 3"), written);
    }

    @Test
    void withoutRequirementsTheIndexIsAnEmptyArray() throws Exception {
        write("a/spec.md", "# A\n");

        check(set("a"));

        assertEquals("[]\n", Files.readString(base.resolve("target/spec/requirements.json")));
        assertEquals(List.of("target/spec/requirements.json: 0"), written);
    }

    @Test
    void unwritableIndexStopsTheCheckNamingTheFile() throws Exception {
        write("a/spec.md", "# A\n");
        write("target/spec", "a file where the directory should be\n");

        SpecCheckException e = assertThrows(SpecCheckException.class, () -> check(set("a")));

        assertEquals(
                true,
                e.getMessage().startsWith("Cannot write the requirements index " + "target/spec/requirements.json: "),
                e.getMessage());
        assertEquals(true, e.getMessage().endsWith("; check that the build directory is writable"), e.getMessage());
    }

    private void check(SpecSetRequest... sets) throws SpecCheckException {
        CheckRequest request =
                new CheckRequest(base, List.of(sets), StandardCharsets.UTF_8, base.resolve("target/spec"));
        new SpecChecker().check(request, new SpecSetListener() {
            @Override
            public void specSetFound(SpecSetPlan plan) {}

            @Override
            public void requirementsIndexWritten(String file, int requirementCount) {
                written.add(file + ": " + requirementCount);
            }
        });
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
