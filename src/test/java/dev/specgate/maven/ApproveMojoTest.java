package dev.specgate.maven;

import static dev.specgate.approval.ApprovalFixtures.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specgate.approval.ApprovalFixtures;
import dev.specgate.approval.GitUserName;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The approve goal bound from a POM ({@code file}, {@code role}, {@code updateTable}), run on a project in a
 * temporary directory: what it logs, writes and throws.
 */
@MojoTest
class ApproveMojoTest {

    private static final String POM = "src/test/resources/unit/approve-binding/pom.xml";
    private static final Clock MARCH_1 = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);

    private final RecordingLog log = new RecordingLog();

    @TempDir
    Path project;

    @BeforeEach
    void writeProject() throws Exception {
        Files.createDirectories(project.resolve("docs/specs"));
        Files.writeString(project.resolve("docs/specs/TEMPLATE.md"), ApprovalFixtures.template());
        Files.writeString(project.resolve(ApprovalFixtures.SPEC_PATH), ApprovalFixtures.spec());
    }

    private void prepare(ApproveMojo mojo, List<String> nameCommand) throws Exception {
        // Maven binds <file> against the POM's directory; the project of these tests lies elsewhere.
        File bound = (File) MojoExtension.getVariableValueFromObject(mojo, "file");
        assertTrue(bound.getPath().replace('\\', '/').endsWith(ApprovalFixtures.SPEC_PATH), bound.getPath());
        MojoExtension.setVariableValueToObject(mojo, "file", new File(ApprovalFixtures.SPEC_PATH));
        MojoExtension.setVariableValueToObject(mojo, "baseDirectory", project.toFile());
        MojoExtension.setVariableValueToObject(
                mojo, "buildDirectory", project.resolve("target").toFile());
        mojo.setSources(MARCH_1, new GitUserName(nameCommand));
        mojo.setLog(log);
    }

    @Test
    @InjectMojo(goal = "approve", pom = POM)
    void recordsTheApprovalWithTheGitUserNameAndFillsTheRow(ApproveMojo mojo) throws Exception {
        prepare(mojo, List.of("echo", "Mia Ortiz"));
        mojo.execute();
        assertEquals(
                List.of(
                        "[INFO] Recorded the approval of docs/specs/refund-limits.md by Security (Mia Ortiz, 2026-03-01)"
                                + " in docs/specs/spec-approvals.lock",
                        "[INFO] Filled the Security row of the sign-off table in docs/specs/refund-limits.md: Mia Ortiz,"
                                + " Approved, 2026-03-01",
                        "[INFO] Commit docs/specs/spec-approvals.lock together with the spec"),
                log.lines());
        List<String> lock = Files.readAllLines(project.resolve("docs/specs/spec-approvals.lock"));
        assertEquals(2, lock.size());
        assertTrue(lock.get(1)
                .startsWith("{\"spec\":\"refund-limits.md\",\"role\":\"Security\",\"name\":\"Mia Ortiz\","
                        + "\"date\":\"2026-03-01\",\"hash\":\"sha256:"));
        assertEquals(
                edit(
                        ApprovalFixtures.spec(),
                        "| Security | | Pending | |",
                        "| Security | Mia Ortiz | Approved | 2026-03-01 |"),
                Files.readString(project.resolve(ApprovalFixtures.SPEC_PATH)));
    }

    @Test
    @InjectMojo(goal = "approve", pom = POM)
    void withoutAnApproverNameItStopsAndSaysHowToGiveOne(ApproveMojo mojo) throws Exception {
        prepare(mojo, List.of("false"));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(
                "No approver name: pass -Dspec.approver=\"Your Name\" (parameter approver), or set one with git config"
                        + " user.name \"Your Name\"",
                e.getMessage());
        assertFalse(Files.exists(project.resolve("docs/specs/spec-approvals.lock")));
    }

    @Test
    @InjectMojo(goal = "approve", pom = POM)
    void aSpecWithErrorsFailsTheBuildListingThem(ApproveMojo mojo) throws Exception {
        Files.writeString(
                project.resolve(ApprovalFixtures.SPEC_PATH),
                edit(ApprovalFixtures.spec(), "## Rollout\n", "## Launch\n"));
        prepare(mojo, List.of("echo", "Mia Ortiz"));
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("Cannot approve docs/specs/refund-limits.md for Security: 1 error to fix first", e.getMessage());
        assertEquals(
                List.of(
                        "[ERROR] docs/specs/refund-limits.md:21:1: [required-section] Missing section \"Rollout\""
                                + " (template line 21)",
                        "[ERROR] Cannot approve docs/specs/refund-limits.md for Security: 1 error to fix first"),
                log.lines());
        assertFalse(Files.exists(project.resolve("docs/specs/spec-approvals.lock")));
    }

    @Test
    @InjectMojo(goal = "approve", pom = POM)
    void revokeRemovesTheEntryAndLeavesTheTable(ApproveMojo mojo) throws Exception {
        prepare(mojo, List.of("echo", "Mia Ortiz"));
        mojo.execute();
        String filled = Files.readString(project.resolve(ApprovalFixtures.SPEC_PATH));
        MojoExtension.setVariableValueToObject(mojo, "revoke", true);
        mojo.execute();
        assertEquals(
                "[INFO] Revoked the approval of docs/specs/refund-limits.md by Security (Mia Ortiz, 2026-03-01) in"
                        + " docs/specs/spec-approvals.lock",
                log.lines().get(log.lines().size() - 1));
        assertEquals(
                List.of("{\"specApprovals\":1}"),
                Files.readAllLines(project.resolve("docs/specs/spec-approvals.lock")));
        assertEquals(filled, Files.readString(project.resolve(ApprovalFixtures.SPEC_PATH)));
    }

    @Test
    @InjectMojo(goal = "approve", pom = POM)
    void aMissingRoleNamesTheParameter(ApproveMojo mojo) throws Exception {
        prepare(mojo, List.of("echo", "Mia Ortiz"));
        MojoExtension.setVariableValueToObject(mojo, "role", null);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("Missing parameter role (spec.role): e.g. -Dspec.role=Security", e.getMessage());
        MojoExtension.setVariableValueToObject(mojo, "file", new File(""));
        e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(
                "Missing parameter file (spec.file): name the spec, e.g. mvn spec:approve"
                        + " -Dspec.file=docs/specs/refunds.md -Dspec.role=Security",
                e.getMessage());
    }
}
