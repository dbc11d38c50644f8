package dev.specgate.approval;

import dev.specgate.model.Table;
import dev.specgate.model.TableCell;
import dev.specgate.model.TableRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Fills cells of one sign-off table row in a spec's text, leaving every other character as it was (line endings
 * included). Cells are found through the parsed table's cell locations, never by re-reading the Markdown.
 */
public final class SignOffRowEditor {

    private SignOffRowEditor() {}

    /**
     * The text with the row's cells of the given columns set to the given values.
     *
     * @param text the spec's text as read (without a byte order mark), the text the table was parsed from
     * @param values column name ({@code Name}, {@code Status}, {@code Date}) to new cell text; a column the table
     *     does not have is left out
     * @throws IllegalArgumentException when the row lacks a cell of a column the table has
     */
    public static String fill(String text, Table table, TableRow row, Map<String, String> values) {
        List<Edit> edits = new ArrayList<>();
        for (Map.Entry<String, String> value : values.entrySet()) {
            int index = table.columnIndex(value.getKey());
            if (index < 0) {
                continue;
            }
            if (index >= row.cells().size()) {
                throw new IllegalArgumentException(
                        "the row on line " + row.location().line() + " has no \"" + value.getKey() + "\" cell");
            }
            edits.add(new Edit(row.cell(index), value.getValue()));
        }
        int lineNumber = row.location().line();
        int start = lineStart(text, lineNumber);
        int end = lineEnd(text, start);
        String line = text.substring(start, end);
        edits.sort(Comparator.comparingInt((Edit e) -> e.cell().location().column())
                .reversed());
        for (Edit edit : edits) {
            line = edit.apply(line);
        }
        return text.substring(0, start) + line + text.substring(end);
    }

    private static int lineStart(String text, int lineNumber) {
        int at = 0;
        for (int line = 1; line < lineNumber; line++) {
            int next = nextBreak(text, at);
            if (next < 0) {
                throw new IllegalArgumentException("the text has no line " + lineNumber);
            }
            at = next + (text.startsWith("\r\n", next) ? 2 : 1);
        }
        return at;
    }

    private static int lineEnd(String text, int start) {
        int next = nextBreak(text, start);
        return next < 0 ? text.length() : next;
    }

    private static int nextBreak(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    /** One cell's new text. */
    private record Edit(TableCell cell, String value) {

        String apply(String line) {
            int from = cell.location().column() - 1;
            if (!cell.text().isEmpty()) {
                return line.substring(0, from)
                        + value
                        + line.substring(from + cell.text().length());
            }
            // An empty cell: its location is just after the opening pipe; replace the blanks up to the next pipe.
            int to = from;
            while (to < line.length() && line.charAt(to) != '|') {
                to++;
            }
            String padded = to < line.length() ? " " + value + " " : " " + value;
            return line.substring(0, from) + padded + line.substring(to);
        }
    }
}
