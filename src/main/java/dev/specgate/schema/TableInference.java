package dev.specgate.schema;

import dev.specgate.model.InlineText;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.Table;
import dev.specgate.model.TableRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Infers the tables a spec must have: every template table except the sign-off table (see {@link
 * SignOffInference}), with its columns and, where a template cell lists options ({@code High/Med/Low}), the values
 * that column allows.
 */
public final class TableInference {

    /** Two to eight short options separated by slashes, e.g. {@code High/Med/Low} or {@code Yes / No}. */
    private static final Pattern OPTIONS =
            Pattern.compile("\\p{L}[\\p{L}\\p{N} -]{0,24}(?:\\s*/\\s*\\p{L}[\\p{L}\\p{N} -]{0,24}){1,7}");

    private TableInference() {}

    public static List<TableSpec> infer(SpecDocument template) {
        List<TableSpec> specs = new ArrayList<>();
        for (Table table : template.tables()) {
            if (SignOffInference.isSignOffTable(table)) {
                continue;
            }
            List<String> columns = table.header().cells().stream()
                    .map(c -> InlineText.unwrap(c.text()))
                    .toList();
            List<String> path = TemplatePath.at(template, table.location().line());
            specs.add(new TableSpec(
                    path,
                    columns,
                    allowedValues(table, columns),
                    table.location().line()));
        }
        return List.copyOf(specs);
    }

    /**
     * The body cells of the template's tables (the sign-off table aside) that list their column's options: each asks
     * the author to choose one, so a spec that keeps such a cell as it is has a prompt left in.
     */
    static List<String> optionCells(SpecDocument template) {
        List<String> cells = new ArrayList<>();
        for (Table table : template.tables()) {
            if (SignOffInference.isSignOffTable(table)) {
                continue;
            }
            for (TableRow row : table.rows()) {
                row.cells().stream()
                        .map(c -> InlineText.unwrap(c.text()))
                        .filter(TableInference::listsOptions)
                        .forEach(cells::add);
            }
        }
        return cells;
    }

    /** A cell such as {@code High/Med/Low}: the values its column allows. */
    private static boolean listsOptions(String cell) {
        return OPTIONS.matcher(cell).matches() && !cell.equalsIgnoreCase("n/a");
    }

    private static Map<String, List<String>> allowedValues(Table table, List<String> columns) {
        Map<String, List<String>> allowed = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            List<String> options = new ArrayList<>();
            for (TableRow row : table.rows()) {
                String cell = InlineText.unwrap(row.cell(i).text());
                if (listsOptions(cell)) {
                    for (String option : cell.split("/")) {
                        String value = option.strip();
                        if (options.stream().noneMatch(value::equalsIgnoreCase)) {
                            options.add(value);
                        }
                    }
                }
            }
            if (!options.isEmpty() && !columns.get(i).isEmpty()) {
                allowed.put(columns.get(i), List.copyOf(options));
            }
        }
        return allowed;
    }
}
