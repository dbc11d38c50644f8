package dev.specgate.schema;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A section the template asks for.
 *
 * @param title the template heading text (as written), used in messages
 * @param level the template heading level
 * @param pattern when the template heading has placeholder parts ({@code Phase 1: [Phase Name]}), the pattern at
 *     least one real heading of this level under the same parent must match; empty for a literal heading
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
