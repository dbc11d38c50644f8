package dev.specgate.schema;

import dev.specgate.model.MetadataEntry;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Infers a metadata field's type from the template's example value and key.
 *
 * <ul>
 *   <li>{@link FieldType#ENUM} from an option list, brackets optional: {@code |}-separated always
 *       ({@code Draft | Review | Approved}); {@code /}-separated ({@code [Draft/In Review/Approved]}) only when every
 *       option has at most three words and either the key is status-like (status, state, stage, priority, severity,
 *       risk, impact, likelihood) or every option is a single capitalised word ({@code High/Med/Low}). So
 *       {@code [Feature/Project Name]} or {@code [X days/weeks]} stay prompts. Values keep the template spelling,
 *       trimmed, without brackets.</li>
 *   <li>{@link FieldType#DATE} from {@code YYYY-MM-DD} or {@code [Date]} (brackets optional), or a date-named key
 *       (date, created, updated, last updated, modified, due, deadline, or a key ending in {@code date}).</li>
 *   <li>{@link FieldType#TEXT} otherwise. Commas mean prose ({@code [OpenAI GPT-4o, Claude Sonnet, etc.]}).</li>
 * </ul>
 */
final class MetadataTypeInference {

    private static final Pattern DATE_VALUE = Pattern.compile("(?i)yyyy-mm-dd|date");

    private static final Pattern DATE_KEY = Pattern.compile(
            "(?:.* )?date|(?:last )?(?:created|updated|modified)(?: (?:on|at|date))?|due(?: date)?|deadline");
    private static final Pattern STATUS_KEY =
            Pattern.compile("(?:.* )?(?:status|state|stage|priority|severity|risk|impact|likelihood)");
    private static final Pattern REQUIRED = Pattern.compile("(?<!not )\\brequired\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}-]*");

    private MetadataTypeInference() {}

    static MetadataFieldSpec infer(MetadataEntry entry) {
        MetadataFieldSpec spec = typed(entry);
        return new MetadataFieldSpec(
                spec.key(),
                spec.type(),
                spec.allowedValues(),
                spec.templateLine(),
                entry.optional(),
                dateForm(entry.value()));
    }

    /** The date form a template value shows ({@code <mm/dd/yyyy>}); YYYY-MM-DD when it shows none. */
    private static String dateForm(String value) {
        return Placeholders.dateTemplateIn(value).orElse(MetadataFieldSpec.ISO_DATE);
    }

    private static MetadataFieldSpec typed(MetadataEntry entry) {
        String key = entry.normalizedKey();
        String value = unbracket(entry.value().strip());
        int line = entry.keyLocation().line();
        List<String> piped = options(value, "\\|");
        if (piped.size() >= 2 && !isOpenEnded(piped)) {
            return new MetadataFieldSpec(entry.key(), FieldType.ENUM, piped, line);
        }
        if (DATE_VALUE.matcher(value).matches()
                || DATE_KEY.matcher(key).matches()
                || !dateForm(value).equals(MetadataFieldSpec.ISO_DATE)) {
            return new MetadataFieldSpec(entry.key(), FieldType.DATE, List.of(), line);
        }
        List<String> slashed = options(value, "/");
        if (slashed.size() >= 2 && isSlashList(key, slashed)) {
            return new MetadataFieldSpec(entry.key(), FieldType.ENUM, slashed, line);
        }
        if (isPluralKey(key) && !REQUIRED.matcher(value).find()) {
            return new MetadataFieldSpec(entry.key(), FieldType.LIST, List.of(), line);
        }
        return new MetadataFieldSpec(entry.key(), FieldType.TEXT, List.of(), line);
    }

    /**
     * A key of two words or more whose last word is a plural noun names a list beside the main fields:
     * {@code co-authors}, {@code related issues}; {@code Owners} or {@code Reviewers} alone must name someone.
     */
    private static boolean isPluralKey(String key) {
        String[] words = key.split("[\\s_-]+");
        String last = words[words.length - 1];
        return words.length >= 2
                && last.length() > 3
                && last.endsWith("s")
                && !last.endsWith("ss")
                && !last.endsWith("us")
                && !last.endsWith("is");
    }

    /** An option list with an ellipsis ({@code a | b | …}) names examples, not every allowed value. */
    private static boolean isOpenEnded(List<String> options) {
        return options.stream().anyMatch(o -> o.equals("…") || o.equals("...") || o.endsWith("…"));
    }

    private static boolean isSlashList(String key, List<String> options) {
        boolean short3 = options.stream().allMatch(o -> o.split("\\s+").length <= 3);
        boolean capitalisedWords =
                options.stream().allMatch(o -> CAPITALISED_WORD.matcher(o).matches());
        return short3 && (STATUS_KEY.matcher(key).matches() || capitalisedWords);
    }

    /** The options of a list, trimmed and without emphasis or code marks; empty when an option is empty. */
    private static List<String> options(String value, String separator) {
        if (value.contains(",")) {
            return List.of();
        }
        List<String> parts = Arrays.stream(value.split(separator, -1))
                .map(o -> o.strip().replaceAll("^[*_`]+|[*_`]+$", "").strip())
                .toList();
        return parts.stream().anyMatch(String::isEmpty) ? List.of() : parts;
    }

    /**
     * The value without surrounding quotes, brackets, braces, angle brackets or parentheses ({@code "{a | b}"},
     * {@code [a/b]}, {@code <Draft | Final>}).
     */
    private static String unbracket(String value) {
        String v = value;
        boolean changed = true;
        while (changed && v.length() >= 2) {
            changed = false;
            for (String pair : new String[] {"[]", "{}", "<>", "()", "\"\"", "''"}) {
                boolean quote = pair.charAt(0) == pair.charAt(1); // a quote may be left open
                if (v.charAt(0) == pair.charAt(0) && (v.charAt(v.length() - 1) == pair.charAt(1) || quote)) {
                    int end = v.charAt(v.length() - 1) == pair.charAt(1) ? v.length() - 1 : v.length();
                    v = v.substring(1, end).strip();
                    changed = true;
                    break;
                }
            }
        }
        return v;
    }
}
