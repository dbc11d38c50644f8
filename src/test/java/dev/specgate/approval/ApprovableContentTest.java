package dev.specgate.approval;

import static dev.specgate.approval.ApprovalFixtures.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What changes the hash of a spec's approvable content, and what does not. */
class ApprovableContentTest {

    private static final String SPEC = ApprovalFixtures.spec();

    private static ContentHashes hashes(String text) {
        return ApprovalFixtures.hashes(text);
    }

    private static void assertUnchanged(String edited) {
        assertEquals(hashes(SPEC), hashes(edited));
    }

    /** The whole hash differs and exactly these sections are named as changed. */
    private static void assertChanged(String edited, String... sections) {
        ContentHashes before = hashes(SPEC);
        ContentHashes after = hashes(edited);
        assertNotEquals(before.whole(), after.whole());
        assertEquals(List.of(sections), after.changedSince(before));
    }

    @Test
    void hashesTheWholeAndEverySectionByHeadingPath() {
        ContentHashes hashes = hashes(SPEC);
        assertTrue(hashes.whole().matches("sha256:[0-9a-f]{64}"), hashes.whole());
        assertEquals(
                List.of(
                        "(preamble)",
                        "Summary",
                        "Design",
                        "Design > Data Model",
                        "Design > API",
                        "Rollout",
                        "Sign-off"),
                List.copyOf(hashes.sections().keySet()));
        assertTrue(hashes.sections().values().stream().allMatch(h -> h.matches("[0-9a-f]{16}")));
    }

    @Test
    void signOffTableEditsDoNotChangeTheHash() {
        String signed = edit(
                edit(SPEC, "| Security | | Pending | |", "| Security | Mia Ortiz | Approved | 2026-03-01 |"),
                "| Engineering | | Pending | |",
                "|   Engineering   | Li Wei |  **Approved** | 2026-03-02 |");
        assertUnchanged(signed);
        assertUnchanged(signed + "| Legal | | Pending | |\n");
    }

    @Test
    void statusAndDateMetadataDoNotChangeTheHash() {
        assertUnchanged(edit(edit(SPEC, "**Status**: Review", "**Status**: Approved"), "2026-02-20", "2026-03-02"));
    }

    @Test
    void whitespaceAndLineEndingsDoNotChangeTheHash() {
        assertUnchanged(SPEC.replace("\n", "\r\n"));
        assertUnchanged(edit(SPEC, "500 EUR without", "500 EUR   without  \t"));
        assertUnchanged(edit(SPEC, "second approval.", "second approval.   "));
        assertUnchanged(edit(SPEC, "## Rollout\n", "\n\n## Rollout\n\n\n"));
        assertUnchanged(SPEC + "\n\n\n");
    }

    @Test
    void oneWordInOneSectionChangesThatSectionOnly() {
        assertChanged(edit(SPEC, "holds the currency", "holds the country"), "Design > Data Model");
        assertChanged(edit(SPEC, "Ireland first", "Spain first"), "Rollout");
        assertChanged(
                edit(edit(SPEC, "holds the currency", "holds the country"), "Ireland first", "Spain first"),
                "Design > Data Model",
                "Rollout");
    }

    @Test
    void otherMetadataAndTheTitleBelongToThePreamble() {
        assertChanged(edit(SPEC, "Dana Reyes", "Dana Reyes-Kim"), "(preamble)");
        assertChanged(edit(SPEC, "# Refund Limits", "# Refund Caps"), "(preamble)");
    }

    @Test
    void textAroundTheSignOffTableIsCovered() {
        assertChanged(SPEC + "\nSecurity signs off after the pen test.\n", "Sign-off");
    }

    @Test
    void renamedHeadingsAreNamedUnderTheirNewAndOldPath() {
        assertChanged(edit(SPEC, "### API", "### REST API"), "Design > REST API", "Design > API");
    }

    @Test
    void movingASectionChangesOnlyTheWholeHash() {
        String rollout = "## Rollout\n\nEnabled per region behind the `refund-limits` flag, Ireland first.\n\n";
        String moved = edit(edit(SPEC, rollout, ""), "## Design\n", rollout + "## Design\n");
        assertChanged(moved);
    }

    @Test
    void indentationInsideCodeBlocksCounts() {
        String withCode =
                edit(SPEC, "sets a team's limit", "sets a team's limit:\n\n```json\n{\"amount\": 500}\n```\n");
        assertChanged(edit(withCode, "{\"amount\": 500}", "{\"amount\":  500}"), "Design > API");
    }
}
