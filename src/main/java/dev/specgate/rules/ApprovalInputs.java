package dev.specgate.rules;

import dev.specgate.approval.ApprovalLock;
import dev.specgate.approval.ApprovalLockFile;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the {@code approval-drift} rule needs of a spec set besides its specs: the approvals recorded in its lock
 * file, and the statuses of specs it leaves alone. A set without a lock file has not started recording approvals:
 * the rule checks nothing in it, so a project that upgrades does not fail on the Approved rows it already has.
 *
 * @param directory the spec set's directory as shown to users ({@code docs/specs}, {@code .} for the base
 *     directory): lock entries name specs relative to it
 * @param lockFile the lock file as shown to users, for messages
 * @param lock the recorded approvals; empty when the lock file does not exist (an empty file holds
 *     {@link ApprovalLock#EMPTY}: the rule is active and every Approved row needs an approval)
 * @param exemptStatuses document statuses whose specs are not checked (the draft statuses under
 *     {@code relaxDrafts}), compared case-insensitively
 */
public record ApprovalInputs(
        String directory, String lockFile, Optional<ApprovalLock> lock, List<String> exemptStatuses) {

    /** No lock file: the rule checks nothing. */
    public static final ApprovalInputs NONE =
            new ApprovalInputs(".", ApprovalLockFile.DEFAULT_NAME, Optional.empty(), List.of());

    public ApprovalInputs {
        exemptStatuses = exemptStatuses.stream()
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .toList();
    }

    /** How the lock names a spec: its path relative to the spec set's directory. */
    public String specKey(String documentPath) {
        return specKey(directory, documentPath);
    }

    /**
     * How the lock names a spec: its path relative to the spec set's directory.
     *
     * @param directory the spec set's directory as shown to users ({@code .} for the base directory)
     * @param documentPath the spec as shown to users
     */
    public static String specKey(String directory, String documentPath) {
        String prefix = directory.equals(".") ? "" : directory + "/";
        return documentPath.startsWith(prefix) ? documentPath.substring(prefix.length()) : documentPath;
    }

    /** True when the set has a lock file, so the rule checks its specs. */
    public boolean recording() {
        return lock.isPresent();
    }

    /** True when a spec with this status is not checked. */
    boolean exempts(Optional<String> status) {
        return status.map(s -> exemptStatuses.contains(s.strip().toLowerCase(Locale.ROOT)))
                .orElse(false);
    }
}
