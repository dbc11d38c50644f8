package dev.specgate.approval;

import dev.specgate.model.LineKind;
import dev.specgate.model.MetadataEntry;
import dev.specgate.model.Section;
import dev.specgate.model.SourceLine;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an approval covers: a spec's text without its sign-off table and without the metadata lines that change when
 * a spec is approved (status and dates), with whitespace normalised. Line endings and a byte order mark are gone
 * already in the parsed lines; trailing whitespace is dropped, runs of spaces and tabs inside a line (after its
 * indentation, outside code blocks) count as one space, and runs of blank lines as one, with none at the start or
 * end of a section. Any other edit, one word in one section, changes the hash of that section and of the whole.
 */
public final class ApprovableContent {

    private ApprovableContent() {}

    /**
     * Hashes the approvable content of a parsed spec.
     *
     * @param document the parsed spec
     * @param signOffTable the spec's sign-off table, left out (every line from its header to its last row)
     * @param stamps the metadata entries that change on approval (status, dates), whose lines are left out
     */
    public static ContentHashes of(
            SpecDocument document, Optional<Table> signOffTable, Collection<MetadataEntry> stamps) {
        Set<Integer> excluded = new HashSet<>();
        signOffTable.ifPresent(table -> {
            int last = table.rows().isEmpty()
                    ? table.header().location().line()
                    : table.rows().get(table.rows().size() - 1).location().line();
            for (int line = table.location().line(); line <= last; line++) {
                excluded.add(line);
            }
        });
        stamps.forEach(entry -> excluded.add(entry.keyLocation().line()));

        Map<String, String> units = new LinkedHashMap<>();
        List<Section> sections = document.allSections();
        int firstSection =
                sections.isEmpty() ? document.lineCount() + 1 : sections.get(0).line();
        units.put(ContentHashes.PREAMBLE, normalise(document, 1, firstSection - 1, excluded));
        Map<String, Integer> seen = new HashMap<>();
        for (Section section : sections) {
            String key = section.displayPath();
            int n = seen.merge(key, 1, Integer::sum);
            units.put(
                    n == 1 ? key : key + " (" + n + ")",
                    normalise(document, section.line(), section.bodyEndLine(), excluded));
        }

        StringBuilder whole = new StringBuilder();
        Map<String, String> hashes = new LinkedHashMap<>();
        units.forEach((key, text) -> {
            whole.append(text).append('\u0000');
            hashes.put(key, sha256(text).substring(0, 16));
        });
        return new ContentHashes("sha256:" + sha256(whole.toString()), hashes);
    }

    /** Lines {@code from} to {@code to} (1-based, inclusive) as normalised text. */
    private static String normalise(SpecDocument document, int from, int to, Set<Integer> excluded) {
        List<String> kept = new ArrayList<>();
        for (int number = from; number <= to; number++) {
            if (excluded.contains(number)) {
                continue;
            }
            String text = normaliseLine(document.line(number));
            boolean blank = text.isEmpty();
            if (blank && (kept.isEmpty() || kept.get(kept.size() - 1).isEmpty())) {
                continue;
            }
            kept.add(text);
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        return String.join("\n", kept);
    }

    private static String normaliseLine(SourceLine line) {
        String text = line.text().stripTrailing();
        if (line.kind() == LineKind.CODE) {
            return text;
        }
        int indent = 0;
        while (indent < text.length() && (text.charAt(indent) == ' ' || text.charAt(indent) == '\t')) {
            indent++;
        }
        StringBuilder out = new StringBuilder(text.substring(0, indent));
        boolean space = false;
        for (int i = indent; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
