package dev.specgate.model;

import java.util.List;
import java.util.Locale;

/** A pipe table outside code: its header row and body rows. */
public record Table(SourceLocation location, TableRow header, List<TableRow> rows) {

    public Table {
        rows = List.copyOf(rows);
    }

    /** The 0-based index of the header column with this name (case-insensitive, trimmed), or -1. */
    public int columnIndex(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        List<TableCell> cells = header.cells();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).text().trim().toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
