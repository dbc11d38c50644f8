package dev.specgate.rules;

import dev.specgate.model.InlineText;
import dev.specgate.model.Section;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.Table;
import dev.specgate.model.TableCell;
import dev.specgate.model.TableRow;
import dev.specgate.schema.Placeholders;
import dev.specgate.schema.SpecSchema;
import dev.specgate.schema.TableSpec;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code table-columns}: each template table (the sign-off table aside) has a counterpart in the same section of
 * the spec with the same columns (case-insensitive); columns whose template cells list options ({@code
 * High/Med/Low}) hold one of them, and a {@code Date} column holds real ISO dates. A cell still listing the options
 * as the template has it is a choice not yet made: the placeholder rule reports it, as it does other prompts.
 */
public final class TableColumnsRule implements Rule {

    public static final String ID = "table-columns";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Tables the template has are present with the template's columns and allowed values.";
    }

    @Override
    public void check(RuleContext context, FindingCollector out) {
        SpecDocument document = context.document();
        SpecSchema schema = context.schema();
        for (TableSpec spec : schema.tables()) {
            // a missing section is the required-section rule's finding; a pattern section may be repeated
            for (Section section : SectionLookup.findAll(document, schema.sections(), spec.sectionPath())) {
                check(document, section, spec, schema.placeholders(), out);
            }
        }
    }

    private static void check(
            SpecDocument document, Section section, TableSpec spec, Placeholders placeholders, FindingCollector out) {
        Optional<Table> table = bestMatch(document.tablesIn(section), spec);
        if (table.isEmpty()) {
            out.report(
                    section.location(),
                    "Missing table in \"" + section.displayPath() + "\": add a table with columns "
                            + String.join(" | ", spec.columns()),
                    spec.templateLine());
            return;
        }
        checkTable(table.get(), spec, section.displayPath(), placeholders, out);
    }

    /** The table sharing the most columns with the template's (the first on a tie). */
    private static Optional<Table> bestMatch(List<Table> tables, TableSpec spec) {
        return tables.stream()
                .max(Comparator.comparingInt((Table t) -> shared(t, spec))
                        .thenComparing(t -> -t.location().line()));
    }

    private static int shared(Table table, TableSpec spec) {
        return (int)
                spec.columns().stream().filter(c -> table.columnIndex(c) >= 0).count();
    }

    private static void checkTable(
            Table table, TableSpec spec, String sectionName, Placeholders placeholders, FindingCollector out) {
        for (String column : spec.columns()) {
            if (column.isBlank()) {
                continue;
            }
            int index = table.columnIndex(column);
            if (index < 0) {
                out.report(
                        table.location(),
                        "Table in \"" + sectionName + "\" has no \"" + column + "\" column",
                        spec.templateLine());
                continue;
            }
            List<String> options = allowed(spec, column);
            boolean dateColumn = column.strip().equalsIgnoreCase("date");
            for (TableRow row : table.rows()) {
                TableCell cell = row.cell(index);
                String value = InlineText.unwrap(cell.text());
                if (value.isEmpty() || placeholders.isPlaceholder(value)) {
                    continue; // unfilled cells are the placeholder rule's findings
                }
                if (!options.isEmpty() && options.stream().noneMatch(option -> allows(option, value))) {
                    out.report(
                            cell.location(),
                            "Column \"" + column + "\" has \"" + value + "\", expected one of: "
                                    + String.join(", ", options),
                            spec.templateLine());
                }
                if (dateColumn && !IsoDate.isRealDate(value)) {
                    out.report(
                            cell.location(),
                            "Column \"" + column + "\" has \"" + value + "\", not a real date in YYYY-MM-DD form");
                }
            }
        }
    }

    private static List<String> allowed(TableSpec spec, String column) {
        return spec.allowedValues().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(column))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(List.of());
    }

    /**
     * True when a cell value is an allowed option, or the word an option of three letters or more abbreviates:
     * {@code Medium} for {@code Med}.
     */
    static boolean allows(String option, String value) {
        String o = option.strip().toLowerCase(java.util.Locale.ROOT);
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        return v.equals(o) || o.length() >= 3 && v.startsWith(o) && v.chars().allMatch(Character::isLetter);
    }
}
