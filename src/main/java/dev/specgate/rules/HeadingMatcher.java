package dev.specgate.rules;

import dev.specgate.model.Section;
import dev.specgate.schema.SectionSpec;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a spec heading is the one a template heading asks for. Headings compare case-insensitively,
 * ignoring surrounding whitespace, closing {@code #}s, emphasis markers and one trailing colon, with inner
 * whitespace folded. Aliases compare like the title; synonyms that are not aliases never match.
 */
final class HeadingMatcher {

    private static final Pattern CLOSING_HASHES = Pattern.compile("(?:^|\\s+)#+\\s*$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private HeadingMatcher() {}

    /** The heading as compared with literal template headings: {@link #display(String)} in lower case. */
    static String normalize(String heading) {
        return display(heading).toLowerCase(Locale.ROOT);
    }

    /** The heading without markup noise, in its own case: what a template heading pattern is matched against. */
    static String display(String heading) {
        String s = CLOSING_HASHES.matcher(heading.strip()).replaceFirst("");
        s = s.replace("**", "").replace("__", "");
        s = WHITESPACE.matcher(s).replaceAll(" ").strip();
        if (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** True when the heading's text is the spec's title or one of its aliases. */
    static boolean matchesTitle(SectionSpec spec, Section section) {
        String wanted = normalize(section.title());
        return normalize(spec.title()).equals(wanted)
                || spec.aliases().stream().anyMatch(alias -> normalize(alias).equals(wanted));
    }

    /**
     * True when a heading satisfies a pattern spec: the pattern matches the whole heading text (as written, without
     * markup noise, or in lower case), or the heading is one of the spec's aliases. The level is the caller's concern.
     */
    static boolean matchesPattern(SectionSpec spec, Section section) {
        Pattern pattern = spec.pattern().orElseThrow();
        String shown = display(section.title());
        return pattern.matcher(shown).matches()
                || pattern.matcher(shown.toLowerCase(Locale.ROOT)).matches()
                || pattern.matcher(section.title().strip()).matches()
                || spec.aliases().stream().anyMatch(alias -> normalize(alias).equals(normalize(section.title())));
    }
}
