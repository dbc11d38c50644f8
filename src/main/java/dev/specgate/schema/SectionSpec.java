package dev.specgate.schema;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A section the template asks for.
 *
 * @param title the template heading text (as written), used in messages
 * @param level the template heading level
 * @param pattern when the template heading has placeholder parts ({@code Phase 1: [Phase Name]}) or is a numbered
 *     repeat ({@code Phase 1}, {@code Phase 2}), the pattern at least one real heading of this level under the same
 *     parent must match with {@code Matcher.matches()} (case-insensitive); empty for a literal heading. A
 *     placeholder-only heading ({@code [Component 1]}) gives {@code .+}: it should only claim headings that no
 *     literal sibling claims (see {@link TemplateReader})
 * @param optional true when the template marks the section optional: it need not be present
 * @param aliases other headings accepted for this section (from the POM), compared like the title
 * @param templateLine the template line of the heading (0 for sections added in the POM)
 * @param children the subsections the template asks for
 */
public record SectionSpec(
        String title,
        int level,
        Optional<Pattern> pattern,
        boolean optional,
        List<String> aliases,
        int templateLine,
        List<SectionSpec> children) {

    public SectionSpec {
        aliases = List.copyOf(aliases);
        children = List.copyOf(children);
    }
}
