package dev.specgate.schema;

import java.util.List;
import java.util.Map;

/**
 * A table the template has under a heading: the spec must have a table there with these columns.
 *
 * @param sectionPath heading path of the section holding the table
 * @param columns the header cells, in template order and spelling (compared case-insensitively)
 * @param allowedValues for columns whose template cells list options ({@code High/Med/Low}), the options
 * @param templateLine the template line of the table header
 */
public record TableSpec(
        List<String> sectionPath, List<String> columns, Map<String, List<String>> allowedValues, int templateLine) {

    public TableSpec {
        sectionPath = List.copyOf(sectionPath);
        columns = List.copyOf(columns);
        allowedValues = Map.copyOf(allowedValues);
    }
}
