package dev.specgate.engine;

import dev.specgate.approval.ApprovalEntry;

/**
 * What {@link SpecApprover#revoke} did.
 *
 * @param spec the spec as shown to users
 * @param removed the entry taken out of the lock file
 * @param lockFile the lock file as shown to users
 */
public record RevokeResult(String spec, ApprovalEntry removed, String lockFile) {}
