package dev.specgate.maven;

import dev.specgate.approval.ApprovalEntry;
import dev.specgate.approval.GitUserName;
import dev.specgate.engine.ApprovalRequest;
import dev.specgate.engine.ApprovalResult;
import dev.specgate.engine.CheckRequest;
import dev.specgate.engine.RevokeResult;
import dev.specgate.engine.SpecApprover;
import dev.specgate.engine.SpecCheckException;
import dev.specgate.model.Finding;
import dev.specgate.rules.SignOffTable;
import dev.specgate.trace.TraceRule;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Records that a role approved a spec: {@code mvn spec:approve -Dspec.file=docs/specs/refunds.md
 * -Dspec.role=Security}. The approval is written to the spec set's lock file ({@code spec-approvals.lock} beside the
 * specs, to be committed) with the approver, the date and a hash of the spec's approvable content: its text without
 * the sign-off table, the status and date metadata and whitespace differences. {@code spec:check} then reports an
 * Approved sign-off whose spec has changed since, or that has no recorded approval (rule {@code approval-drift}, on
 * for a spec set once its lock file exists: the first approval turns it on). Refuses a role the template's
 * sign-off table does not list (unless the template allows extra roles and the spec's own table has a row for it)
 * and a spec with error findings; refuses the spec set's template itself. Changes nothing else unless
 * {@code updateTable} is set; {@code revoke} removes an approval.
 */
@Mojo(name = "approve", threadSafe = true, requiresProject = true)
public class ApproveMojo extends AbstractSpecMojo {

    /**
     * The spec to approve, relative to the project base directory, e.g. {@code docs/specs/refunds.md}; it must be a
     * spec of one of the spec sets. No default; user property {@code spec.file}.
     */
    @Parameter(property = "spec.file")
    private File file;

    /**
     * The sign-off role that approves, as the template's sign-off table names it, e.g. {@code Security} (compared
     * case-insensitively); where the template allows extra roles, also a role the spec's own sign-off table has a
     * row for. No default; user property {@code spec.role}.
     */
    @Parameter(property = "spec.role")
    private String role;

    /**
     * Who approves. Default: what {@code git config user.name} prints in the project directory; user property
     * {@code spec.approver}.
     */
    @Parameter(property = "spec.approver")
    private String approver;

    /**
     * Also fills the role's row of the spec's sign-off table: the approver's name, {@code Approved} and today's date.
     * The only way this goal changes a spec. Default {@code false}; user property {@code spec.updateTable}.
     */
    @Parameter(property = "spec.updateTable", defaultValue = "false")
    private boolean updateTable;

    /**
     * Removes the role's recorded approval of the spec from the lock file instead of recording one (the spec's
     * sign-off table is left as it is). Default {@code false}; user property {@code spec.revoke}.
     */
    @Parameter(property = "spec.revoke", defaultValue = "false")
    private boolean revoke;

    private Clock clock = Clock.systemDefaultZone();
    private GitUserName gitUserName = new GitUserName();

    /** For tests: what "today" is and where the default approver name comes from. */
    void setSources(Clock clock, GitUserName gitUserName) {
        this.clock = clock;
        this.gitUserName = gitUserName;
    }

    @Override
    String goalDescription() {
        return revoke ? "spec approve (revoke)" : "spec approve";
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Path spec = requiredFile();
        String wantedRole = required(role, "role", "spec.role", "Security");
        CheckRequest request =
                new CheckRequest(baseDirectory(), specSets().requests(), charset(), severityPolicy(), Optional.empty());
        try {
            if (revoke) {
                RevokeResult result = new SpecApprover(TraceRule.ids()).revoke(request, spec, wantedRole);
                ApprovalEntry removed = result.removed();
                console()
                        .info("Revoked the approval of " + result.spec() + " by " + removed.role() + " ("
                                + removed.name() + ", " + removed.date() + ") in " + result.lockFile());
                return;
            }
            String name = approverName();
            ApprovalRequest approval = new ApprovalRequest(spec, wantedRole, name, LocalDate.now(clock), updateTable);
            report(new SpecApprover(TraceRule.ids()).approve(request, approval));
        } catch (SpecCheckException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private void report(ApprovalResult result) throws MojoFailureException {
        if (!result.approved()) {
            result.blocking().stream().map(Finding::format).forEach(console()::error);
            String line = "Cannot approve " + result.spec() + " for " + result.role() + ": "
                    + CheckMojo.count(result.blocking().size(), "error") + " to fix first";
            console().error(line);
            throw new MojoFailureException(line);
        }
        ApprovalEntry entry = result.recorded().orElseThrow();
        console()
                .info("Recorded the approval of " + result.spec() + " by " + entry.role() + " (" + entry.name() + ", "
                        + entry.date() + ") in " + result.lockFile()
                        + result.replaced()
                                .map(r -> ", replacing the approval of " + r.date())
                                .orElse(""));
        if (result.tableUpdated()) {
            console()
                    .info("Filled the " + entry.role() + " row of the sign-off table in " + result.spec() + ": "
                            + entry.name() + ", Approved, " + entry.date());
        } else if (result.rowStatus().isEmpty()) {
            console()
                    .warn("The sign-off table of " + result.spec() + " has no row for " + entry.role()
                            + ": add a row saying Approved; spec:check reports the approval as stale until then");
        } else if (!SignOffTable.isApproved(result.rowStatus().get())) {
            console()
                    .warn("The sign-off table of " + result.spec() + " says \""
                            + result.rowStatus().get()
                            + "\" for " + entry.role() + ": set it to Approved (or approve with -Dspec.updateTable);"
                            + " spec:check reports the approval as stale until then");
        }
        console().info("Commit " + result.lockFile() + " together with the spec");
    }

    private Path requiredFile() throws MojoExecutionException {
        if (file == null || file.getPath().isBlank()) {
            throw new MojoExecutionException("Missing parameter file (spec.file): name the spec, e.g. mvn spec:approve"
                    + " -Dspec.file=docs/specs/refunds.md -Dspec.role=Security");
        }
        return baseDirectory().resolve(file.toPath()).normalize();
    }

    private static String required(String value, String name, String property, String example)
            throws MojoExecutionException {
        if (value == null || value.isBlank()) {
            throw new MojoExecutionException(
                    "Missing parameter " + name + " (" + property + "): e.g. -D" + property + "=" + example);
        }
        return value.strip();
    }

    private String approverName() throws MojoExecutionException {
        if (approver != null && !approver.isBlank()) {
            return approver.strip();
        }
        return gitUserName
                .lookup(baseDirectory())
                .orElseThrow(() -> new MojoExecutionException("No approver name: pass -Dspec.approver=\"Your Name\""
                        + " (parameter approver), or set one with git config user.name \"Your Name\""));
    }
}
