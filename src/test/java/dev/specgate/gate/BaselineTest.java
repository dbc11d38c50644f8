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

    /** SHA-256 prefixes of "rule\nmessage\nOverview": committed baselines depend on these staying the same. */
    private static final String NAME_FINGERPRINT = "730e67209d0d0d24";

    private static final String DATE_FINGERPRINT = "7951a3dcb5832072";
    private static final String STATUS_FINGERPRINT = "f89980c11cf0b93a";
    private static final String TBD_FINGERPRINT = "3a847cac2cf8532c";
    private static final String SCOPE_FINGERPRINT = "ab8607bee796b686";

    private static Finding finding(String rule, int line, String message) {
        return finding("docs/specs/a.md", rule, line, message);
    }

    private static Finding finding(String file, String rule, int line, String message) {
        return new Finding(rule, Severity.ERROR, file, SourceLocation.of(line, 1), message, OptionalInt.empty());
    }

    private static BaselineEntry entry(String file, String rule, String fingerprint, String message, int line) {
        return new BaselineEntry(file, rule, fingerprint, "Overview", message, line);
    }

    @Test
    void fingerprintsAreStableAcrossVersions() {
        assertEquals(
                List.of(NAME_FINGERPRINT, DATE_FINGERPRINT, STATUS_FINGERPRINT, TBD_FINGERPRINT, SCOPE_FINGERPRINT),
                List.of(
                        Fingerprint.of(finding("placeholder", 2, "Placeholder \"[Name]\" left in"), "Overview"),
                        Fingerprint.of(finding("placeholder", 2, "Placeholder \"[Date]\" left in"), "Overview"),
                        Fingerprint.of(finding("metadata", 5, "Missing metadata field \"Status\""), "Overview"),
                        Fingerprint.of(finding("placeholder", 10, "Placeholder \"TBD\" left in"), "Overview"),
                        Fingerprint.of(finding("empty-section", 4, "Section \"Scope\" is empty"), "Overview")));
    }

    @Test
    void ofRecordsFileRuleFingerprintSectionMessageAndLine() {
        Baseline baseline = Baseline.of(List.of(finding("placeholder", 10, "Placeholder \"TBD\" left in")), SECTION);
        assertEquals(
                List.of(entry("docs/specs/a.md", "placeholder", TBD_FINGERPRINT, "Placeholder \"TBD\" left in", 10)),
                baseline.entries());
    }

    @Test
    void findingsThatMovedDownStayBaselined() {
        Baseline baseline = Baseline.of(List.of(finding("placeholder", 10, "Placeholder \"[Name]\" left in")), SECTION);
        Finding moved = finding("placeholder", 14, "Placeholder \"[Name]\" left in");
        Baseline.Comparison c = baseline.compare(List.of(moved), SECTION);
        assertEquals(List.of(), c.fresh());
        assertEquals(List.of(moved), c.baselined());
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
        assertEquals(List.of(old), c.baselined());
        assertEquals(List.of(), c.fixed());
    }

    @Test
    void theSameMessageInAnotherSectionIsNew() {
        Baseline baseline = Baseline.of(List.of(finding("placeholder", 10, "Placeholder \"TBD\" left in")), SECTION);
        Finding inRollout = finding("placeholder", 10, "Placeholder \"TBD\" left in");
        Baseline.Comparison c = baseline.compare(List.of(inRollout), f -> "Rollout");
        assertEquals(List.of(inRollout), c.fresh());
        assertEquals(List.of(), c.baselined());
        assertEquals(
                List.of(entry("docs/specs/a.md", "placeholder", TBD_FINGERPRINT, "Placeholder \"TBD\" left in", 10)),
                c.fixed());
    }

    @Test
    void fixedEntriesAreReported() {
        Baseline baseline = Baseline.of(List.of(finding("empty-section", 4, "Section \"Scope\" is empty")), SECTION);
        Baseline.Comparison c = baseline.compare(List.of(), SECTION);
        assertEquals(List.of(), c.fresh());
        assertEquals(List.of(), c.baselined());
        assertEquals(
                List.of(entry("docs/specs/a.md", "empty-section", SCOPE_FINGERPRINT, "Section \"Scope\" is empty", 4)),
                c.fixed());
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
        assertEquals(List.of(baseline.entries().get(1), baseline.entries().get(0)), read.entries());
        assertEquals(
                List.of(
                        entry("docs/specs/a.md", "placeholder", NAME_FINGERPRINT, "Placeholder \"[Name]\" left in", 2),
                        entry(
                                "docs/specs/a.md",
                                "metadata",
                                STATUS_FINGERPRINT,
                                "Missing metadata field \"Status\"",
                                5)),
                read.entries());
        assertEquals("""
                {
                  "version": 1,
                  "findings": [
                    {
                      "file": "docs/specs/a.md",
                      "rule": "placeholder",
                      "fingerprint": "730e67209d0d0d24",
                      "section": "Overview",
                      "message": "Placeholder \\"[Name]\\" left in",
                      "line": 2
                    },
                    {
                      "file": "docs/specs/a.md",
                      "rule": "metadata",
                      "fingerprint": "f89980c11cf0b93a",
                      "section": "Overview",
                      "message": "Missing metadata field \\"Status\\"",
                      "line": 5
                    }
                  ]
                }
                """, Files.readString(file));
    }

    @Test
    void theFileIsSortedByFileThenLineThenRuleThenFingerprint(@TempDir Path dir) throws Exception {
        Baseline baseline = Baseline.of(
                List.of(
                        finding("docs/specs/b.md", "placeholder", 1, "Placeholder \"TBD\" left in"),
                        finding("metadata", 5, "Missing metadata field \"Status\""),
                        finding("placeholder", 2, "Placeholder \"[Date]\" left in"),
                        finding("placeholder", 2, "Placeholder \"[Name]\" left in"),
                        finding("metadata", 2, "Missing metadata field \"Status\"")),
                SECTION);
        Path file = dir.resolve("spec-baseline.json");
        BaselineFile.write(baseline, file);
        assertEquals(
                List.of(
                        entry(
                                "docs/specs/a.md",
                                "metadata",
                                STATUS_FINGERPRINT,
                                "Missing metadata field \"Status\"",
                                2),
                        entry("docs/specs/a.md", "placeholder", NAME_FINGERPRINT, "Placeholder \"[Name]\" left in", 2),
                        entry("docs/specs/a.md", "placeholder", DATE_FINGERPRINT, "Placeholder \"[Date]\" left in", 2),
                        entry(
                                "docs/specs/a.md",
                                "metadata",
                                STATUS_FINGERPRINT,
                                "Missing metadata field \"Status\"",
                                5),
                        entry("docs/specs/b.md", "placeholder", TBD_FINGERPRINT, "Placeholder \"TBD\" left in", 1)),
                BaselineFile.read(file).entries());
    }

    @Test
    void aBrokenFileIsAClearError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("spec-baseline.json");
        Files.writeString(file, "{\"version\": 7, \"findings\": []}");
        BaselineFile.BaselineException e =
                assertThrows(BaselineFile.BaselineException.class, () -> BaselineFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ": not a spec baseline (version 1)"), e.getMessage());
        assertEquals(
                file + ": not a spec baseline (version 1); recreate it with mvn spec:baseline"
                        + " -Dspec.baseline.overwrite",
                e.getMessage());
    }

    @Test
    void aFileWithoutFindingsIsNotABaseline(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("spec-baseline.json");
        Files.writeString(file, "{\"version\": 1}");
        BaselineFile.BaselineException e =
                assertThrows(BaselineFile.BaselineException.class, () -> BaselineFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ": not a spec baseline (version 1)"), e.getMessage());
        assertEquals(
                file + ": not a spec baseline (version 1); recreate it with mvn spec:baseline"
                        + " -Dspec.baseline.overwrite",
                e.getMessage());
    }
}
