package dev.specgate.engine;

import static dev.specgate.approval.ApprovalFixtures.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specgate.approval.ApprovalFixtures;
import dev.specgate.gate.SeverityPolicy;
import dev.specgate.model.Finding;
import dev.specgate.schema.SchemaOverrides;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Approving, changing, re-approving and revoking, through the engine, with the check after each step. */
class SpecApproverTest {

    private static final Path SPEC = Path.of(ApprovalFixtures.SPEC_PATH);
    private static final LocalDate MARCH_1 = LocalDate.parse("2026-03-01");

    @TempDir
    Path base;

    private final SpecApprover approver = new SpecApprover();
    private final SpecChecker checker = new SpecChecker();

    @BeforeEach
    void project() throws IOException {
        write("docs/specs/TEMPLATE.md", ApprovalFixtures.template());
        write(ApprovalFixtures.SPEC_PATH, ApprovalFixtures.spec());
    }

    @Test
    void approveChangeReapproveAndRevoke() throws Exception {
        ApprovalResult security = approve("Security", "Mia Ortiz", true);
        assertTrue(security.approved());
        assertEquals("docs/specs/spec-approvals.lock", security.lockFile());
        approve("engineering", "Li Wei", true);
        String approved = read(ApprovalFixtures.SPEC_PATH);
        assertEquals(
                edit(
                        edit(
                                ApprovalFixtures.spec(),
                                "| Security | | Pending | |",
                                "| Security | Mia Ortiz | Approved | 2026-03-01 |"),
                        "| Engineering | | Pending | |",
                        "| Engineering | Li Wei | Approved | 2026-03-01 |"),
                approved);
        List<String> lock = Files.readAllLines(base.resolve("docs/specs/spec-approvals.lock"));
        assertEquals(3, lock.size());
        assertTrue(
                lock.get(1).startsWith("{\"spec\":\"refund-limits.md\",\"role\":\"Engineering\",\"name\":\"Li Wei\""));
        assertTrue(
                lock.get(2).startsWith("{\"spec\":\"refund-limits.md\",\"role\":\"Security\",\"name\":\"Mia Ortiz\""));
        assertEquals(List.of(), check());

        write(ApprovalFixtures.SPEC_PATH, edit(approved, "holds the currency", "holds the country"));
        assertEquals(
                List.of(
                        "docs/specs/refund-limits.md:29:3: [approval-drift] Security approved on 2026-03-01, but"
                                + " \"Design > Data Model\" changed since",
                        "docs/specs/refund-limits.md:30:3: [approval-drift] Engineering approved on 2026-03-01, but"
                                + " \"Design > Data Model\" changed since"),
                check());

        write(ApprovalFixtures.SPEC_PATH, edit(approved, "Mia Ortiz | Approved", "Mia Ortiz-Lind | Approved") + "\n\n");
        assertEquals(List.of(), check());

        write(ApprovalFixtures.SPEC_PATH, edit(approved, "holds the currency", "holds the country"));
        ApprovalResult again = approve("Security", "Mia Ortiz", false);
        assertEquals(Optional.of(MARCH_1), again.replaced().map(e -> e.date()));
        assertEquals(Optional.of("Approved"), again.rowStatus());
        approve("Engineering", "Li Wei", false);
        assertEquals(List.of(), check());

        RevokeResult revoked = approver.revoke(request(), SPEC, "security");
        assertEquals("Security", revoked.removed().role());
        assertEquals(List.of(unrecorded(29, "Security")), check());
    }

    @Test
    void withoutALockFileApprovedRowsPassAndTheSetIsToldOnce() throws Exception {
        write(ApprovalFixtures.SPEC_PATH, ApprovalFixtures.approvedSpec());
        write("docs/specs/payout-limits.md", ApprovalFixtures.approvedSpec());
        List<String> told = new ArrayList<>();
        CheckResult result = checker.check(request(), listener(told));
        assertEquals(List.of(), result.findings());
        assertEquals(List.of("docs/specs docs/specs/spec-approvals.lock"), told);
        assertFalse(Files.exists(base.resolve("docs/specs/spec-approvals.lock")), "the check wrote the lock file");

        told.clear();
        CheckRequest off = new CheckRequest(
                base,
                request().specSets(),
                StandardCharsets.UTF_8,
                new SeverityPolicy(Map.of("approval-drift", Optional.empty()), List.of()),
                Optional.empty());
        checker.check(off, listener(told));
        assertEquals(List.of(), told);
    }

    @Test
    void specsWithoutApprovedRowsAreNotToldAboutTheLockFile() throws Exception {
        List<String> told = new ArrayList<>();
        assertEquals(List.of(), checker.check(request(), listener(told)).findings());
        assertEquals(List.of(), told);
    }

    @Test
    void anEmptyLockFileTurnsTheRuleOn() throws Exception {
        write(ApprovalFixtures.SPEC_PATH, ApprovalFixtures.approvedSpec());
        write("docs/specs/spec-approvals.lock", "");
        List<String> told = new ArrayList<>();
        List<String> findings = checker.check(request(), listener(told)).findings().stream()
                .map(Finding::format)
                .toList();
        assertEquals(List.of(unrecorded(29, "Security"), unrecorded(30, "Engineering")), findings);
        assertEquals(List.of(), told);
        assertEquals("", read("docs/specs/spec-approvals.lock"), "the check wrote the lock file");
    }

    @Test
    void revokingTheLastApprovalLeavesAnEmptyLockFileThatKeepsTheRuleOn() throws Exception {
        approve("Security", "Mia Ortiz", true);
        approver.revoke(request(), SPEC, "Security");
        assertEquals("{\"specApprovals\":1}\n", read("docs/specs/spec-approvals.lock"));
        assertEquals(List.of(unrecorded(29, "Security")), check());
    }

    @Test
    void aRoleTheTemplateDoesNotListIsRefused() {
        SpecCheckException e = assertThrows(SpecCheckException.class, () -> approve("Legal", "Ann", false));
        assertEquals(
                "Invalid value for parameter role (spec.role): \"Legal\" is not a role of the sign-off table in"
                        + " docs/specs/TEMPLATE.md; use one of: Security, Engineering",
                e.getMessage());
        assertFalse(Files.exists(base.resolve("docs/specs/spec-approvals.lock")));
    }

    @Test
    void aSpecWithErrorFindingsIsRefusedAndNothingIsWritten() throws Exception {
        write(ApprovalFixtures.SPEC_PATH, edit(ApprovalFixtures.spec(), "Ireland first.", "Ireland first, then TBD."));
        ApprovalResult result = approve("Security", "Mia Ortiz", true);
        assertFalse(result.approved());
        assertEquals(
                List.of("docs/specs/refund-limits.md:23:73: [placeholder] Placeholder \"TBD\" left in"),
                result.blocking().stream().map(Finding::format).toList());
        assertFalse(Files.exists(base.resolve("docs/specs/spec-approvals.lock")));
        assertTrue(read(ApprovalFixtures.SPEC_PATH).contains("| Security | | Pending | |"));
    }

    @Test
    void fillingTheTableKeepsEveryOtherByteOfTheSpec() throws Exception {
        String crlf = ApprovalFixtures.spec().replace("\n", "\r\n");
        Files.write(base.resolve(SPEC), ("\uFEFF" + crlf).getBytes(StandardCharsets.UTF_8));
        approve("Engineering", "Li Wei", true);
        assertEquals(
                "\uFEFF"
                        + edit(
                                crlf,
                                "| Engineering | | Pending | |",
                                "| Engineering | Li Wei | Approved | 2026-03-01 |"),
                new String(Files.readAllBytes(base.resolve(SPEC)), StandardCharsets.UTF_8));
    }

    @Test
    void aSpecKeptInLatin1IsFilledInLatin1() throws Exception {
        Files.write(base.resolve(SPEC), ApprovalFixtures.spec().getBytes(StandardCharsets.ISO_8859_1));
        approver.approve(
                request(StandardCharsets.ISO_8859_1),
                new ApprovalRequest(SPEC, "Engineering", "José Núñez", MARCH_1, true));
        assertEquals(
                edit(
                        ApprovalFixtures.spec(),
                        "| Engineering | | Pending | |",
                        "| Engineering | José Núñez | Approved | 2026-03-01 |"),
                new String(Files.readAllBytes(base.resolve(SPEC)), StandardCharsets.ISO_8859_1));
    }

    @Test
    void bytesThatWouldBeAUtf8ByteOrderMarkAreTextInLatin1AndStayAsTheyWere() throws Exception {
        String text = "\u00ef\u00bb\u00bf\n\n" + ApprovalFixtures.spec();
        Files.write(base.resolve(SPEC), text.getBytes(StandardCharsets.ISO_8859_1));
        ApprovalResult result = approver.approve(
                request(StandardCharsets.ISO_8859_1),
                new ApprovalRequest(SPEC, "Engineering", "Li Wei", MARCH_1, true));
        assertEquals(List.of(), result.blocking().stream().map(Finding::format).toList());
        assertEquals(
                edit(text, "| Engineering | | Pending | |", "| Engineering | Li Wei | Approved | 2026-03-01 |"),
                new String(Files.readAllBytes(base.resolve(SPEC)), StandardCharsets.ISO_8859_1));
    }

    @Test
    void aNameTheSpecsEncodingCannotHoldIsRefusedAndNothingIsWritten() throws Exception {
        byte[] latin1 = ApprovalFixtures.spec().getBytes(StandardCharsets.ISO_8859_1);
        Files.write(base.resolve(SPEC), latin1);
        SpecCheckException e = assertThrows(
                SpecCheckException.class,
                () -> approver.approve(
                        request(StandardCharsets.ISO_8859_1),
                        new ApprovalRequest(SPEC, "Engineering", "李伟", MARCH_1, true)));
        int row = ApprovalFixtures.spec().lines().toList().indexOf("| Engineering | | Pending | |") + 1;
        assertTrue(row > 0, "the fixture's Engineering row");
        assertEquals(
                "Cannot fill the sign-off table (parameter updateTable, spec.updateTable): docs/specs/refund-limits.md:"
                        + row + ": the row for Engineering would hold \"李\" (U+674E), which ISO-8859-1 (parameter"
                        + " encoding, the spec's encoding) cannot hold; nothing was written. Approve without"
                        + " -Dspec.updateTable and fill the row by hand, or keep the spec in an encoding that holds it",
                e.getMessage());
        assertEquals(
                new String(latin1, StandardCharsets.ISO_8859_1),
                new String(Files.readAllBytes(base.resolve(SPEC)), StandardCharsets.ISO_8859_1));
        assertFalse(Files.exists(base.resolve("docs/specs/spec-approvals.lock")));
    }

    @Test
    void withoutUpdateTableOnlyTheLockIsWritten() throws Exception {
        ApprovalResult result = approve("Security", "Mia Ortiz", false);
        assertEquals(Optional.of("Pending"), result.rowStatus());
        assertEquals(ApprovalFixtures.spec(), read(ApprovalFixtures.SPEC_PATH));
        assertEquals(
                List.of("docs/specs/refund-limits.md:29:16: [approval-drift] Recorded approval of Security on"
                        + " 2026-03-01 is stale: the row is no longer Approved; remove it from"
                        + " docs/specs/spec-approvals.lock with mvn spec:approve -Dspec.file=docs/specs/refund-limits.md"
                        + " -Dspec.role=Security -Dspec.revoke"),
                check());
    }

    @Test
    void revokingWhatIsNotRecordedIsAnError() throws Exception {
        approve("Security", "Mia Ortiz", false);
        SpecCheckException e =
                assertThrows(SpecCheckException.class, () -> approver.revoke(request(), SPEC, "Engineering"));
        assertEquals(
                "Nothing to revoke: docs/specs/spec-approvals.lock records no approval of docs/specs/refund-limits.md"
                        + " by Engineering (it records Security); check parameters file (spec.file) and role (spec.role)",
                e.getMessage());
    }

    @Test
    void aMalformedLockFileStopsTheCheckNamingFileAndLine() throws Exception {
        write("docs/specs/spec-approvals.lock", "{\"specApprovals\":1}\n{\"spec\": refund-limits.md}\n");
        SpecCheckException e = assertThrows(SpecCheckException.class, this::check);
        assertEquals(
                "Invalid approvals lock file (parameter approvalLock of the spec set): docs/specs/spec-approvals.lock:2:"
                        + " not valid JSON (malformed JSON at column 10); restore the file from version control, or"
                        + " delete the line and record that approval again with mvn spec:approve",
                e.getMessage());
    }

    @Test
    void aFileOutsideEverySpecSetIsRefused() {
        SpecCheckException e = assertThrows(
                SpecCheckException.class,
                () -> approver.approve(
                        request(), new ApprovalRequest(Path.of("README.md"), "Security", "Ann", MARCH_1, false)));
        assertEquals(
                "Invalid value for parameter file (spec.file): README.md is not a spec of any spec set (docs/specs)",
                e.getMessage());
    }

    @Test
    void theTemplateBesideTheSpecsIsNoSpecToApproveAndStaysUntouched() throws Exception {
        String template = read("docs/specs/TEMPLATE.md");
        SpecCheckException e = assertThrows(
                SpecCheckException.class,
                () -> approver.approve(
                        request(),
                        new ApprovalRequest(Path.of("docs/specs/TEMPLATE.md"), "Security", "Ann", MARCH_1, true)));
        assertEquals(
                "Invalid value for parameter file (spec.file): docs/specs/TEMPLATE.md is the template of the spec set"
                        + " docs/specs, not a spec; approve the specs written from it",
                e.getMessage());
        assertEquals(template, read("docs/specs/TEMPLATE.md"));
        assertFalse(Files.exists(base.resolve("docs/specs/spec-approvals.lock")));
    }

    /** The approval-drift finding of an Approved row on {@code line} with no recorded approval. */
    private static String unrecorded(int line, String role) {
        return "docs/specs/refund-limits.md:" + line + ":3: [approval-drift] " + role + " is Approved but has no"
                + " recorded approval: run mvn spec:approve -Dspec.file=docs/specs/refund-limits.md -Dspec.role="
                + role;
    }

    private ApprovalResult approve(String role, String name, boolean updateTable) throws SpecCheckException {
        return approver.approve(request(), new ApprovalRequest(SPEC, role, name, MARCH_1, updateTable));
    }

    /** A listener noting each set told that it has Approved rows and no lock file. */
    private static SpecSetListener listener(List<String> told) {
        return new SpecSetListener() {
            @Override
            public void specSetFound(SpecSetPlan plan) {}

            @Override
            public void approvalsNotRecorded(String directory, String lockFile) {
                told.add(directory + " " + lockFile);
            }
        };
    }

    private List<String> check() throws SpecCheckException {
        return checker.check(request()).findings().stream().map(Finding::format).toList();
    }

    private CheckRequest request() {
        return request(StandardCharsets.UTF_8);
    }

    private CheckRequest request(Charset encoding) {
        SpecSetRequest set = new SpecSetRequest(
                base.resolve("docs/specs"), List.of(), List.of(), Optional.empty(), SchemaOverrides.NONE);
        return new CheckRequest(base, List.of(set), encoding);
    }

    private String read(String path) throws IOException {
        return Files.readString(base.resolve(path));
    }

    private void write(String path, String text) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
