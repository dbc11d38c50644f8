package dev.specgate.parse;

import dev.specgate.model.LineKind;
import dev.specgate.model.MetadataEntry;
import dev.specgate.model.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gathers metadata entries from the places a spec keeps them (front matter, a Metadata section, the first
 * {@code **Key**: value} block) and marks their lines {@link LineKind#METADATA}.
 */
final class MetadataCollector {

    private final List<MetadataEntry> entries = new ArrayList<>();
    private boolean boldBlockSeen;

    List<MetadataEntry> entries() {
        return entries;
    }

    /** True once a {@code **Key**: value} block was taken: only the first such block is metadata. */
    boolean boldBlockTaken() {
        return boldBlockSeen;
    }

    void collectFrontMatter(List<SourceLine> lines) {
        for (SourceLine line : lines) {
            boolean topLevel = !line.text().isEmpty()
                    && !Character.isWhitespace(line.text().charAt(0));
            if (topLevel && !line.text().startsWith("---") && !line.text().startsWith("-")) {
                KeyValueLine.plain(line).ifPresent(entries::add);
            }
        }
    }

    /** {@code key: value} lines (plain or bold) of a Metadata section. */
    void collectPlain(List<SourceLine> lines, LineKind[] kinds) {
        collect(lines, kinds, true);
    }

    /** The first block of {@code **Key**: value} lines, before or at the start of the first section. */
    void collectBoldBlock(List<SourceLine> lines, LineKind[] kinds) {
        if (!lines.isEmpty() && KeyValueLine.bold(lines.get(0)).isPresent()) {
            boldBlockSeen = true;
            collect(lines, kinds, false);
        }
    }

    private void collect(List<SourceLine> lines, LineKind[] kinds, boolean plain) {
        for (SourceLine line : lines) {
            if (line.kind() == LineKind.CODE || line.kind() == LineKind.TABLE_ROW) {
                continue;
            }
            Optional<MetadataEntry> entry = plain ? KeyValueLine.plain(line) : KeyValueLine.bold(line);
            entry.ifPresent(e -> {
                entries.add(e);
                kinds[line.number() - 1] = LineKind.METADATA;
            });
        }
    }
}
