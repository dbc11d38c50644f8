package dev.specgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.model.SourceLocation;
import dev.specgate.rules.Requirement;
import dev.specgate.trace.RequirementTrace;
import dev.specgate.trace.TestOutcome;
import dev.specgate.trace.TestRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequirementsIndexWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesRequirementsSortedByFileThenLine() throws IOException {
        List<Requirement> requirements = List.of(
                new Requirement("REQ-002", "docs/specs/b.md", SourceLocation.of(9, 6), "Refunds \"fast\" <1 day"),
                new Requirement("REQ-010", "docs/specs/a.md", SourceLocation.of(12, 4), "Audit log"),
                new Requirement("REQ-001", "docs/specs/a.md", SourceLocation.of(8, 6), "Partial refunds"));

        Path file = new RequirementsIndexWriter().write(requirements, dir.resolve("target/spec"));

        assertEquals(dir.resolve("target/spec/requirements.json"), file);
        assertEquals("""
                [
                  {
                    "id": "REQ-001",
                    "file": "docs/specs/a.md",
                    "line": 8,
                    "text": "Partial refunds"
                  },
                  {
                    "id": "REQ-010",
                    "file": "docs/specs/a.md",
                    "line": 12,
                    "text": "Audit log"
                  },
                  {
                    "id": "REQ-002",
                    "file": "docs/specs/b.md",
                    "line": 9,
                    "text": "Refunds \\"fast\\" <1 day"
                  }
                ]
                """, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void aTracedIndexAddsWhetherEachRequirementIsGatedItsStatusAndItsTests() throws IOException {
        List<RequirementTrace> traces = List.of(
                new RequirementTrace(
                        new Requirement("REQ-002", "docs/specs/a.md", SourceLocation.of(9, 6), "Currency kept"),
                        true,
                        List.of(
                                new TestRun("com.acme.RefundTest.currency", TestOutcome.FAILED),
                                new TestRun("com.acme.RefundTest.mail", TestOutcome.NOT_RUN))),
                new RequirementTrace(
                        new Requirement("REQ-001", "docs/specs/a.md", SourceLocation.of(8, 6), "Partial refunds"),
                        false,
                        List.of(new TestRun("com.acme.RefundTest.partial", TestOutcome.PASSED))));

        Path file = new RequirementsIndexWriter().writeTraced(traces, dir);

        assertEquals("""
                [
                  {
                    "id": "REQ-001",
                    "file": "docs/specs/a.md",
                    "line": 8,
                    "text": "Partial refunds",
                    "gated": false,
                    "status": "verified",
                    "tests": [
                      {
                        "test": "com.acme.RefundTest.partial",
                        "outcome": "passed"
                      }
                    ]
                  },
                  {
                    "id": "REQ-002",
                    "file": "docs/specs/a.md",
                    "line": 9,
                    "text": "Currency kept",
                    "gated": true,
                    "status": "failing",
                    "tests": [
                      {
                        "test": "com.acme.RefundTest.currency",
                        "outcome": "failed"
                      },
                      {
                        "test": "com.acme.RefundTest.mail",
                        "outcome": "not-run"
                      }
                    ]
                  }
                ]
                """, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void noRequirementsGiveAnEmptyArray() throws IOException {
        Path file = new RequirementsIndexWriter().write(List.of(), dir);

        assertEquals("[]\n", Files.readString(file, StandardCharsets.UTF_8));
    }
}
