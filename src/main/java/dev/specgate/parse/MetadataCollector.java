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
        boolean optionalFromHere = false;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String text = line.text();
            boolean topLevel = !text.isEmpty() && !Character.isWhitespace(text.charAt(0));
            if (topLevel && text.startsWith("#")) {
                optionalFromHere |= saysOptional(text);
            } else if (topLevel && !text.startsWith("---") && !text.startsWith("-")) {
                boolean optional = optionalFromHere || saysOptional(trailingComment(text));
                boolean nested =
                        i + 1 < lines.size() && isNested(lines.get(i + 1).text());
                String folded = foldedContinuation(lines, i);
                KeyValueLine.plain(line).ifPresent(e -> {
                    String value = yamlScalar(e.value() + folded);
                    boolean optionalPrompt = value.startsWith("(") && value.endsWith(")") && saysOptional(value);
                    MetadataEntry entry = nested && value.isEmpty() && folded.isEmpty()
                            ? new MetadataEntry(e.key(), "(nested)", e.keyLocation(), e.valueLocation())
                            : new MetadataEntry(e.key(), value, e.keyLocation(), e.valueLocation());
                    // a field with no value (YAML null) asks for nothing: one filled in later, or left as it is
                    entries.add(optional || optionalPrompt || value.isEmpty() ? entry.asOptional() : entry);
                });
            }
        }
    }

    /**
     * The indented lines that continue a plain scalar ({@code key: (optional - fill this in if}, then
     * {@code   it applies)}), joined after a space each; empty when the value is empty (a nested mapping or list
     * follows) or the next line is not a continuation.
     */
    private static String foldedContinuation(List<SourceLine> lines, int i) {
        StringBuilder folded = new StringBuilder();
        Optional<MetadataEntry> entry = KeyValueLine.plain(lines.get(i));
        if (entry.isEmpty()
                || entry.get().value().isBlank()
                || entry.get().value().strip().startsWith("#")) {
            return "";
        }
        for (int k = i + 1; k < lines.size(); k++) {
            String next = lines.get(k).text();
            String stripped = next.strip();
            if (next.isBlank()
                    || !Character.isWhitespace(next.charAt(0))
                    || stripped.startsWith("- ")
                    || stripped.startsWith("#")
                    || KeyValueLine.plain(lines.get(k)).isPresent()) {
                break;
            }
            folded.append(' ').append(stripped);
        }
        return folded.toString();
    }

    /** A YAML comment, or a value prompt in parentheses, that marks fields optional or removable. */
    private static boolean saysOptional(String comment) {
        String c = comment.toLowerCase(java.util.Locale.ROOT);
        return c.contains("optional") || c.contains("remove");
    }

    private static String trailingComment(String text) {
        int hash = text.indexOf(" #");
        return hash < 0 ? "" : text.substring(hash);
    }

    /** The next line continues a value: an indented line or a block list item. */
    private static boolean isNested(String next) {
        return !next.isBlank() && (Character.isWhitespace(next.charAt(0)) || next.startsWith("- "));
    }

    /** A YAML scalar without surrounding quotes and without a trailing comment. */
    private static String yamlScalar(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        if (v.startsWith("#")) {
            return ""; // key: # a comment, no value
        }
        int hash = v.indexOf(" #");
        return hash < 0 ? v : v.substring(0, hash).strip();
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
