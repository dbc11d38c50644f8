package dev.specgate.rules;

import dev.specgate.model.Section;
import dev.specgate.schema.HeadingText;
import dev.specgate.schema.SectionSpec;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a spec heading is the one a template heading asks for. Headings compare case-insensitively,
 * ignoring surrounding whitespace, closing {@code #}s, emphasis markers and one trailing colon, with inner
 * whitespace folded. Aliases compare like the title; synonyms that are not aliases never match.
 *
 * <p>One matcher serves one walk of a spec against a template: it computes the compared form of each heading and of
 * each template title once, however many pairs are compared. Not thread-safe.
 */
final class HeadingMatcher {

    private final Map<Section, String> headings = new IdentityHashMap<>();
    private final Map<SectionSpec, Set<String>> titles = new IdentityHashMap<>();
    private final Map<SectionSpec, Set<String>> aliases = new IdentityHashMap<>();

    /** True when the heading's text is the spec's title or one of its aliases. */
    boolean matchesTitle(SectionSpec spec, Section section) {
        return titles(spec).contains(heading(section));
    }

    /**
     * True when a heading satisfies a pattern spec: the pattern matches the whole heading text (as written, without
     * markup noise, or in lower case), or the heading is one of the spec's aliases. The level is the caller's concern.
     */
    boolean matchesPattern(SectionSpec spec, Section section) {
        Pattern pattern = spec.pattern().orElseThrow();
        String shown = HeadingText.display(section.title());
        return pattern.matcher(shown).matches()
                || pattern.matcher(shown.toLowerCase(Locale.ROOT)).matches()
                || pattern.matcher(section.title().strip()).matches()
                || aliases(spec).contains(heading(section));
    }

    private String heading(Section section) {
        return headings.computeIfAbsent(section, s -> HeadingText.normalize(s.title()));
    }

    /** The compared forms of the spec's title and aliases. */
    private Set<String> titles(SectionSpec spec) {
        return titles.computeIfAbsent(spec, s -> {
            Set<String> keys = new HashSet<>(aliases(s));
            keys.add(HeadingText.normalize(s.title()));
            return keys;
        });
    }

    /** The compared forms of the spec's aliases. */
    private Set<String> aliases(SectionSpec spec) {
        return aliases.computeIfAbsent(spec, s -> {
            Set<String> keys = new HashSet<>();
            s.aliases().forEach(alias -> keys.add(HeadingText.normalize(alias)));
            return keys;
        });
    }
}
