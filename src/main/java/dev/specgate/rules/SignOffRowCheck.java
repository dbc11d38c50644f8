package dev.specgate.rules;

import dev.specgate.model.InlineText;
import dev.specgate.model.MetadataEntry;
import dev.specgate.model.TableCell;
import dev.specgate.schema.Placeholders;
import dev.specgate.schema.SignOffSpec;
import java.time.LocalDate;
import java.util.Optional;

/** The checks on one filled-in row of a sign-off table; a column the table lacks is not checked. */
record SignOffRowCheck(
        SignOffSpec spec,
        Placeholders placeholders,
        String role,
        TableCell roleCell,
        Optional<TableCell> name,
        Optional<TableCell> status,
        Optional<TableCell> date,
        Optional<MetadataEntry> approvedStatus,
        LocalDate today,
        FindingCollector out) {

    void run() {
        String statusText = status.map(c -> InlineText.unwrap(c.text())).orElse("");
        boolean statusKnown = status.isEmpty() || checkStatus(statusText);
        boolean approved = SignOffTable.isApproved(statusText);
        if (approved) {
            name.ifPresent(c -> requireFilled(c, "name"));
            date.ifPresent(c -> requireFilled(c, "date"));
        }
        date.ifPresent(this::checkDate);
        boolean required = spec.requiredRoles().stream().anyMatch(r -> SignOffTable.sameRole(role, r));
        boolean rejected = SignOffTable.isRejected(statusText);
        if (approvedStatus.isPresent() && required && status.isPresent() && statusKnown && !approved && !rejected) {
            String shown = statusText.isEmpty() ? "no status" : statusText;
            out.report(
                    roleCell.location(),
                    "Status is " + DocumentStatus.value(approvedStatus.get()) + " but \"" + role
                            + "\" has not signed off (" + shown + ")");
        }
    }

    /** Reports an empty, unknown or Rejected status; true when the status is one of the allowed ones. */
    private boolean checkStatus(String statusText) {
        TableCell cell = status.orElseThrow();
        if (placeholders.isPlaceholder(statusText)) {
            return true; // the placeholder rule reports it; an approved spec still reports "has not signed off"
        }
        String allowed = String.join(", ", spec.allowedStatuses());
        if (statusText.isEmpty()) {
            out.report(cell.location(), "Sign-off of \"" + role + "\" has no status, expected one of: " + allowed);
            return false;
        }
        if (spec.allowedStatuses().stream().noneMatch(statusText::equalsIgnoreCase)) {
            out.report(
                    cell.location(),
                    "Sign-off of \"" + role + "\" has \"" + statusText + "\", expected one of: " + allowed);
            return false;
        }
        if (SignOffTable.isRejected(statusText)) {
            out.report(
                    cell.location(),
                    "Sign-off of \"" + role + "\" is Rejected: address the objection and get a new sign-off");
        }
        return true;
    }

    private void requireFilled(TableCell cell, String what) {
        String text = InlineText.unwrap(cell.text());
        if (text.isEmpty()) {
            out.report(cell.location(), "Sign-off of \"" + role + "\" is Approved but has no " + what);
        } else if (placeholders.isPlaceholder(text)) {
            out.report(
                    cell.location(),
                    "Sign-off of \"" + role + "\" is Approved but the " + what + " is still \"" + text + "\"");
        }
    }

    private void checkDate(TableCell cell) {
        String text = InlineText.unwrap(cell.text());
        if (text.isEmpty() || placeholders.isPlaceholder(text)) {
            return;
        }
        if (!IsoDate.isRealDate(text)) {
            out.report(
                    cell.location(),
                    "Sign-off of \"" + role + "\" has date \"" + text + "\", not a real date in YYYY-MM-DD form");
        } else if (LocalDate.parse(text).isAfter(today)) {
            out.report(
                    cell.location(),
                    "Sign-off of \"" + role + "\" has date \"" + text + "\", which lies in the future");
        }
    }
}
