package dev.specgate.parse;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.specgate.model.Inline;
import dev.specgate.model.InlineKind;
import dev.specgate.model.Table;
import dev.specgate.model.TableRow;
import java.util.ArrayList;
import java.util.List;

/** Reads a flexmark table block into a {@link Table} with cell locations. */
final class TableReader {

    private final LineIndex index;
    private final InlineCollector inlines;

    TableReader(LineIndex index, InlineCollector inlines) {
        this.index = index;
        this.inlines = inlines;
    }

    Table read(TableBlock block) {
        List<TableRow> head = new ArrayList<>();
        List<TableRow> body = new ArrayList<>();
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableHead) {
                rows(section, head);
            } else if (section instanceof TableBody) {
                rows(section, body);
            }
        }
        TableRow header =
                head.isEmpty() ? new TableRow(index.location(block.getStartOffset()), List.of()) : head.get(0);
        return new Table(index.location(block.getStartOffset()), header, body);
    }

    private void rows(Node section, List<TableRow> into) {
        for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
            List<dev.specgate.model.TableCell> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (cell instanceof TableCell tableCell) {
                    cells.add(cell(tableCell));
                }
            }
            into.add(new TableRow(index.location(row.getStartOffset()), cells));
        }
    }

    private dev.specgate.model.TableCell cell(TableCell cell) {
        BasedSequence text = cell.getText();
        String raw = index.string(text);
        String trimmed = raw.strip();
        if (trimmed.isEmpty()) {
            int at = cell.getOpeningMarker().isNotNull()
                            && !cell.getOpeningMarker().isEmpty()
                    ? cell.getOpeningMarker().getEndOffset()
                    : cell.getStartOffset();
            return new dev.specgate.model.TableCell("", index.location(at), List.of());
        }
        int lead = raw.indexOf(trimmed.charAt(0));
        List<Inline> content = inlines.collect(cell).stream()
                .filter(i -> !(i.kind() == InlineKind.TEXT && i.text().isEmpty()))
                .toList();
        return new dev.specgate.model.TableCell(trimmed, index.location(text.getStartOffset() + lead), content);
    }
}
