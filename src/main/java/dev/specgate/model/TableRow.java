package dev.specgate.model;

import java.util.List;

/** A table row (header or body) and the location of its first character. */
public record TableRow(SourceLocation location, List<TableCell> cells) {

    public TableRow {
        cells = List.copyOf(cells);
    }

    /** The cell at a 0-based index, or an empty cell at the row start when the row is short. */
    public TableCell cell(int index) {
        return index < cells.size() ? cells.get(index) : new TableCell("", location);
    }
}
