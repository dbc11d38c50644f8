package dev.specgate.gate;

import dev.specgate.model.Inline;
import dev.specgate.model.InlineKind;
import dev.specgate.model.Section;
import dev.specgate.model.SourceLocation;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.TextBlock;
import dev.specgate.rules.FindingCollector;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads suppression comments from a spec:
 *
 * <ul>
 *   <li>{@code <!-- spec:disable-line RULE -->} at the end of a line: that line;
 *   <li>{@code <!-- spec:disable-next-line RULE -->}: the next non-blank line;
 *   <li>{@code <!-- spec:disable-section RULE -->}: the section the comment stands in, subsections included;
 *   <li>{@code <!-- spec:disable-file RULE -->}: the whole file.
 * </ul>
 *
 * <p>RULE is one rule id or several separated by commas or spaces; {@code -- reason} may follow. A comment inside
 * code, or quoted in inline code, is not a suppression: only real HTML comments count. An unknown rule id is reported as a finding of the rule {@value #RULE_ID}.
 */
public final class SuppressionReader {

    /** The rule id under which malformed suppressions are reported. */
    public static final String RULE_ID = "suppression";

    private static final String DIRECTIVE = "spec:disable-";
    private static final Pattern COMMENT =
            Pattern.compile("<!--\\s*" + DIRECTIVE + "(line|next-line|section|file)\\b(.*?)(?:\\s--\\s*(.*?))?\\s*-->");

    private final Set<String> knownRules;

    public SuppressionReader(Set<String> knownRules) {
        this.knownRules = Set.copyOf(knownRules);
    }

    /** The suppressions of one spec; problems (unknown rule ids, no rule named) go to {@code problems}. */
    public List<Suppression> read(SpecDocument doc, FindingCollector problems) {
        List<Suppression> found = new ArrayList<>();
        for (TextBlock block : doc.blocks()) {
            for (Inline piece : block.inlines()) {
                if (piece.kind() != InlineKind.HTML_COMMENT && piece.kind() != InlineKind.HTML) {
                    continue; // a comment quoted in code or prose is no suppression
                }
                if (!piece.text().contains(DIRECTIVE)) {
                    continue; // what COMMENT needs, seen without running it
                }
                Matcher m = COMMENT.matcher(piece.text());
                while (m.find()) {
                    SourceLocation at = locate(piece, m.start(2));
                    Set<String> rules = rules(m.group(2), piece, m.start(2), problems);
                    if (!rules.isEmpty()) {
                        String reason = m.group(3) == null ? "" : m.group(3).strip();
                        found.add(scope(doc, at.line(), m.group(1), rules, reason));
                    }
                }
            }
        }
        return found;
    }

    /** The location of an offset in a piece that may span lines (an HTML block). */
    private static SourceLocation locate(Inline piece, int offset) {
        String text = piece.text();
        int lineBreak = text.lastIndexOf('\n', Math.max(0, offset - 1));
        if (lineBreak < 0 || lineBreak >= offset) {
            return piece.at(offset);
        }
        int lines = (int)
                text.substring(0, lineBreak + 1).chars().filter(c -> c == '\n').count();
        return SourceLocation.of(piece.location().line() + lines, offset - lineBreak);
    }

    private Set<String> rules(String list, Inline piece, int at, FindingCollector problems) {
        Set<String> rules = new LinkedHashSet<>();
        for (String id : list.strip().split("[,\\s]+")) {
            if (id.isEmpty()) {
                continue;
            }
            if (knownRules.contains(id)) {
                rules.add(id);
            } else {
                problems.report(
                        locate(piece, piece.text().indexOf(id, at)),
                        "Unknown rule \"" + id + "\" in suppression; known rules: "
                                + String.join(", ", knownRules.stream().sorted().toList()));
            }
        }
        if (list.isBlank()) {
            problems.report(
                    locate(piece, at),
                    "Suppression names no rule: write e.g. <!-- spec:disable-next-line " + "placeholder -- reason -->");
        }
        return rules;
    }

    private static Suppression scope(SpecDocument doc, int n, String kind, Set<String> rules, String why) {
        return switch (kind) {
            case "line" -> new Suppression(rules, n, n, why);
            case "next-line" -> new Suppression(rules, nextNonBlank(doc, n), nextNonBlank(doc, n), why);
            case "section" -> {
                Section section = doc.sectionAt(n).orElse(null);
                yield section == null
                        ? new Suppression(rules, 1, doc.lineCount(), why)
                        : new Suppression(rules, section.line(), section.endLine(), why);
            }
            default -> new Suppression(rules, 1, Math.max(1, doc.lineCount()), why);
        };
    }

    private static int nextNonBlank(SpecDocument doc, int after) {
        for (int n = after + 1; n <= doc.lineCount(); n++) {
            if (!doc.line(n).isBlank()) {
                return n;
            }
        }
        return after;
    }
}
