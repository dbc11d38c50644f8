package dev.specgate.approval;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One recorded approval: a role approved the content of a spec with these hashes.
 *
 * @param spec the spec's path relative to its spec set's directory, {@code /}-separated
 * @param role the sign-off role as the template names it, e.g. {@code Security}
 * @param name who approved
 * @param date when
 * @param hashes the approvable content the approval covers
 */
public record ApprovalEntry(String spec, String role, String name, LocalDate date, ContentHashes hashes) {

    /** The lock file's order: by spec, then role. */
    public static final Comparator<ApprovalEntry> ORDER =
            Comparator.comparing(ApprovalEntry::spec).thenComparing(ApprovalEntry::role);

    public ApprovalEntry {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(hashes, "hashes");
    }

    /** True when this entry records the given spec and role (roles compared case-insensitively). */
    public boolean isFor(String otherSpec, String otherRole) {
        return spec.equals(otherSpec) && role.equalsIgnoreCase(otherRole);
    }
}
