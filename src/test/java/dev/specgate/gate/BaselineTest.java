package dev.specgate.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import dev.specgate.model.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    private static final Function<Finding, String> SECTION = f -> "Overview";

    private static Finding finding(String rule, int line, String message) {
        return new Finding(
                rule, Severity.ERROR, "docs/specs/a.md", SourceLocation.of(line, 1), message, OptionalInt.empty());
    }

    @Test
    void findingsThatMovedDownStayBaselined() {
        Baseline baseline = Baseline.of(List.of(finding("placeholder", 10, "Placeholder \"[Name]\" left in")), SECTION);
        Baseline.Comparison c =
                baseline.compare(List.of(finding("placeholder", 14, "Placeholder \"[Name]\" left in")), SECTION);
        assertEquals(List.of(), c.fresh());
        assertEquals(1, c.baselined().size());
        assertEquals(List.of(), c.fixed());
    }

    @Test
    void lineNumbersInsideMessagesDoNotChangeTheFingerprint() {
        Finding before = finding("requirement-id", 20, "Duplicate requirement ID REQ-003 (also defined at line 12)");
        Finding after = finding("requirement-id", 25, "Duplicate requirement ID REQ-003 (also defined at line 17)");
        assertEquals(Fingerprint.of(before, "Requirements"), Fingerprint.of(after, "Requirements"));
    }

    @Test
    void aNewDefectIsFreshEvenWhenAnIdenticalOneIsBaselined() {
        Finding old = finding("placeholder", 10, "Placeholder \"[Name]\" left in");
        Baseline baseline = Baseline.of(List.of(old), SECTION);
        Finding added = finding("placeholder", 11, "Placeholder \"[Name]\" left in");
        Baseline.Comparison c = baseline.compare(List.of(old, added), SECTION);
        assertEquals(List.of(added), c.fresh());
    }

    @Test
    void theSameMessageInAnotherSectionIsNew() {
        Baseline baseline = Baseline.of(List.of(finding("placeholder", 10, "Placeholder \"TBD\" left in")), SECTION);
        Baseline.Comparison c =
                baseline.compare(List.of(finding("placeholder", 10, "Placeholder \"TBD\" left in")), f -> "Rollout");
        assertEquals(1, c.fresh().size());
        assertEquals(1, c.fixed().size());
    }

    @Test
    void fixedEntriesAreReported() {
        Baseline baseline = Baseline.of(List.of(finding("empty-section", 4, "Section \"Scope\" is empty")), SECTION);
        Baseline.Comparison c = baseline.compare(List.of(), SECTION);
        assertEquals("Section \"Scope\" is empty", c.fixed().get(0).message());
    }

    @Test
    void roundTripsThroughTheFile(@TempDir Path dir) throws Exception {
        Baseline baseline = Baseline.of(
                List.of(
                        finding("metadata", 5, "Missing metadata field \"Status\""),
                        finding("placeholder", 2, "Placeholder \"[Name]\" left in")),
                SECTION);
        Path file = dir.resolve("spec-baseline.json");
        BaselineFile.write(baseline, file);
        Baseline read = BaselineFile.read(file);
        assertEquals(
                List.of("placeholder", "metadata"),
                read.entries().stream().map(BaselineEntry::rule).toList());
        assertTrue(Files.readString(file).contains("\"version\": 1"));
    }

    @Test
    void aBrokenFileIsAClearError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("spec-baseline.json");
        Files.writeString(file, "{\"version\": 7, \"findings\": []}");
        BaselineFile.BaselineException e =
                assertThrows(BaselineFile.BaselineException.class, () -> BaselineFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ": not a spec baseline (version 1)"), e.getMessage());
    }
}
