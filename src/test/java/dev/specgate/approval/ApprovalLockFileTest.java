package dev.specgate.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovalLockFileTest {

    private static final String HASH_A = "sha256:" + "a".repeat(64);
    private static final String HASH_B = "sha256:" + "b".repeat(64);

    private static ApprovalEntry entry(String spec, String role, String name, String date, String hash) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("(preamble)", "0123456789abcdef");
        sections.put("Design > Data Model", "fedcba9876543210");
        return new ApprovalEntry(spec, role, name, LocalDate.parse(date), new ContentHashes(hash, sections));
    }

    private static ApprovalLock parse(String text) throws ApprovalLockFile.LockFileException {
        return ApprovalLockFile.parse(text.lines().toList(), "docs/specs/spec-approvals.lock");
    }

    private static String problem(String text) {
        return assertThrows(ApprovalLockFile.LockFileException.class, () -> parse(text))
                .getMessage();
    }

    @Test
    void writesAHeaderThenOneLinePerApprovalSortedBySpecAndRole() throws Exception {
        ApprovalLock lock = ApprovalLock.EMPTY
                .with(entry("refunds.md", "Security", "Mia Ortiz", "2026-03-01", HASH_A))
                .with(entry("payouts/holds.md", "Engineering", "Li Wei", "2026-02-11", HASH_B))
                .with(entry("refunds.md", "Engineering", "Li Wei", "2026-03-02", HASH_A));
        String text = ApprovalLockFile.format(lock);
        String sections =
                "\"sections\":{\"(preamble)\":\"0123456789abcdef\",\"Design > Data Model\":\"fedcba9876543210\"}}";
        assertEquals(
                "{\"specApprovals\":1}\n"
                        + "{\"spec\":\"payouts/holds.md\",\"role\":\"Engineering\",\"name\":\"Li Wei\",\"date\":\"2026-02-11\","
                        + "\"hash\":\"" + HASH_B + "\"," + sections + "\n"
                        + "{\"spec\":\"refunds.md\",\"role\":\"Engineering\",\"name\":\"Li Wei\",\"date\":\"2026-03-02\","
                        + "\"hash\":\"" + HASH_A + "\"," + sections + "\n"
                        + "{\"spec\":\"refunds.md\",\"role\":\"Security\",\"name\":\"Mia Ortiz\",\"date\":\"2026-03-01\","
                        + "\"hash\":\"" + HASH_A + "\"," + sections + "\n",
                text);
        assertEquals(lock, parse(text));
        assertEquals(text, ApprovalLockFile.format(parse(text)));
    }

    @Test
    void aNewApprovalOfTheSameSpecAndRoleReplacesTheOldOne() {
        ApprovalLock lock = ApprovalLock.EMPTY
                .with(entry("refunds.md", "Security", "Mia Ortiz", "2026-03-01", HASH_A))
                .with(entry("refunds.md", "security", "Mia Ortiz", "2026-03-09", HASH_B));
        assertEquals(List.of(entry("refunds.md", "security", "Mia Ortiz", "2026-03-09", HASH_B)), lock.entries());
        assertEquals(List.of(), lock.without("refunds.md", "SECURITY").entries());
    }

    /** What every message about a line spec:approve did not write as it is ends with. */
    private static final String NEXT_STEP = "; restore the file from version control, or delete the line and record"
            + " that approval again with mvn spec:approve";

    @Test
    void malformedLinesAreNamedWithFileAndLine() {
        String header = "{\"specApprovals\":1}\n";
        String good = ApprovalLockFile.format(
                ApprovalLock.EMPTY.with(entry("refunds.md", "Security", "Mia Ortiz", "2026-03-01", HASH_A)));
        assertEquals(
                "docs/specs/spec-approvals.lock:1: not an approvals lock file: the first line must be {\"specApprovals\":1}",
                problem("{\"approvals\":[]}\n"));
        assertEquals(
                "docs/specs/spec-approvals.lock:1: not an approvals lock file: the first line must be {\"specApprovals\":1}",
                problem("{\"specApprovals\":1\n"));
        assertEquals(
                "docs/specs/spec-approvals.lock:3: not valid JSON (Unterminated object at column 17)" + NEXT_STEP,
                problem(header + "\n{\"spec\":\"a.md\" \"role\":\"Security\"}\n"));
        assertEquals(
                "docs/specs/spec-approvals.lock:2: missing \"name\"" + NEXT_STEP,
                problem(header + "{\"spec\":\"a.md\",\"role\":\"Security\",\"date\":\"2026-03-01\"}\n"));
        assertEquals(
                "docs/specs/spec-approvals.lock:2: \"date\" is \"2026-02-30\", not a date in YYYY-MM-DD form"
                        + NEXT_STEP,
                problem(good.replace("2026-03-01", "2026-02-30")));
        assertEquals(
                "docs/specs/spec-approvals.lock:2: unresolved merge conflict: keep one line per spec and role, or"
                        + " delete the conflicting lines and run mvn spec:approve again",
                problem(header + "<<<<<<< HEAD\n"
                        + good.lines().skip(1).findFirst().orElseThrow()));
        String line = good.lines().skip(1).findFirst().orElseThrow();
        assertEquals(
                "docs/specs/spec-approvals.lock:3: a second approval of refunds.md by Security (the first is on line 2),"
                        + " as a merge that kept both sides leaves: delete one of the lines, or both and run mvn"
                        + " spec:approve again",
                problem(good + line.replace(HASH_A, HASH_B) + "\n"));
    }

    @Test
    void twoBranchesApprovingDifferentSpecsMergeWithoutConflict(@TempDir Path repo) throws Exception {
        assumeTrue(git(repo, "--version") == 0, "git is not installed");
        Path lockFile = repo.resolve("docs/specs/spec-approvals.lock");
        Files.createDirectories(lockFile.getParent());
        ApprovalLock base = ApprovalLock.EMPTY.with(entry("billing.md", "Security", "Mia Ortiz", "2026-01-05", HASH_A));
        ApprovalLockFile.write(base, lockFile);
        // What docs/approvals.md tells teams to add once.
        Files.writeString(repo.resolve(".gitattributes"), "spec-approvals.lock merge=union\n");
        assertEquals(0, git(repo, "init", "-q", "-b", "main"));
        git(repo, "config", "user.email", "test@example.com");
        git(repo, "config", "user.name", "Test");
        git(repo, "config", "commit.gpgsign", "false");
        assertEquals(0, git(repo, "add", "-A"));
        assertEquals(0, git(repo, "commit", "-q", "-m", "base"));

        ApprovalEntry refunds = entry("refunds.md", "Security", "Mia Ortiz", "2026-03-01", HASH_A);
        ApprovalEntry payouts = entry("payouts.md", "Engineering", "Li Wei", "2026-03-02", HASH_B);
        assertEquals(0, git(repo, "checkout", "-q", "-b", "refunds"));
        ApprovalLockFile.write(base.with(refunds), lockFile);
        assertEquals(0, git(repo, "commit", "-q", "-am", "approve refunds"));
        assertEquals(0, git(repo, "checkout", "-q", "main"));
        ApprovalLockFile.write(base.with(payouts), lockFile);
        assertEquals(0, git(repo, "commit", "-q", "-am", "approve payouts"));

        assertEquals(0, git(repo, "merge", "-q", "--no-edit", "refunds"), "git merge reported a conflict");
        ApprovalLock merged = ApprovalLockFile.read(lockFile, "spec-approvals.lock");
        assertEquals(List.of(base.entries().get(0), payouts, refunds), merged.entries());
        assertEquals(0, git(repo, "diff", "--quiet", "HEAD"), "the merge left uncommitted changes");
    }

    @Test
    void writeCreatesTheDirectoryAndReadRoundTrips(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("docs/specs/spec-approvals.lock");
        ApprovalLock lock = ApprovalLock.EMPTY.with(entry("refunds.md", "Security", "Mia Ortiz", "2026-03-01", HASH_A));
        ApprovalLockFile.write(lock, file);
        assertEquals(ApprovalLockFile.format(lock), Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(lock, ApprovalLockFile.read(file, "spec-approvals.lock"));
    }

    private static int git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            return -1; // no git on the PATH
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("git " + String.join(" ", args) + " timed out");
        }
        return process.exitValue();
    }
}
