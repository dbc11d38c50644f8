package dev.specgate.rules;

import dev.specgate.approval.ApprovalEntry;
import dev.specgate.approval.ContentHashes;
import dev.specgate.model.Severity;
import dev.specgate.model.SourceLocation;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.Table;
import dev.specgate.model.TableCell;
import dev.specgate.model.TableRow;
import dev.specgate.schema.SpecSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code approval-drift}: every sign-off row that says Approved has an approval recorded by {@code spec:approve} in
 * the spec set's lock file, and the spec's approvable content ({@link ApprovalScope}) still has the hash that was
 * approved. A recorded approval whose row is no longer Approved, or gone, is stale: reported as a warning. Active only
 * for a spec set whose lock file exists (it may be empty): without one, the set has not started recording approvals.
 */
public final class ApprovalDriftRule implements Rule {

    public static final String ID = "approval-drift";

    private final ApprovalInputs inputs;

    /** With no lock file: checks nothing. */
    public ApprovalDriftRule() {
        this(ApprovalInputs.NONE);
    }

    /** With a spec set's recorded approvals. */
    public ApprovalDriftRule(ApprovalInputs inputs) {
        this.inputs = inputs;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Every Approved sign-off has an approval recorded by spec:approve for the spec's current text.";
    }

    @Override
    public void check(RuleContext context, FindingCollector out) {
        SpecDocument document = context.document();
        SpecSchema schema = context.schema();
        if (inputs.lock().isEmpty() || schema.signOff().isEmpty() || inputs.exempts(context.status())) {
            return;
        }
        List<ApprovalEntry> recorded = inputs.lock().get().of(inputs.specKey(document.path()));
        Optional<Table> table = context.signOffTable();
        if (table.isEmpty() || table.get().columnIndex("Status") < 0) {
            String why = table.isEmpty() ? "the spec has no sign-off table" : "the sign-off table has no Status column";
            SourceLocation at = table.map(Table::location).orElse(SourceLocation.of(1, 1));
            recorded.forEach(entry -> reportStale(document, entry, at, why, out));
            return;
        }
        new TableCheck(document, schema, table.get(), recorded, out).run();
    }

    /**
     * True when the spec has a sign-off row saying Approved that the rule would check if the set had a lock file:
     * what tells a set without one that its approvals are not bound to their text.
     */
    public static boolean hasApprovedRow(RuleContext context, ApprovalInputs inputs) {
        SpecSchema schema = context.schema();
        if (schema.signOff().isEmpty() || inputs.exempts(context.status())) {
            return false;
        }
        return context.signOffTable().stream().anyMatch(table -> table.rows().stream()
                .anyMatch(row -> isChecked(SignOffTable.roleOf(table, row), schema)
                        && SignOffTable.isApproved(SignOffTable.statusOf(table, row))));
    }

    /** A row with a real role (not empty, not the template's prompt) is checked. */
    private static boolean isChecked(String role, SpecSchema schema) {
        return !role.isEmpty() && !schema.placeholders().isPlaceholder(role);
    }

    private void reportStale(
            SpecDocument document, ApprovalEntry entry, SourceLocation at, String why, FindingCollector out) {
        out.reportAtMost(
                Severity.WARNING,
                at,
                "Recorded approval of " + entry.role() + " on " + entry.date() + " is stale: " + why
                        + "; remove it from " + inputs.lockFile() + " with mvn spec:approve -Dspec.file="
                        + document.path() + " -Dspec.role=" + quoted(entry.role()) + " -Dspec.revoke");
    }

    private static String quoted(String role) {
        return role.contains(" ") ? "\"" + role + "\"" : role;
    }

    /** The checks on one spec's sign-off table. */
    private final class TableCheck {
        private final SpecDocument document;
        private final SpecSchema schema;
        private final Table table;
        private final List<ApprovalEntry> recorded;
        private final FindingCollector out;
        private ContentHashes current;

        TableCheck(
                SpecDocument document,
                SpecSchema schema,
                Table table,
                List<ApprovalEntry> recorded,
                FindingCollector out) {
            this.document = document;
            this.schema = schema;
            this.table = table;
            this.recorded = recorded;
            this.out = out;
        }

        void run() {
            List<ApprovalEntry> matched = new ArrayList<>();
            for (TableRow row : table.rows()) {
                String role = SignOffTable.roleOf(table, row);
                if (!isChecked(role, schema)) {
                    continue;
                }
                Optional<ApprovalEntry> entry = recorded.stream()
                        .filter(e -> !matched.contains(e) && SignOffTable.sameRole(role, e.role()))
                        .findFirst();
                entry.ifPresent(matched::add);
                TableCell status = SignOffTable.cell(table, row, "Status");
                if (SignOffTable.isApproved(SignOffTable.statusOf(table, row))) {
                    checkApproved(role, SignOffTable.cell(table, row, "Role").location(), entry);
                } else {
                    entry.ifPresent(
                            e -> reportStale(document, e, status.location(), "the row is no longer Approved", out));
                }
            }
            recorded.stream()
                    .filter(e -> !matched.contains(e))
                    .forEach(e ->
                            reportStale(document, e, table.location(), "the sign-off table has no row for it", out));
        }

        private void checkApproved(String role, SourceLocation at, Optional<ApprovalEntry> entry) {
            if (entry.isEmpty()) {
                out.report(
                        at,
                        role + " is Approved but has no recorded approval: run mvn spec:approve -Dspec.file="
                                + document.path() + " -Dspec.role=" + quoted(role));
                return;
            }
            if (current == null) {
                current = ApprovalScope.hashes(document, schema, Optional.of(table));
            }
            ContentHashes approved = entry.get().hashes();
            if (current.whole().equals(approved.whole())) {
                return;
            }
            List<String> changed = current.changedSince(approved);
            String what = changed.isEmpty() ? "the order of the sections" : names(changed);
            out.report(at, role + " approved on " + entry.get().date() + ", but " + what + " changed since");
        }
    }

    /** {@code "A"}, {@code "A" and "B"}, {@code "A", "B" and "C"}. */
    private static String names(List<String> sections) {
        List<String> shown = sections.stream()
                .map(s -> s.equals(ContentHashes.PREAMBLE) ? "the text before the first section" : "\"" + s + "\"")
                .toList();
        if (shown.size() == 1) {
            return shown.get(0);
        }
        return String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
    }
}
