package dev.specgate.schema;

import dev.specgate.model.BlockKind;
import dev.specgate.model.Inline;
import dev.specgate.model.InlineKind;
import dev.specgate.model.LineKind;
import dev.specgate.model.MetadataEntry;
import dev.specgate.model.SourceLocation;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.TextBlock;
import dev.specgate.model.TextKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one definition of a placeholder: what a spec must not keep from its template. Learned from the template's own
 * prompt styles, so that a team's conventions decide, not a fixed list:
 *
 * <ul>
 *   <li><b>Delimited prompts.</b> A delimiter style counts only when the template writes prompts in it: square
 *       brackets ({@code [Your Name]}; a single word when it is capitalised, {@code [Currency]}, or when the template
 *       has single-word prompts itself), braces ({@code {title of option 1}}), double braces (<code>{{VAR}}</code>) and angle brackets
 *       ({@code <language, version>}). A bracketed label that reads as code or a reference is never a prompt:
 *       {@code [T]}, {@code [x, y]}, {@code ["a", "b"]}, {@code [0, 62]}, citations {@code [4]}, alerts
 *       {@code [!NOTE]}, footnotes, tags such as {@code [P0]}, link text.</li>
 *   <li><b>The template's own prompts</b>, anywhere in prose, whatever their style: every delimited prompt of the
 *       template and every metadata value wholly in parentheses ({@code (fill me in with ...)}).</li>
 *   <li><b>Date templates</b> such as {@code YYYY-MM-DD} and {@code YYYY-MM-DDT00:00:00Z}, always.</li>
 *   <li><b>Marker words</b>: the conventional {@code TBD}, {@code TODO}, {@code TBC} and {@code FIXME}, and any
 *       all-capital word the template itself uses as a whole value ({@code Owner: PENDING}), as whole words in
 *       prose.</li>
 *   <li><b>Numbered examples</b>: a whole item, cell or paragraph such as {@code Task 1} where the template numbers
 *       that noun in its own prompts.</li>
 *   <li><b>Prompt text</b>: a paragraph or list item of the template left verbatim (see {@link #isPromptLeft}).</li>
 *   <li><b>Choices</b>: a table cell that lists its column's options ({@code High/Med/Low}, see {@link
 *       TableInference}) kept as a whole value.</li>
 * </ul>
 *
 * A {@code Key: (leave ...)} line of the template, one whose value tells the author to leave it as it is
 * ({@code Implementation PR: (leave this empty)}), is not a placeholder when the spec keeps that whole line; the
 * prompt anywhere else still is.
 *
 * Only prose is read: code spans, link text and targets, autolinks, images, HTML and comments never hold a
 * placeholder. Immutable and thread-safe.
 */
public final class Placeholders {

    private static final Pattern DATE_TEMPLATE = Pattern.compile(
            "(?<![\\w])(?:YYYY([-/.])MM\\1DD(?:[T ]?(?:hh|HH|00):(?:mm|MM|00)(?::(?:ss|SS|00)(?:\\.(?:s+|S+|0+))?)?Z?)?"
                    + "|DD([-/.])MM\\2YYYY|MM([-/.])DD\\3YYYY)(?![\\w])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOUBLE_BRACE = Pattern.compile("\\{\\{\\s*[^{}\\s][^{}]*}}");
    private static final Pattern BRACE = Pattern.compile("(?<!\\{)\\{([^{}\\n]+)}(?!})");
    private static final Pattern ANGLE = Pattern.compile("<([^<>\\n]+)>");
    private static final Pattern MARKER_WORD = Pattern.compile("[A-Z]{3,5}");
    /** The conventional "not filled in yet" markers: a whole value that is one of them is never content. */
    private static final Set<String> UNFILLED = Set.of("TBD", "TODO", "TBC", "FIXME");

    private static final Pattern NUMBERED =
            Pattern.compile("(?:([\\p{L}][\\p{L}-]*)\\s+)?([\\p{L}][\\p{L}-]*)\\s+[1-9]\\d{0,2}[?:.]?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'/-]*");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}'/-]*");
    /** A template value that tells the author to leave it: {@code (leave this empty)}. */
    private static final Pattern LEAVE = Pattern.compile("\\(\\s*leave\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern QUOTE_OR_EMPHASIS = Pattern.compile("[\"'\u201C\u201D\u2018\u2019*_]");
    private static final Pattern CODE_LIKE = Pattern.compile("[\"`=;{}()<>]|::|->|(?<=\\w)\\.\\.(?=\\w)");

    /** A delimiter style a template may write its prompts in. */
    enum Style {
        SQUARE,
        BRACE,
        DOUBLE_BRACE,
        ANGLE
    }

    private final boolean enabled;
    private final Set<Style> styles;
    private final boolean singleWordSquare;
    private final PromptKeys templatePrompts;
    private final Set<String> markers;
    private final Set<String> allMarkers;
    private final Set<String> numberedNouns;
    private final PromptKeys promptTexts;
    private final PromptKeys leaveAsIs;

    private Placeholders(
            boolean enabled,
            Set<Style> styles,
            boolean singleWordSquare,
            Set<String> templatePrompts,
            Set<String> markers,
            Set<String> numberedNouns,
            Set<String> promptTexts,
            Set<String> leaveAsIs) {
        this.enabled = enabled;
        this.styles = Set.copyOf(styles);
        this.singleWordSquare = singleWordSquare;
        this.templatePrompts = new PromptKeys(templatePrompts);
        this.markers = Set.copyOf(markers);
        this.allMarkers = allMarkers(this.markers);
        this.numberedNouns = Set.copyOf(numberedNouns);
        this.promptTexts = new PromptKeys(promptTexts);
        this.leaveAsIs = new PromptKeys(leaveAsIs);
    }

    /** No placeholders at all (the rule switched off in the POM). */
    public static Placeholders none() {
        return new Placeholders(false, Set.of(), false, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    /** Learns the prompt styles, prompts, markers, numbered nouns and prompt texts of a template. */
    public static Placeholders learn(SpecDocument template) {
        Learner learner = new Learner();
        for (TextBlock block : template.blocks()) {
            // Checklists and tables of contents are text a spec keeps, not prompts.
            if (block.kind() == BlockKind.HTML) {
                block.inlines().forEach(piece -> learner.htmlPrompt(piece.text().strip()));
            } else if (!block.inChecklist() && !PromptTexts.isTableOfContents(block)) {
                learner.block(block);
            }
        }
        for (MetadataEntry entry : template.metadata().entries()) {
            learner.value(entry.value());
        }
        // Front matter fields the template shows commented out (# status: {proposed | accepted}) hold prompts too.
        template.lines().stream()
                .filter(line -> line.kind() == LineKind.FRONT_MATTER)
                .forEach(line -> learner.text(line.text()));
        // A table cell listing its column's options (High/Med/Low) asks the author to choose one of them.
        TableInference.optionCells(template).forEach(cell -> learner.prompts.add(key(cell)));
        return new Placeholders(
                true,
                learner.styles,
                learner.singleWordSquare,
                learner.prompts,
                learner.markers,
                learner.nouns,
                PromptTexts.collect(template),
                learner.leaveAsIs);
    }

    /** These placeholders plus extra marker words and prompts from the POM. */
    public Placeholders withExtra(List<String> extraWords, List<String> extraPrompts) {
        Set<String> words = new LinkedHashSet<>(markers);
        extraWords.forEach(w -> words.add(w.strip()));
        Set<String> prompts = new LinkedHashSet<>(templatePrompts.keys());
        extraPrompts.forEach(p -> prompts.add(key(p)));
        return new Placeholders(
                enabled, styles, singleWordSquare, prompts, words, numberedNouns, promptTexts.keys(), leaveAsIs.keys());
    }

    /** The template's prompt texts, in their compared form (for tests and reports). */
    Set<String> promptTexts() {
        return promptTexts.keys();
    }

    /** Every placeholder in a block's prose, in source order, without overlaps. */
    public List<Hit> find(TextBlock block) {
        if (!enabled || isLeftAsIs(block)) {
            return List.of();
        }
        if (block.kind() == BlockKind.HTML) {
            // a line that is only <google group thread> opens an HTML block; only the template's own prompt counts
            return block.inlines().stream()
                    .filter(piece -> piece.kind() == InlineKind.HTML
                            && templatePrompts.containsKeyOf(piece.text().strip()))
                    .map(piece -> new Hit(piece.text().strip(), piece.location()))
                    .toList();
        }
        List<Hit> hits = new ArrayList<>();
        Quotes quotes = Quotes.of(block);
        for (Inline piece : block.inlines()) {
            if (piece.kind() == InlineKind.TEXT) {
                scanText(piece, block.kind() != BlockKind.HEADING, quotes, hits);
                quotes = quotes.after(piece.text());
            } else if (piece.kind() == InlineKind.BRACKETED
                    && !quotes.inside()
                    && isSquarePrompt(piece.text(), block.kind() == BlockKind.HEADING)) {
                hits.add(new Hit(piece.text(), piece.location()));
            } else if (piece.kind() == InlineKind.HTML && templatePrompts.containsKeyOf(piece.text())) {
                hits.add(new Hit(piece.text(), piece.location())); // <google group thread> reads as a tag
            }
        }
        if (hits.isEmpty() && block.kind() != BlockKind.HEADING) {
            String whole = block.visibleText();
            if (isWholeValuePlaceholder(whole) || templatePrompts.containsKeyOf(block)) {
                hits.add(new Hit(whole, block.location()));
            }
        }
        return outermost(hits);
    }

    /** Every placeholder in a raw value (a metadata value), located from where the value starts. */
    public List<Hit> find(String value, SourceLocation at) {
        if (!enabled) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        scanText(new Inline(InlineKind.TEXT, value, at), true, Quotes.of(value), hits);
        String stripped = unwrap(value);
        boolean squarePrompt = stripped.startsWith("[") && stripped.endsWith("]") && isSquarePrompt(stripped, false);
        if (hits.isEmpty()
                && (squarePrompt || isWholeValuePlaceholder(stripped) || templatePrompts.containsKeyOf(stripped))) {
            hits.add(new Hit(stripped, at));
        }
        return outermost(hits);
    }

    /** True when a whole short value (a cell, a role, a status) is a placeholder rather than content. */
    public boolean isPlaceholder(String value) {
        String s = unwrap(value);
        return !s.isEmpty() && !find(s, SourceLocation.of(1, 1)).isEmpty();
    }

    /**
     * True when a paragraph or list item is a template prompt left verbatim: a template paragraph or list item that
     * is not kept text (see {@link PromptTexts}), compared as {@link #key(String)} of its visible text.
     */
    public boolean isPromptLeft(TextBlock block) {
        if (!enabled || block.kind() != BlockKind.PARAGRAPH && block.kind() != BlockKind.LIST_ITEM) {
            return false;
        }
        return !block.visibleText().isBlank()
                && promptTexts.containsKeyOf(block, visible -> blockKey(visible, block.quoted()))
                && !isLeftAsIs(block);
    }

    /**
     * A {@code Key: (leave ...)} line of the template kept whole. Most templates have none, so most blocks are not
     * read again for it.
     */
    private boolean isLeftAsIs(TextBlock block) {
        return !leaveAsIs.isEmpty() && leaveAsIs.containsKeyOf(block);
    }

    /**
     * The form a paragraph or list item is compared in as prompt text: {@link #key(String)} of its visible text,
     * after {@code "> "} when the block lies in a block quote. A prompt the template writes as a quote is left only
     * when the spec keeps it quoted, and a spec that quotes a plain prompt is quoting it, not leaving it.
     */
    static String blockKey(TextBlock block) {
        return blockKey(block.visibleText(), block.quoted());
    }

    private static String blockKey(String visibleText, boolean quoted) {
        String key = key(visibleText);
        return quoted ? "> " + key : key;
    }

    /** The form template prompts and spec text are compared in (see {@link TextKey}). */
    static String key(String text) {
        return TextKey.of(text.replace("`", ""));
    }

    private boolean isWholeValuePlaceholder(String whole) {
        String s = unwrap(whole);
        if (markers.contains(s) || UNFILLED.contains(withoutClosingPunctuation(s))) {
            return true;
        }
        if (!endsInNumber(s)) {
            return false; // what NUMBERED needs, seen without a matcher: most text ends otherwise
        }
        Matcher m = NUMBERED.matcher(s);
        return m.matches() && numberedNouns.contains(m.group(2).toLowerCase(Locale.ROOT));
    }

    /** True when the text ends as {@link #NUMBERED} does: a digit, then at most one of {@code ?:.}. */
    private static boolean endsInNumber(String s) {
        int last = s.length() - 1;
        if (last >= 0 && "?:.".indexOf(s.charAt(last)) >= 0) {
            last--;
        }
        return last >= 0 && s.charAt(last) >= '0' && s.charAt(last) <= '9';
    }

    /** The text without the run of {@code .}, {@code !} and {@code :} it ends with. */
    private static String withoutClosingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '!' || s.charAt(end - 1) == ':')) {
            end--;
        }
        return s.substring(0, end);
    }

    private void scanText(Inline piece, boolean markers, Quotes quotes, List<Hit> hits) {
        String text = piece.text();
        if (text.indexOf('{') >= 0) {
            Matcher m = DOUBLE_BRACE.matcher(text);
            while (m.find()) {
                if (styles.contains(Style.DOUBLE_BRACE) || templatePrompts.containsKeyOf(m.group())) {
                    hits.add(new Hit(m.group(), piece.at(m.start())));
                }
            }
            m = BRACE.matcher(text);
            while (m.find()) {
                if (styles.contains(Style.BRACE) && isProseLabel(m.group(1), false)
                        || templatePrompts.containsKeyOf(m.group())) {
                    hits.add(new Hit(m.group(), piece.at(m.start())));
                }
            }
        }
        if (text.indexOf('<') >= 0) {
            Matcher m = ANGLE.matcher(text);
            while (m.find()) {
                if (styles.contains(Style.ANGLE) && isProseLabel(m.group(1), false)
                        || templatePrompts.containsKeyOf(m.group())) {
                    hits.add(new Hit(m.group(), piece.at(m.start())));
                }
            }
        }
        for (String marker : markers ? allMarkers : Set.<String>of()) {
            int from = 0;
            for (int i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, from)) {
                from = i + marker.length();
                boolean wordStart = i == 0 || !isWordChar(text.charAt(i - 1));
                boolean wordEnd = from == text.length() || !isWordChar(text.charAt(from));
                boolean quoted =
                        i > 0 && from < text.length() && isQuote(text.charAt(i - 1)) && isQuote(text.charAt(from))
                                || quotes.after(text.substring(0, i)).inside();
                if (wordStart && wordEnd && !quoted && !isDefinedAcronym(text, i, from)) {
                    hits.add(new Hit(marker, piece.at(i)));
                }
            }
        }
        if (mayHoldDateTemplate(text)) {
            Matcher m = DATE_TEMPLATE.matcher(text);
            while (m.find()) {
                hits.add(new Hit(m.group(), piece.at(m.start())));
            }
        }
        if (text.indexOf('(') >= 0) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String prompt : templatePrompts.keys()) {
                int i = prompt.startsWith("(") ? lower.indexOf(prompt) : -1;
                if (i >= 0) {
                    hits.add(new Hit(text.substring(i, i + prompt.length()), piece.at(i)));
                }
            }
        }
    }

    /** In a heading, a one-word label is a tag ({@code ### [Outdated] Pick first}) unless the template wrote it. */
    private boolean isSquarePrompt(String bracketed, boolean inHeading) {
        if (templatePrompts.containsKeyOf(bracketed)) {
            return true;
        }
        if (!styles.contains(Style.SQUARE) || !bracketed.startsWith("[") || !bracketed.endsWith("]")) {
            return false;
        }
        String label = bracketed.substring(1, bracketed.length() - 1);
        if (inHeading && !label.strip().contains(" ")) {
            return false;
        }
        return isProseLabel(label, singleWordSquare, true);
    }

    /**
     * True when a delimited label reads as a prompt: it starts with a letter, is not code-like (quotes, {@code =},
     * {@code ::}, ranges, calls), is not a short list of bare tokens ({@code x, y}), and has two words or more, or is
     * one word of three letters or more that is capitalised ({@code [Currency]}, not {@code [url]} or an acronym tag
     * such as {@code [IRLO]}) or any such word when the template writes single-word prompts.
     */
    private static boolean isProseLabel(String label, boolean singleWordAllowed) {
        return isProseLabel(label, singleWordAllowed, false);
    }

    private static boolean isProseLabel(String label, boolean singleWordAllowed, boolean capitalisedWordAllowed) {
        String s = label.strip();
        if (s.isEmpty()
                || !Character.isLetter(s.charAt(0))
                || CODE_LIKE.matcher(s).find()) {
            return false;
        }
        String[] words = WHITESPACE.split(s);
        if (words.length == 1) {
            return s.length() >= 3
                    && WORD.matcher(s).matches()
                    && (singleWordAllowed
                            || capitalisedWordAllowed && CAPITALISED.matcher(s).matches());
        }
        if (s.contains(",")) {
            String[] parts = s.split(",");
            boolean bareTokens = true;
            for (String part : parts) {
                String p = part.strip();
                bareTokens &=
                        !p.isEmpty() && !p.contains(" ") && (p.length() <= 2 || p.equals(p.toLowerCase(Locale.ROOT)));
            }
            if (bareTokens) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> allMarkers(Set<String> markers) {
        if (markers.containsAll(UNFILLED)) {
            return markers;
        }
        Set<String> all = new LinkedHashSet<>(UNFILLED);
        all.addAll(markers);
        return all;
    }

    /**
     * A marker in parentheses right after the words it abbreviates is being defined, not left:
     * {@code "To Be Determined" (TBD)}.
     */
    private static boolean isDefinedAcronym(String text, int start, int end) {
        if (start == 0 || end >= text.length() || text.charAt(start - 1) != '(' || text.charAt(end) != ')') {
            return false;
        }
        String[] words = WHITESPACE.split(QUOTE_OR_EMPHASIS
                .matcher(text.substring(0, start - 1))
                .replaceAll(" ")
                .strip());
        int n = end - start;
        if (words.length < n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            String word = words[words.length - n + k];
            if (word.isEmpty() || Character.toUpperCase(word.charAt(0)) != text.charAt(start + k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a place in a block's prose lies between double quotes ({@code "…"} or curly {@code “…”}), counted from
     * the block's start so that a quotation may span lines and emphasis: a marker there is mentioned, not left
     * ({@code "TBD behavior"}). Straight quotes count only when the block closes every one it opens.
     */
    private record Quotes(boolean balanced, boolean straight, int curly) {

        /** Before any text: no quote open. */
        private static final Quotes START = new Quotes(true, false, 0);

        static Quotes of(TextBlock block) {
            Quotes end = START;
            for (Inline piece : block.inlines()) {
                if (piece.kind() == InlineKind.TEXT) {
                    end = end.after(piece.text());
                }
            }
            return closing(end);
        }

        static Quotes of(String prose) {
            return closing(START.after(prose));
        }

        /** Quotes count only when every one opened is closed: a stray inch mark must not hide the rest. */
        private static Quotes closing(Quotes end) {
            return new Quotes(!end.straight && end.curly == 0, false, 0);
        }

        Quotes after(String text) {
            boolean s = straight;
            int c = curly;
            for (int i = 0; i < text.length(); i++) {
                switch (text.charAt(i)) {
                    case '"' -> s = !s;
                    case '\u201C' -> c++;
                    case '\u201D' -> c = Math.max(0, c - 1);
                    default -> {}
                }
            }
            return new Quotes(balanced, s, c);
        }

        boolean inside() {
            return balanced && (straight || curly > 0);
        }
    }

    /** A marker between quotes is mentioned, not used: {@code the "TBD" state}. */
    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }

    /** One parenthesized group from the first character to the last: {@code (fill me in)}, not {@code (a) b (c)}. */
    private static boolean isParenthesized(String s) {
        if (!s.startsWith("(") || !s.endsWith(")")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && i < s.length() - 1) {
                return false;
            }
        }
        return depth == 0;
    }

    /**
     * The form of the first date template in a text ({@code <mm/dd/yyyy>} gives {@code MM/DD/YYYY}), in capitals and
     * without a time part; empty when the text holds none.
     */
    static Optional<String> dateTemplateIn(String text) {
        if (!mayHoldDateTemplate(text)) {
            return Optional.empty();
        }
        Matcher m = DATE_TEMPLATE.matcher(text);
        return m.find() ? Optional.of(m.group().substring(0, 10).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    private static boolean mayHoldDateTemplate(String text) {
        // Runs on every text span of every spec: compares case-insensitively only where a 'y' starts.
        for (int i = 0; i + 4 <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'y' || c == 'Y') && text.regionMatches(true, i, "yyyy", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    private static String unwrap(String value) {
        return dev.specgate.model.InlineText.unwrap(value);
    }

    /** Sorted by column; a hit inside an earlier, longer one ({@code YYYY-MM-DD} in {@code [YYYY-MM-DD]}) is dropped. */
    private static List<Hit> outermost(List<Hit> found) {
        found.sort(Comparator.comparing(Hit::location)
                .thenComparing(
                        Comparator.comparingInt((Hit h) -> h.text().length()).reversed()));
        List<Hit> result = new ArrayList<>();
        SourceLocation coveredUntil = null;
        for (Hit hit : found) {
            SourceLocation end = new SourceLocation(
                    hit.location().line(), hit.location().column() + hit.text().length());
            if (coveredUntil == null || hit.location().compareTo(coveredUntil) >= 0) {
                result.add(hit);
                coveredUntil = end;
            }
        }
        return result;
    }

    /** A placeholder found in a spec: its text as written and where it starts. */
    public record Hit(String text, SourceLocation location) {}

    /** Reads a template's prose for its prompt styles and prompts. */
    private static final class Learner {
        private final Set<Style> styles = new LinkedHashSet<>();
        private final Set<String> prompts = new LinkedHashSet<>();
        private final Set<String> markers = new LinkedHashSet<>();
        private final Set<String> nouns = new LinkedHashSet<>();
        private final Set<String> leaveAsIs = new LinkedHashSet<>();
        private boolean singleWordSquare;

        void block(TextBlock block) {
            if (PromptTexts.isDelimitedGuidance(block)) {
                // A paragraph of guidance in brackets or braces is the template's prompt, quotes and parentheses
                // included: [Describe the extensions (~200 words). A good place to "dump ideas".]
                if (block.visibleText().startsWith("[")) {
                    styles.add(Style.SQUARE);
                }
                prompts.add(key(block.visibleText()));
            }
            for (Inline piece : block.inlines()) {
                if (piece.kind() == InlineKind.BRACKETED) {
                    bracketed(piece.text());
                } else if (piece.kind() == InlineKind.TEXT) {
                    text(piece.text());
                } else if (piece.kind() == InlineKind.HTML) {
                    htmlPrompt(piece.text());
                }
            }
            if (block.kind() != BlockKind.HEADING && block.kind() != BlockKind.TABLE_CELL) {
                String text = block.visibleText();
                value(text);
                int colon = text.indexOf(": ");
                if (colon > 0) {
                    String value = unwrap(text.substring(colon + 2));
                    value(value); // "Key: value" written as prose, e.g. a plain bullet
                    if (isParenthesized(value) && LEAVE.matcher(value).lookingAt()) {
                        leaveAsIs.add(key(text));
                    }
                }
            }
            noun(block.visibleText());
        }

        void value(String raw) {
            String s = unwrap(raw);
            if (MARKER_WORD.matcher(s).matches()) {
                markers.add(s);
            }
            if (isParenthesized(s) && s.split("\\s+").length >= 2) {
                prompts.add(key(s));
            }
            text(s);
        }

        private void bracketed(String text) {
            if (!text.startsWith("[") || !text.endsWith("]")) {
                return;
            }
            String label = text.substring(1, text.length() - 1).strip();
            if (isProseLabel(label, true)) {
                styles.add(Style.SQUARE);
                prompts.add(key(text));
                // [YYYY-MM-DD] is a date template, not a sign that one-word labels are prompts
                singleWordSquare |=
                        !label.contains(" ") && !DATE_TEMPLATE.matcher(label).matches();
                noun(label);
            }
        }

        /**
         * Inline HTML that is no tag but a prompt in angle brackets: words only, no attribute values, no closing
         * slash ({@code <google group thread>}, unlike {@code <br/>} or {@code <a href="x">}).
         */
        private void htmlPrompt(String html) {
            Matcher m = ANGLE.matcher(html);
            if (m.matches() && m.group(1).strip().matches("\\p{L}+(?:\\s+\\p{L}+)+")) {
                prompts.add(key(html));
            }
        }

        private void text(String text) {
            Matcher m = DOUBLE_BRACE.matcher(text);
            while (m.find()) {
                styles.add(Style.DOUBLE_BRACE);
                prompts.add(key(m.group()));
            }
            m = BRACE.matcher(text);
            while (m.find()) {
                delimited(Style.BRACE, m.group(), m.group(1));
            }
            m = ANGLE.matcher(text);
            while (m.find()) {
                delimited(Style.ANGLE, m.group(), m.group(1));
            }
        }

        /**
         * A delimited label of the template that starts with a letter is one of its prompts (caught verbatim); the
         * style counts for other labels too once one of its labels reads as prose.
         */
        private void delimited(Style style, String whole, String label) {
            String s = label.strip();
            if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
                return;
            }
            prompts.add(key(whole));
            if (isProseLabel(s, false)) {
                styles.add(style);
            }
            noun(s);
        }

        private void noun(String text) {
            Matcher m = NUMBERED.matcher(unwrap(text));
            if (m.matches()) {
                nouns.add(m.group(2).toLowerCase(Locale.ROOT));
            }
        }
    }
}
