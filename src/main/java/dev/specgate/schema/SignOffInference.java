package dev.specgate.schema;

import dev.specgate.model.InlineText;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.Table;
import dev.specgate.model.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Infers the sign-off rule from the template's {@code Role | Name | Status | Date} table (columns in any order,
 * case-insensitive): its non-placeholder role rows are required roles, a placeholder role row ({@code
 * [Stakeholder]}) allows extra roles.
 */
public final class SignOffInference {

    /** The sign-off statuses every sign-off table accepts. */
    public static final List<String> DEFAULT_STATUSES = List.of("Approved", "Pending", "Rejected");

    /** The columns a sign-off table has. */
    public static final List<String> COLUMNS = List.of("Role", "Name", "Status", "Date");

    private SignOffInference() {}

    /** True when the table has all four sign-off columns. */
    public static boolean isSignOffTable(Table table) {
        return COLUMNS.stream().allMatch(c -> table.columnIndex(c) >= 0);
    }

    /** The sign-off rule of a template, with the template's own placeholders. */
    public static Optional<SignOffSpec> infer(SpecDocument template) {
        return infer(template, Placeholders.learn(template));
    }

    public static Optional<SignOffSpec> infer(SpecDocument template, Placeholders placeholders) {
        return template.tables().stream()
                .filter(SignOffInference::isSignOffTable)
                .findFirst()
                .map(table -> toSpec(template, table, placeholders));
    }

    private static SignOffSpec toSpec(SpecDocument template, Table table, Placeholders placeholders) {
        int role = table.columnIndex("Role");
        int status = table.columnIndex("Status");
        List<String> required = new ArrayList<>();
        boolean extraAllowed = false;
        List<String> statuses = new ArrayList<>(DEFAULT_STATUSES);
        for (TableRow row : table.rows()) {
            String roleText = InlineText.unwrap(row.cell(role).text());
            if (placeholders.isPlaceholder(roleText)) {
                extraAllowed = true;
            } else if (!roleText.isEmpty()) {
                required.add(roleText);
            }
            String statusText = InlineText.unwrap(row.cell(status).text());
            if (!statusText.isEmpty()
                    && !placeholders.isPlaceholder(statusText)
                    && statuses.stream().noneMatch(s -> s.equalsIgnoreCase(statusText))) {
                statuses.add(statusText);
            }
        }
        List<String> path = TemplatePath.at(template, table.location().line());
        return new SignOffSpec(
                path, required, extraAllowed, statuses, table.location().line());
    }
}
