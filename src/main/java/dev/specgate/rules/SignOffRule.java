package dev.specgate.rules;

import dev.specgate.model.InlineText;
import dev.specgate.model.MetadataEntry;
import dev.specgate.model.Section;
import dev.specgate.model.SourceLocation;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.Table;
import dev.specgate.model.TableCell;
import dev.specgate.model.TableRow;
import dev.specgate.schema.Placeholders;
import dev.specgate.schema.SignOffInference;
import dev.specgate.schema.SignOffSpec;
import dev.specgate.schema.SpecSchema;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code sign-off}: the spec has the template's sign-off table with every required role, real past dates and known
 * statuses; no sign-off is Rejected; and once the spec's status is approved, every required role has Approved it
 * with a name and a date.
 */
public final class SignOffRule implements Rule {

    public static final String ID = "sign-off";

    private final Clock clock;

    public SignOffRule() {
        this(Clock.systemDefaultZone());
    }

    /** With the clock that says what "today" is (dates after it lie in the future). */
    public SignOffRule(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The sign-off table has every required role, real dates, and approvals matching the spec's status.";
    }

    @Override
    public void check(RuleContext context, FindingCollector out) {
        SpecDocument document = context.document();
        SpecSchema schema = context.schema();
        if (schema.signOff().isEmpty()) {
            return;
        }
        SignOffSpec spec = schema.signOff().get();
        Optional<Table> table = context.signOffTable();
        if (table.isEmpty()) {
            SourceLocation at = SectionLookup.find(document, schema.sections(), spec.sectionPath())
                    .map(Section::location)
                    .orElseGet(() -> SourceLocation.of(
                            spec.sectionPath().isEmpty()
                                    ? Math.max(1, document.lineCount())
                                    : SectionLookup.insertionLine(document, schema, spec.sectionPath()),
                            1));
            String where = spec.sectionPath().isEmpty() ? "" : " in \"" + String.join(" > ", spec.sectionPath()) + "\"";
            out.report(
                    at,
                    "Missing sign-off table" + where + ": add a table with columns Role | Name | Status | Date",
                    spec.templateLine());
            return;
        }
        new SignOffTableCheck(spec, schema.placeholders(), table.get(), context.approvedStatus(), today(), out).run();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The checks on one sign-off table. */
    private record SignOffTableCheck(
            SignOffSpec spec,
            Placeholders placeholders,
            Table table,
            Optional<MetadataEntry> approvedStatus,
            LocalDate today,
            FindingCollector out) {

        void run() {
            List<String> missingColumns = new ArrayList<>();
            for (String column : SignOffInference.COLUMNS) {
                if (table.columnIndex(column) < 0) {
                    missingColumns.add(column);
                    out.report(
                            table.location(), "Sign-off table has no \"" + column + "\" column", spec.templateLine());
                }
            }
            if (missingColumns.contains("Role")) {
                return;
            }
            List<String> seen = new ArrayList<>();
            for (TableRow row : table.rows()) {
                String role = InlineText.unwrap(cell(row, "Role").text());
                if (role.isEmpty() || placeholders.isPlaceholder(role)) {
                    continue; // an unfilled example row is the placeholder rule's finding
                }
                seen.add(role);
                checkRole(role, row);
                checkRow(role, row);
            }
            for (String required : spec.requiredRoles()) {
                if (seen.stream().noneMatch(role -> SignOffTable.sameRole(role, required))) {
                    out.report(
                            table.location(),
                            "Sign-off table has no row for \"" + required + "\"",
                            spec.templateLine());
                }
            }
        }

        private void checkRole(String role, TableRow row) {
            boolean required = spec.requiredRoles().stream().anyMatch(r -> SignOffTable.sameRole(role, r));
            if (!required && !spec.extraRolesAllowed()) {
                out.report(
                        cell(row, "Role").location(),
                        "Sign-off role \"" + role + "\" is not in the template: use one of "
                                + String.join(", ", spec.requiredRoles()));
            }
        }

        private void checkRow(String role, TableRow row) {
            new SignOffRowCheck(
                            spec,
                            placeholders,
                            role,
                            cell(row, "Role"),
                            optionalCell(row, "Name"),
                            optionalCell(row, "Status"),
                            optionalCell(row, "Date"),
                            approvedStatus,
                            today,
                            out)
                    .run();
        }

        private Optional<TableCell> optionalCell(TableRow row, String column) {
            int index = table.columnIndex(column);
            return index < 0 ? Optional.empty() : Optional.of(row.cell(index));
        }

        private TableCell cell(TableRow row, String column) {
            int index = table.columnIndex(column);
            return index < 0 ? new TableCell("", row.location()) : row.cell(index);
        }
    }
}
