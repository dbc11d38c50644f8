package dev.specgate.rules;

import static dev.specgate.approval.ApprovalFixtures.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specgate.approval.ApprovalEntry;
import dev.specgate.approval.ApprovalFixtures;
import dev.specgate.approval.ApprovalLock;
import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import dev.specgate.schema.SpecSchema;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApprovalDriftRuleTest {

    private static final SpecSchema SCHEMA = ApprovalFixtures.schema();

    /** The fixture spec with both sign-offs Approved and the status Approved. */
    private static final String APPROVED = ApprovalFixtures.approvedSpec();

    /** Both roles approved the text of {@link #APPROVED} (the spec's path relative to docs/specs). */
    private static final ApprovalLock LOCK = ApprovalLock.EMPTY
            .with(approval("Security", "Mia Ortiz", "2026-03-01", APPROVED))
            .with(approval("Engineering", "Li Wei", "2026-03-02", APPROVED));

    private static ApprovalEntry approval(String role, String name, String date, String text) {
        return new ApprovalEntry("refund-limits.md", role, name, LocalDate.parse(date), ApprovalFixtures.hashes(text));
    }

    /** The rule's findings on the text, for a spec set whose lock file holds {@code lock}. */
    private static List<Finding> check(ApprovalLock lock, List<String> exempt, String text) {
        return check(inputs(Optional.of(lock), exempt), SCHEMA, text);
    }

    private static ApprovalInputs inputs(Optional<ApprovalLock> lock, List<String> exempt) {
        return new ApprovalInputs("docs/specs", "docs/specs/spec-approvals.lock", lock, exempt);
    }

    private static List<Finding> check(ApprovalInputs inputs, SpecSchema schema, String text) {
        ApprovalDriftRule rule = new ApprovalDriftRule(inputs);
        FindingCollector out = new FindingCollector(rule.id(), rule.defaultSeverity(), ApprovalFixtures.SPEC_PATH);
        rule.check(ApprovalFixtures.parse(text), schema, out);
        return out.findings();
    }

    private static List<String> lines(List<Finding> findings) {
        return findings.stream().map(f -> f.severity().id() + " " + f.format()).toList();
    }

    @Test
    void approvedRowsWithMatchingApprovalsPass() {
        assertEquals(List.of(), check(LOCK, List.of(), APPROVED));
        assertEquals(List.of(), check(LOCK, List.of(), APPROVED.replace("\n", "\r\n") + "\n\n"));
    }

    @Test
    void approvedRowsWithoutARecordedApprovalAreReported() {
        assertEquals(
                List.of(
                        "error docs/specs/refund-limits.md:29:3: [approval-drift] Security is Approved but has no"
                                + " recorded approval: run mvn spec:approve -Dspec.file=docs/specs/refund-limits.md"
                                + " -Dspec.role=Security",
                        "error docs/specs/refund-limits.md:30:3: [approval-drift] Engineering is Approved but has no"
                                + " recorded approval: run mvn spec:approve -Dspec.file=docs/specs/refund-limits.md"
                                + " -Dspec.role=Engineering"),
                lines(check(ApprovalLock.EMPTY, List.of(), APPROVED)));
    }

    @Test
    void aChangedSectionIsNamedOncePerApprovedRole() {
        String changed =
                edit(edit(APPROVED, "holds the currency", "holds the country"), "Ireland first", "Spain first");
        assertEquals(
                List.of(
                        "error docs/specs/refund-limits.md:29:3: [approval-drift] Security approved on 2026-03-01, but"
                                + " \"Design > Data Model\" and \"Rollout\" changed since",
                        "error docs/specs/refund-limits.md:30:3: [approval-drift] Engineering approved on 2026-03-02,"
                                + " but \"Design > Data Model\" and \"Rollout\" changed since"),
                lines(check(LOCK, List.of(), changed)));
    }

    @Test
    void aRoleWithAQualifierMatchesItsApproval() {
        String qualified = edit(APPROVED, "| Security | Mia", "| Security (AppSec) | Mia");
        assertEquals(List.of(), check(LOCK, List.of(), qualified));
    }

    @Test
    void anApprovalWhoseRowIsNoLongerApprovedIsAStaleWarning() {
        String pending = edit(APPROVED, "| Engineering | Li Wei | Approved |", "| Engineering | Li Wei | Pending |");
        assertEquals(
                List.of("warning docs/specs/refund-limits.md:30:26: [approval-drift] Recorded approval of Engineering"
                        + " on 2026-03-02 is stale: the row is no longer Approved; remove it from"
                        + " docs/specs/spec-approvals.lock with mvn spec:approve -Dspec.file=docs/specs/refund-limits.md"
                        + " -Dspec.role=Engineering -Dspec.revoke"),
                lines(check(LOCK, List.of(), pending)));
        String gone = edit(pending, "| Engineering | Li Wei | Pending | 2026-03-02 |\n", "");
        assertEquals(
                List.of("warning docs/specs/refund-limits.md:27:1: [approval-drift] Recorded approval of Engineering"
                        + " on 2026-03-02 is stale: the sign-off table has no row for it; remove it from"
                        + " docs/specs/spec-approvals.lock with mvn spec:approve -Dspec.file=docs/specs/refund-limits.md"
                        + " -Dspec.role=Engineering -Dspec.revoke"),
                lines(check(LOCK, List.of(), gone)));
    }

    @Test
    void approvalsOfASpecWithoutATableOrWithoutAStatusColumnAreStaleAndSaySo() {
        String noStatus = edit(APPROVED, "| Role | Name | Status | Date |", "| Role | Name | Verdict | Date |");
        assertEquals(
                List.of(
                        stale("27:1", "Engineering", "2026-03-02", "the sign-off table has no Status column"),
                        stale("27:1", "Security", "2026-03-01", "the sign-off table has no Status column")),
                lines(check(LOCK, List.of(), noStatus)));
        String noTable = APPROVED.substring(0, APPROVED.indexOf("| Role | Name |"));
        assertEquals(
                List.of(
                        stale("1:1", "Engineering", "2026-03-02", "the spec has no sign-off table"),
                        stale("1:1", "Security", "2026-03-01", "the spec has no sign-off table")),
                lines(check(LOCK, List.of(), noTable)));
    }

    private static String stale(String at, String role, String date, String why) {
        return "warning docs/specs/refund-limits.md:" + at + ": [approval-drift] Recorded approval of " + role + " on "
                + date + " is stale: " + why + "; remove it from docs/specs/spec-approvals.lock with mvn spec:approve"
                + " -Dspec.file=docs/specs/refund-limits.md -Dspec.role=" + role + " -Dspec.revoke";
    }

    @Test
    void staleApprovalsFollowTheRuleDownButNeverAboveWarning() {
        String pending = edit(APPROVED, "| Engineering | Li Wei | Approved |", "| Engineering | Li Wei | Pending |");
        ApprovalInputs inputs = inputs(Optional.of(LOCK), List.of());
        FindingCollector info = new FindingCollector(ApprovalDriftRule.ID, Severity.INFO, ApprovalFixtures.SPEC_PATH);
        new ApprovalDriftRule(inputs).check(ApprovalFixtures.parse(pending), SCHEMA, info);
        assertEquals(
                List.of(Severity.INFO),
                info.findings().stream().map(Finding::severity).toList());
    }

    @Test
    void draftsAreExemptWhenTheirStatusIsExempt() {
        String draft = edit(APPROVED, "**Status**: Approved", "**Status**: Draft");
        assertEquals(List.of(), check(ApprovalLock.EMPTY, List.of("Draft", "Review"), draft));
        assertEquals(2, check(ApprovalLock.EMPTY, List.of(), draft).size());
    }

    @Test
    void specsWithoutApprovedRowsNeedNoLock() {
        assertEquals(List.of(), check(ApprovalLock.EMPTY, List.of(), ApprovalFixtures.spec()));
    }

    @Test
    void withoutALockFileTheRuleChecksNothing() {
        ApprovalInputs noLockFile = inputs(Optional.empty(), List.of());
        String changed = edit(APPROVED, "holds the currency", "holds the country");
        assertEquals(List.of(), check(noLockFile, SCHEMA, APPROVED));
        assertEquals(List.of(), check(noLockFile, SCHEMA, changed));
        assertEquals(List.of(), check(ApprovalInputs.NONE, SCHEMA, APPROVED));
        assertFalse(noLockFile.recording());
        // An empty lock file is a lock file: the rule is active and every Approved row needs its approval.
        assertTrue(inputs(Optional.of(ApprovalLock.EMPTY), List.of()).recording());
        assertEquals(2, check(ApprovalLock.EMPTY, List.of(), APPROVED).size());
    }

    @Test
    void aSetWithoutALockFileIsToldAboutApprovedRowsOnly() {
        ApprovalInputs noLockFile = inputs(Optional.empty(), List.of());
        assertTrue(hasApprovedRow(APPROVED, SCHEMA, noLockFile));
        String oneApproved =
                edit(APPROVED, "| Engineering | Li Wei | Approved |", "| Engineering | Li Wei | Pending |");
        assertTrue(hasApprovedRow(oneApproved, SCHEMA, noLockFile));
        assertFalse(hasApprovedRow(ApprovalFixtures.spec(), SCHEMA, noLockFile));
        String draft = edit(APPROVED, "**Status**: Approved", "**Status**: Draft");
        assertFalse(hasApprovedRow(draft, SCHEMA, inputs(Optional.empty(), List.of("Draft"))));
        // "Approved" outside the sign-off table (prose, a code span) is no Approved row.
        String prose = edit(
                ApprovalFixtures.spec(), "Ireland first.", "Ireland first. | Security | x | Approved | `Approved` |");
        assertFalse(hasApprovedRow(prose, SCHEMA, noLockFile));
    }

    @Test
    void aTemplateWithoutASignOffTableGivesNothing() {
        String template = ApprovalFixtures.template();
        SpecSchema noSignOff = ApprovalFixtures.schema(template.substring(0, template.indexOf("## Sign-off")));
        assertTrue(noSignOff.signOff().isEmpty());
        assertEquals(List.of(), check(inputs(Optional.of(LOCK), List.of()), noSignOff, APPROVED));
        assertEquals(List.of(), check(inputs(Optional.of(ApprovalLock.EMPTY), List.of()), noSignOff, APPROVED));
        assertFalse(hasApprovedRow(APPROVED, noSignOff, inputs(Optional.empty(), List.of())));
    }

    @Test
    void approvalsAreLookedUpByThePathRelativeToTheSpecSetDirectory() {
        ApprovalInputs inputs = new ApprovalInputs("docs/specs", "x.lock", Optional.empty(), List.of());
        assertEquals("refund-limits.md", inputs.specKey("docs/specs/refund-limits.md"));
        assertEquals("payments/holds.md", inputs.specKey("docs/specs/payments/holds.md"));
        assertEquals(
                "docs/specs/a.md",
                new ApprovalInputs(".", "x.lock", Optional.empty(), List.of()).specKey("docs/specs/a.md"));
    }

    private static boolean hasApprovedRow(String spec, SpecSchema schema, ApprovalInputs inputs) {
        return ApprovalDriftRule.hasApprovedRow(new RuleContext(ApprovalFixtures.parse(spec), schema), inputs);
    }
}
