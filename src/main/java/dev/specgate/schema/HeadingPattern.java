package dev.specgate.schema;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns template headings with placeholder parts, and numbered repeats, into patterns for real headings.
 *
 * <p>Placeholder parts are {@code [...]} (not a link or reference), <code>{{...}}</code>, inline code
 * {@code `...`} and {@code <...>}. The literal text before the first placeholder part must match (case-insensitive,
 * digits generalised to {@code \d+}, whitespace runs to {@code \s+}); anything may follow. Patterns are meant for
 * {@link Matcher#matches()} against the whole heading text.
 */
final class HeadingPattern {

    private static final Pattern PLACEHOLDER_PART = Pattern.compile(
            "\\[[^\\[\\]]*[^\\[\\]\\s][^\\[\\]]*\\](?![(\\[:])" + "|\\{\\{?[^}]*\\}\\}?" + "|`[^`]+`" + "|<[^<>]+>");
    private static final Pattern TOKEN = Pattern.compile("\\d+|\\s+|[^\\d\\s]+");
    private static final Pattern DIGITS = Pattern.compile("\\d");

    private HeadingPattern() {}

    /** True when the heading has at least one placeholder part. */
    static boolean hasPlaceholder(String title) {
        return PLACEHOLDER_PART.matcher(title).find();
    }

    /**
     * True when the heading is only a placeholder ({@code {title of option 1}}, {@code [Component 1]}): it names no
     * section a spec must have, only the shape of sections it may have.
     */
    static boolean isPlaceholderOnly(String title) {
        Matcher m = PLACEHOLDER_PART.matcher(title);
        return m.find() && title.substring(0, m.start()).isBlank();
    }

    /** True when the heading has a digit. */
    static boolean hasNumber(String title) {
        return DIGITS.matcher(title).find();
    }

    /**
     * The pattern for a heading with placeholder parts: its literal prefix generalised, then {@code .+}; empty for a
     * heading without placeholder parts.
     */
    static Optional<Pattern> forPlaceholders(String title) {
        Matcher m = PLACEHOLDER_PART.matcher(title);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(compile(generalise(title.substring(0, m.start())) + ".+"));
    }

    /**
     * The pattern for a literal heading repeated with different numbers ({@code Phase 1}, {@code Phase 2}): the whole
     * heading generalised, optionally followed by a non-word character and anything ({@code Phase 3 - Rollout}).
     */
    static Pattern forRepeat(String title) {
        return compile(generalise(title.strip()) + "(?:\\W.*)?");
    }

    /** The key under which sibling headings count as numbered repeats of each other. */
    static String repeatKey(String title) {
        return title.strip().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }

    private static String generalise(String literal) {
        StringBuilder regex = new StringBuilder();
        Matcher m = TOKEN.matcher(literal.stripLeading());
        while (m.find()) {
            String token = m.group();
            if (Character.isDigit(token.charAt(0))) {
                regex.append("\\d+");
            } else if (Character.isWhitespace(token.charAt(0))) {
                regex.append(m.end() == m.regionEnd() ? "\\s*" : "\\s+");
            } else {
                regex.append(Pattern.quote(token));
            }
        }
        return regex.toString();
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
