package dev.specgate.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One approval to record: {@code role} approves the current text of {@code specFile}.
 *
 * @param specFile the spec, absolute or relative to the base directory
 * @param role the sign-off role, one of the template's (compared case-insensitively)
 * @param approver who approves
 * @param date the day of the approval
 * @param updateTable also fill the role's row of the spec's sign-off table: name, {@code Approved}, date
 */
public record ApprovalRequest(Path specFile, String role, String approver, LocalDate date, boolean updateTable) {

    public ApprovalRequest {
        Objects.requireNonNull(specFile, "specFile");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(date, "date");
    }
}
