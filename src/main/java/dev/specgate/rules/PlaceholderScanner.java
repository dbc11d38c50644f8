package dev.specgate.rules;

import dev.specgate.model.LineKind;
import dev.specgate.model.SourceLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds unfilled template placeholders in one line, with exact columns: bracketed prompts, {@code {{VARS}}},
 * date templates such as {@code YYYY-MM-DD}, {@code TBD}/{@code TODO}/{@code TBC}/{@code FIXME}, and bare
 * numbered template items such as {@code Task 1}. Nested finds are reported once, as the outermost token.
 */
final class PlaceholderScanner {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*[^{}\\s][^{}]*}}");
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final Pattern DATE_TEMPLATE = Pattern.compile(
            "(?<![\\w])(?:YYYY([-/.])MM\\1DD|DD([-/.])MM\\2YYYY|MM([-/.])DD\\3YYYY)(?![\\w])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKER_WORD = Pattern.compile("(?<![\\w-])(?:TBD|TODO|TBC|FIXME)(?![\\w-])");
    private static final Pattern ITEM_PREFIX = Pattern.compile("^(?:\\s*>)*\\s*(?:[-*+]|\\d{1,9}[.)])\\s+");
    private static final Pattern TASK_BOX = Pattern.compile("^\\[[ xX]]\\s+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern QUOTE_PREFIX = Pattern.compile("^(?:\\s*>)*\\s*");
    private static final Pattern NUMBERED_ITEM =
            Pattern.compile("(?:[A-Za-z][\\w-]*\\s)?([A-Za-z][\\w-]*)\\s[1-9]\\d{0,2}[?:.]?");
    /** Nouns templates number as examples; a product name with a version ("Java 17") is not one of them. */
    private static final Set<String> TEMPLATE_NOUNS = Set.of(
            "task",
            "question",
            "criterion",
            "criteria",
            "step",
            "goal",
            "non-goal",
            "objective",
            "assumption",
            "constraint",
            "pro",
            "con",
            "metric",
            "risk",
            "item",
            "example",
            "option",
            "alternative",
            "requirement",
            "scenario",
            "case",
            "test",
            "component",
            "service",
            "library",
            "dependency",
            "feature",
            "milestone",
            "deliverable",
            "concern",
            "alert",
            "decision",
            "consideration",
            "point",
            "reason",
            "benefit",
            "drawback",
            "issue",
            "action",
            "stakeholder",
            "entity",
            "endpoint",
            "module",
            "story",
            "term");

    private PlaceholderScanner() {}

    /** True when the text (e.g. a metadata value) holds any placeholder. */
    static boolean containsPlaceholder(String text) {
        return !scan(new SourceLine(1, text, LineKind.TEXT), Set.of()).isEmpty();
    }

    /**
     * The placeholders in a line, in column order, without overlaps. Code lines, HTML and reference definitions
     * are searched for {@code {{VARS}}} only; inline code spans likewise.
     *
     * @param referenceLabels the document's lower-cased link reference labels: {@code [label]} is a link then
     */
    static List<PlaceholderToken> scan(SourceLine line, Set<String> referenceLabels) {
        String text = line.text();
        List<PlaceholderToken> found = new ArrayList<>();
        // Plain character searches first: most lines hold no placeholder, and the regexes are the costly part.
        if (text.contains("{{")) {
            addAll(VARIABLE.matcher(text), found, null);
        }
        if (isProse(line.kind())) {
            boolean[] code = InlineCode.mask(text);
            if (text.indexOf('[') >= 0) {
                addBrackets(text, code, referenceLabels, found);
            }
            if (mayHoldDateTemplate(text)) {
                addAll(DATE_TEMPLATE.matcher(text), found, code);
            }
            if (text.contains("TBD") || text.contains("TODO") || text.contains("TBC") || text.contains("FIXME")) {
                addAll(MARKER_WORD.matcher(text), found, code);
            }
            addNumberedItems(line, found);
        }
        return outermost(found);
    }

    /** Every date template has a four-letter year, in any case. */
    private static boolean mayHoldDateTemplate(String text) {
        for (int i = 0; i + 4 <= text.length(); i++) {
            if (text.regionMatches(true, i, "yyyy", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isProse(LineKind kind) {
        return switch (kind) {
            case HEADING, TEXT, LIST_ITEM, TABLE_ROW, FRONT_MATTER, METADATA -> true;
            case BLANK, CODE, HTML, THEMATIC_BREAK, REFERENCE -> false;
        };
    }

    private static void addAll(Matcher m, List<PlaceholderToken> found, boolean[] code) {
        while (m.find()) {
            if (code == null || !code[m.start()]) {
                found.add(new PlaceholderToken(m.start(), m.group()));
            }
        }
    }

    private static void addBrackets(String text, boolean[] code, Set<String> labels, List<PlaceholderToken> found) {
        Matcher m = BRACKET.matcher(text);
        int skipBefore = 0;
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            char before = start > 0 ? text.charAt(start - 1) : ' ';
            char after = end < text.length() ? text.charAt(end) : ' ';
            String label = m.group(1);
            if (start < skipBefore || code[start]) {
                continue;
            }
            if (after == '[') {
                skipBefore = end + 1; // [text][ref] or [text][]: the [ref] part is no prompt either
                continue;
            }
            boolean notPrompt = after == '(' // inline link or image
                    || before == '!'
                    || before == '\\' // image alt text, escaped bracket
                    || Character.isLetterOrDigit(before) // an index such as items[0]
                    || label.isBlank()
                    || label.startsWith("^") // empty box, footnote
                    || isTaskBox(text, start, label)
                    || labels.contains(
                            WHITESPACE.matcher(label.strip()).replaceAll(" ").toLowerCase(Locale.ROOT));
            if (!notPrompt) {
                found.add(new PlaceholderToken(start, m.group()));
            }
        }
    }

    private static boolean isTaskBox(String text, int start, String label) {
        return label.equalsIgnoreCase("x")
                && ITEM_PREFIX.matcher(text).region(0, start).matches();
    }

    private static void addNumberedItems(SourceLine line, List<PlaceholderToken> found) {
        String text = line.text();
        switch (line.kind()) {
            case LIST_ITEM -> {
                Matcher prefix = ITEM_PREFIX.matcher(text);
                int from = prefix.lookingAt() ? prefix.end() : 0;
                Matcher box = TASK_BOX.matcher(text.substring(from));
                addNumberedItem(text, from + (box.lookingAt() ? box.end() : 0), text.length(), found);
            }
            case TEXT -> {
                Matcher quote = QUOTE_PREFIX.matcher(text);
                addNumberedItem(text, quote.lookingAt() ? quote.end() : 0, text.length(), found);
            }
            case TABLE_ROW -> {
                int cellStart = 0;
                for (int i = 0; i <= text.length(); i++) {
                    if (i == text.length() || text.charAt(i) == '|' && (i == 0 || text.charAt(i - 1) != '\\')) {
                        addNumberedItem(text, cellStart, i, found);
                        cellStart = i + 1;
                    }
                }
            }
            default -> {}
        }
    }

    /** Adds the text between from and to, trimmed, when all of it is a numbered template item. */
    private static void addNumberedItem(String text, int from, int to, List<PlaceholderToken> found) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        Matcher m = NUMBERED_ITEM.matcher(text.substring(from, to));
        if (m.matches() && TEMPLATE_NOUNS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            found.add(new PlaceholderToken(from, text.substring(from, to)));
        }
    }

    /** Sorted by column; a token inside an earlier, longer one (YYYY-MM-DD in [YYYY-MM-DD]) is dropped. */
    private static List<PlaceholderToken> outermost(List<PlaceholderToken> found) {
        found.sort(Comparator.comparingInt(PlaceholderToken::index)
                .thenComparing(Comparator.comparingInt(PlaceholderToken::end).reversed()));
        List<PlaceholderToken> result = new ArrayList<>();
        int covered = 0;
        for (PlaceholderToken token : found) {
            if (token.index() >= covered) {
                result.add(token);
                covered = token.end();
            }
        }
        return result;
    }
}
