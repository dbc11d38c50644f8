package dev.specgate.gate;

import dev.specgate.model.LineKind;
import dev.specgate.model.Section;
import dev.specgate.model.SourceLine;
import dev.specgate.model.SpecDocument;
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
 * code is not a suppression. An unknown rule id is reported as a finding of the rule {@value #RULE_ID}.
 */
public final class SuppressionReader {

    /** The rule id under which malformed suppressions are reported. */
    public static final String RULE_ID = "suppression";

    private static final Pattern COMMENT =
            Pattern.compile("<!--\\s*spec:disable-(line|next-line|section|file)\\b(.*?)(?:\\s--\\s*(.*?))?\\s*-->");

    private final Set<String> knownRules;

    public SuppressionReader(Set<String> knownRules) {
        this.knownRules = Set.copyOf(knownRules);
    }

    /** The suppressions of one spec; problems (unknown rule ids, no rule named) go to {@code problems}. */
    public List<Suppression> read(SpecDocument doc, FindingCollector problems) {
        List<Suppression> found = new ArrayList<>();
        for (SourceLine line : doc.lines()) {
            if (line.kind() == LineKind.CODE) {
                continue;
            }
            Matcher m = COMMENT.matcher(line.text());
            while (m.find()) {
                Set<String> rules = rules(m.group(2), line, m.start(2), problems);
                if (!rules.isEmpty()) {
                    String reason = m.group(3) == null ? "" : m.group(3).strip();
                    found.add(scope(doc, line, m.group(1), rules, reason));
                }
            }
        }
        return found;
    }

    private Set<String> rules(String list, SourceLine line, int at, FindingCollector problems) {
        Set<String> rules = new LinkedHashSet<>();
        for (String id : list.strip().split("[,\\s]+")) {
            if (id.isEmpty()) {
                continue;
            }
            if (knownRules.contains(id)) {
                rules.add(id);
            } else {
                problems.report(
                        line.at(line.text().indexOf(id, at)),
                        "Unknown rule \"" + id + "\" in suppression; known rules: "
                                + String.join(", ", knownRules.stream().sorted().toList()));
            }
        }
        if (list.isBlank()) {
            problems.report(
                    line.at(at),
                    "Suppression names no rule: write e.g. <!-- spec:disable-next-line " + "placeholder -- reason -->");
        }
        return rules;
    }

    private static Suppression scope(SpecDocument doc, SourceLine line, String kind, Set<String> rules, String why) {
        int n = line.number();
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
