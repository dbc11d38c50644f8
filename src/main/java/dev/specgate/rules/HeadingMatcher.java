package dev.specgate.rules;

import dev.specgate.model.Section;
import dev.specgate.schema.HeadingText;
import dev.specgate.schema.SectionSpec;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a spec heading is the one a template heading asks for. Headings compare case-insensitively,
 * ignoring surrounding whitespace, closing {@code #}s, emphasis markers and one trailing colon, with inner
 * whitespace folded. Aliases compare like the title; synonyms that are not aliases never match.
 */
final class HeadingMatcher {

    private HeadingMatcher() {}

    /** True when the heading's text is the spec's title or one of its aliases. */
    static boolean matchesTitle(SectionSpec spec, Section section) {
        String wanted = HeadingText.normalize(section.title());
        return HeadingText.normalize(spec.title()).equals(wanted)
                || spec.aliases().stream()
                        .anyMatch(alias -> HeadingText.normalize(alias).equals(wanted));
    }

    /**
     * True when a heading satisfies a pattern spec: the pattern matches the whole heading text (as written, without
     * markup noise, or in lower case), or the heading is one of the spec's aliases. The level is the caller's concern.
     */
    static boolean matchesPattern(SectionSpec spec, Section section) {
        Pattern pattern = spec.pattern().orElseThrow();
        String shown = HeadingText.display(section.title());
        return pattern.matcher(shown).matches()
                || pattern.matcher(shown.toLowerCase(Locale.ROOT)).matches()
                || pattern.matcher(section.title().strip()).matches()
                || spec.aliases().stream()
                        .anyMatch(alias -> HeadingText.normalize(alias).equals(HeadingText.normalize(section.title())));
    }
}
