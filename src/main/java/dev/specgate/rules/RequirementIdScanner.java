package dev.specgate.rules;

import dev.specgate.model.BlockKind;
import dev.specgate.model.Inline;
import dev.specgate.model.InlineKind;
import dev.specgate.model.InlineText;
import dev.specgate.model.Section;
import dev.specgate.model.SourceLocation;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.Table;
import dev.specgate.model.TableCell;
import dev.specgate.model.TableRow;
import dev.specgate.model.TextBlock;
import dev.specgate.schema.RequirementIdSpec;
import dev.specgate.schema.SectionSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds every token that looks like a requirement ID outside code: the prefix and a hyphen as a whole word, followed
 * by nothing or by word characters with at least one digit ({@code REQ-7a}, {@code FR-}; not {@code REQ-ID}). Only
 * prose and link text are read: never code, link targets, autolinks or HTML. An ID that opens a heading, paragraph,
 * list item or the first cell of a table row inside a definition section defines it.
 */
final class RequirementIdScanner {

    private static final Pattern FIXED_WIDTH = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)-\\\\d\\{(\\d)\\}");
    private static final Pattern ANY_NUMBER = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)-(?:\\[1-9\\]\\\\d\\*|\\\\d\\+)");

    private RequirementIdScanner() {}

    /**
     * Every ID-like token of the spec in document order; {@code sections} is the schema's section tree, through
     * which the definition sections are found (aliases and heading patterns count).
     */
    static List<IdOccurrence> scan(SpecDocument document, RequirementIdSpec spec, List<SectionSpec> sections) {
        Pattern token = Pattern.compile("(?<![\\p{L}\\p{N}_-])" + Pattern.quote(spec.prefix()) + "-[\\p{L}\\p{N}_]*");
        List<Section> definitionSections = definitionSections(document, spec, sections);
        Map<SourceLocation, TableRow> rowsByFirstCell = new HashMap<>();
        for (Table table : document.tables()) {
            for (TableRow row : table.rows()) {
                if (!row.cells().isEmpty()) {
                    rowsByFirstCell.put(row.cells().get(0).location(), row);
                }
            }
        }
        List<IdOccurrence> found = new ArrayList<>();
        String marker = spec.prefix() + "-";
        for (TextBlock block : document.blocks()) {
            if (block.kind() == BlockKind.HTML) {
                continue;
            }
            boolean first = true;
            for (Inline piece : block.inlines()) {
                boolean prose = piece.isProse() || piece.kind() == InlineKind.LINK_TEXT;
                // The plain search skips the regex on the many pieces that hold no ID at all.
                if (prose && piece.text().contains(marker)) {
                    Matcher m = token.matcher(piece.text());
                    while (m.find()) {
                        String tail = m.group().substring(spec.prefix().length() + 1);
                        if (!tail.isEmpty() && tail.chars().noneMatch(Character::isDigit)) {
                            continue; // "REQ-ID" or "FR-based" are words, not IDs
                        }
                        boolean leading =
                                first && piece.text().substring(0, m.start()).isBlank();
                        TableRow row = rowsByFirstCell.get(block.location());
                        boolean definition = leading
                                && (block.kind() != BlockKind.TABLE_CELL || row != null)
                                && inside(
                                        definitionSections,
                                        spec,
                                        piece.location().line());
                        String text = definition ? definitionText(block, piece, m.end(), row) : "";
                        boolean wellFormed = spec.pattern().matcher(m.group()).matches();
                        found.add(new IdOccurrence(m.group(), piece.at(m.start()), wellFormed, definition, text));
                    }
                }
                if (piece.kind() != InlineKind.HTML_COMMENT
                        && !(piece.isProse() && piece.text().isBlank())) {
                    first = false;
                }
            }
        }
        return found;
    }

    /** What a definition says: the rest of its block after the ID, or the other cells of its table row. */
    private static String definitionText(TextBlock block, Inline piece, int end, TableRow row) {
        if (row != null) {
            return row.cells().stream()
                    .skip(1)
                    .map(TableCell::text)
                    .map(InlineText::unwrap)
                    .filter(s -> !s.isEmpty())
                    .collect(Collectors.joining(" | "));
        }
        String visible = block.visibleText();
        String id = piece.text().substring(0, end).strip();
        int at = visible.indexOf(id);
        String rest = at >= 0 ? visible.substring(at + id.length()) : "";
        return rest.replaceFirst("^\\s*[:\\-–—]?\\s*", "").strip();
    }

    /** The spec sections matching the definition section paths (all of the document when none are given). */
    static List<Section> definitionSections(SpecDocument document, RequirementIdSpec spec, List<SectionSpec> sections) {
        return spec.definitionSections().stream()
                .flatMap(path -> SectionLookup.findAll(document, sections, path).stream())
                .distinct()
                .toList();
    }

    /** An example of a well-formed ID for messages ({@code REQ-001}, {@code FR-1}), or the pattern itself. */
    static String example(RequirementIdSpec spec) {
        String regex = spec.pattern().pattern();
        Matcher fixed = FIXED_WIDTH.matcher(regex);
        if (fixed.matches()) {
            return fixed.group(1) + "-" + "0".repeat(Integer.parseInt(fixed.group(2)) - 1) + "1";
        }
        Matcher any = ANY_NUMBER.matcher(regex);
        return any.matches() ? any.group(1) + "-1" : regex;
    }

    /** The definition section paths joined for messages: {@code "Requirements > Functional Requirements"}. */
    static String sectionNames(RequirementIdSpec spec) {
        return spec.definitionSections().stream()
                .map(p -> "\"" + String.join(" > ", p) + "\"")
                .collect(Collectors.joining(" or "));
    }

    private static boolean inside(List<Section> sections, RequirementIdSpec spec, int line) {
        return spec.definitionSections().isEmpty() || sections.stream().anyMatch(s -> s.contains(line));
    }
}
