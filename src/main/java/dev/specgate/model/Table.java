package dev.specgate.model;

import java.util.List;

/** A pipe table outside code: its header row and body rows. */
public record Table(SourceLocation location, TableRow header, List<TableRow> rows) {

    public Table {
        rows = List.copyOf(rows);
    }

    /**
     * The 0-based index of the header column with this name, or -1. Compared as {@link InlineText#key(String)}:
     * case, surrounding whitespace and emphasis ({@code **Role**}) do not matter.
     */
    public int columnIndex(String name) {
        String wanted = InlineText.key(name);
        List<TableCell> cells = header.cells();
        for (int i = 0; i < cells.size(); i++) {
            if (InlineText.key(cells.get(i).text()).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
