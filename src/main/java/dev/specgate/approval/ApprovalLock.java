package dev.specgate.approval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The approvals recorded for a spec set ({@code spec-approvals.lock}): at most one entry per spec and role, kept in
 * {@link ApprovalEntry#ORDER}. Immutable: {@link #with} and {@link #without} return new locks.
 */
public record ApprovalLock(List<ApprovalEntry> entries) {

    /** No approval recorded (also what a missing lock file means). */
    public static final ApprovalLock EMPTY = new ApprovalLock(List.of());

    public ApprovalLock {
        entries = entries.stream().sorted(ApprovalEntry.ORDER).toList();
    }

    /** The entry for a spec and role. */
    public Optional<ApprovalEntry> find(String spec, String role) {
        return entries.stream().filter(e -> e.isFor(spec, role)).findFirst();
    }

    /** The entries of one spec, by role. */
    public List<ApprovalEntry> of(String spec) {
        return entries.stream().filter(e -> e.spec().equals(spec)).toList();
    }

    /** This lock with {@code entry} recorded, replacing an earlier entry for the same spec and role. */
    public ApprovalLock with(ApprovalEntry entry) {
        List<ApprovalEntry> next =
                new ArrayList<>(without(entry.spec(), entry.role()).entries());
        next.add(entry);
        return new ApprovalLock(next);
    }

    /** This lock without the entry for a spec and role. */
    public ApprovalLock without(String spec, String role) {
        return new ApprovalLock(
                entries.stream().filter(e -> !e.isFor(spec, role)).toList());
    }
}
