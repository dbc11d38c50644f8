package dev.specgate.rules;

import dev.specgate.model.LineKind;
import dev.specgate.model.Section;
import dev.specgate.model.SourceLine;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.TableCell;
import dev.specgate.model.TableRow;
import dev.specgate.schema.PlaceholderValue;
import dev.specgate.schema.RequirementIdSpec;
import dev.specgate.schema.SectionSpec;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds every token that looks like a requirement ID outside code: the prefix and a hyphen as a whole word, followed
 * by nothing or by word characters with at least one digit ({@code REQ-7a}, {@code FR-}; not {@code REQ-ID}). Code
 * blocks, inline code, link targets and URLs are never read.
 */
final class RequirementIdScanner {

    private static final Set<LineKind> READ =
            EnumSet.of(LineKind.TEXT, LineKind.LIST_ITEM, LineKind.TABLE_ROW, LineKind.HEADING, LineKind.METADATA);
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
    private static final Pattern URL =
            Pattern.compile("<[A-Za-z][A-Za-z0-9+.-]*:[^>\\s]*>|(?i)\\b(?:https?|ftp)://\\S+");
    private static final Pattern LIST_START =
            Pattern.compile("\\s*(?:>\\s*)*(?:[-*+]|\\d{1,9}[.)])\\s+(?:\\[[ xX]\\]\\s+)?(?:\\*\\*|__)?");
    private static final Pattern CELL_START = Pattern.compile("\\s*\\|?\\s*(?:\\*\\*|__)?");
    private static final Pattern HEADING_START = Pattern.compile("\\s*(?:#{1,6}\\s+)?(?:\\*\\*|__)?");
    private static final Pattern PARAGRAPH_START = Pattern.compile("(?:\\*\\*|__)?");
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
        List<IdOccurrence> found = new ArrayList<>();
        String marker = spec.prefix() + "-";
        for (SourceLine line : document.lines()) {
            // The plain search skips the regex masking on the many lines that hold no ID at all.
            if (!READ.contains(line.kind()) || !line.text().contains(marker)) {
                continue;
            }
            String masked = mask(line.text());
            Matcher m = token.matcher(masked);
            while (m.find()) {
                String tail = m.group().substring(spec.prefix().length() + 1);
                if (!tail.isEmpty() && tail.chars().noneMatch(Character::isDigit)) {
                    continue; // "REQ-ID" or "FR-based" are words, not IDs
                }
                boolean wellFormed = spec.pattern().matcher(m.group()).matches();
                boolean definition = inside(definitionSections, spec, line.number())
                        && startsDefinition(document, line, masked.substring(0, m.start()));
                String text = definition ? text(document, line, m.end()) : "";
                found.add(new IdOccurrence(m.group(), line.at(m.start()), wellFormed, definition, text));
            }
        }
        return found;
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

    private static boolean startsDefinition(SpecDocument document, SourceLine line, String before) {
        return switch (line.kind()) {
            case LIST_ITEM -> LIST_START.matcher(before).matches();
            case TABLE_ROW -> CELL_START.matcher(before).matches();
            case HEADING -> HEADING_START.matcher(before).matches();
            case TEXT ->
                startsParagraph(document, line)
                        && PARAGRAPH_START.matcher(before).matches();
            default -> false;
        };
    }

    private static boolean startsParagraph(SpecDocument document, SourceLine line) {
        if (line.number() == 1) {
            return true;
        }
        LineKind previous = document.line(line.number() - 1).kind();
        return previous == LineKind.BLANK || previous == LineKind.HEADING || previous == LineKind.THEMATIC_BREAK;
    }

    private static String text(SpecDocument document, SourceLine line, int end) {
        if (line.kind() == LineKind.TABLE_ROW) {
            Optional<TableRow> row = document.tables().stream()
                    .flatMap(t -> t.rows().stream())
                    .filter(r -> r.location().line() == line.number())
                    .findFirst();
            if (row.isPresent()) {
                return row.get().cells().stream()
                        .skip(1)
                        .map(TableCell::text)
                        .map(PlaceholderValue::strip)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.joining(" | "));
            }
        }
        String rest = line.text().substring(end).replaceFirst("^(?:\\*\\*|__)?\\s*[:\\-–—]?\\s*", "");
        return rest.replaceFirst("\\s+#+\\s*$", "").strip();
    }

    /** The line with inline code, link targets and URLs blanked out, so columns stay where they are. */
    static String mask(String text) {
        boolean[] code = InlineCode.mask(text);
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < code.length; i++) {
            if (code[i]) {
                out.setCharAt(i, ' ');
            }
        }
        String s = blank(LINK_TARGET, out.toString());
        return blank(URL, s);
    }

    private static String blank(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }
}
