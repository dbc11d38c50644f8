package dev.specgate.rules;

import dev.specgate.model.InlineText;
import dev.specgate.model.Section;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.Table;
import dev.specgate.model.TableCell;
import dev.specgate.model.TableRow;
import dev.specgate.schema.SignOffInference;
import dev.specgate.schema.SignOffSpec;
import dev.specgate.schema.SpecSchema;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a spec's sign-off table and its rows, as the sign-off rule reads them: the table with the most sign-off
 * columns in the template's sign-off section, else the first {@code Role | Name | Status | Date} table anywhere.
 */
public final class SignOffTable {

    /** The status of a row whose role signed off, as spec:approve writes it. */
    public static final String APPROVED = "Approved";

    /** What may follow a role's name in its cell: a qualifier in parentheses, or after a colon, comma, slash or dash. */
    private static final Pattern QUALIFIER = Pattern.compile("\\s*[(:,/\\-–—].*");

    private SignOffTable() {}

    /** The spec's sign-off table; empty when the schema has no sign-off rule or the spec no such table. */
    public static Optional<Table> find(SpecDocument document, SpecSchema schema) {
        if (schema.signOff().isEmpty()) {
            return Optional.empty();
        }
        return find(document, schema, schema.signOff().get());
    }

    private static Optional<Table> find(SpecDocument document, SpecSchema schema, SignOffSpec spec) {
        Optional<Section> section = SectionLookup.find(document, schema.sections(), spec.sectionPath());
        return section.isPresent()
                ? bestTable(document.tablesIn(section.get()))
                : document.tables().stream()
                        .filter(SignOffInference::isSignOffTable)
                        .findFirst();
    }

    /** The first row whose role cell names the role ({@code Security (AppSec)} names {@code Security}). */
    public static Optional<TableRow> row(Table table, String role) {
        return table.rows().stream()
                .filter(row -> sameRole(roleOf(table, row), role))
                .findFirst();
    }

    /** The row's role as written, without emphasis; empty when the table has no Role column. */
    public static String roleOf(Table table, TableRow row) {
        return InlineText.unwrap(cell(table, row, "Role").text());
    }

    /** The row's status as written, without emphasis; empty when the table has no Status column. */
    public static String statusOf(Table table, TableRow row) {
        return InlineText.unwrap(cell(table, row, "Status").text());
    }

    /** The row's cell in a column, or an empty cell at the row start when the table lacks the column. */
    static TableCell cell(Table table, TableRow row, String column) {
        int index = table.columnIndex(column);
        return index < 0 ? new TableCell("", row.location()) : row.cell(index);
    }

    /**
     * True when a role cell names the role, possibly with a qualifier: {@code Security (AppSec)}; case and surrounding
     * whitespace do not count. The one comparison of a row's role with a template's or a recorded one.
     */
    public static boolean sameRole(String cell, String role) {
        String c = cell.strip().toLowerCase(Locale.ROOT);
        String r = role.strip().toLowerCase(Locale.ROOT);
        return c.equals(r)
                || c.startsWith(r) && QUALIFIER.matcher(c.substring(r.length())).matches();
    }

    /** True when a sign-off status cell says {@code Rejected} (in any case): the role objected. */
    public static boolean isRejected(String status) {
        return "Rejected".equalsIgnoreCase(status.strip());
    }

    /** True when a sign-off status cell says {@value #APPROVED} (in any case). */
    public static boolean isApproved(String status) {
        return APPROVED.equalsIgnoreCase(status.strip());
    }

    /** The table with the most sign-off columns (at least one). */
    private static Optional<Table> bestTable(List<Table> tables) {
        return tables.stream()
                .filter(t -> columnCount(t) > 0)
                .max(Comparator.comparingInt(SignOffTable::columnCount)
                        .thenComparing(t -> -t.location().line()));
    }

    private static int columnCount(Table table) {
        return (int) SignOffInference.COLUMNS.stream()
                .filter(c -> table.columnIndex(c) >= 0)
                .count();
    }
}
