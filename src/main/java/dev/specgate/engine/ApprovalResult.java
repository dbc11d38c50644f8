package dev.specgate.engine;

import dev.specgate.approval.ApprovalEntry;
import dev.specgate.model.Finding;
import java.util.List;
import java.util.Optional;

/**
 * What {@link SpecApprover#approve} did.
 *
 * @param spec the spec as shown to users
 * @param role the role as the template names it
 * @param lockFile the lock file as shown to users
 * @param blocking the spec's error findings that refused the approval; empty when it was recorded
 * @param recorded the entry written to the lock file; empty when refused
 * @param replaced the earlier approval of the same spec and role that the new one replaced
 * @param tableUpdated whether the role's row of the sign-off table was filled in
 * @param rowStatus the status in the role's row of the spec's sign-off table after the approval; empty when the
 *     table has no row for the role
 */
public record ApprovalResult(
        String spec,
        String role,
        String lockFile,
        List<Finding> blocking,
        Optional<ApprovalEntry> recorded,
        Optional<ApprovalEntry> replaced,
        boolean tableUpdated,
        Optional<String> rowStatus) {

    public ApprovalResult {
        blocking = List.copyOf(blocking);
    }

    /** True when the approval was recorded. */
    public boolean approved() {
        return recorded.isPresent();
    }
}
