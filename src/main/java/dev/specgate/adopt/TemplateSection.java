package dev.specgate.adopt;

import dev.specgate.model.Section;
import dev.specgate.schema.HeadingText;
import dev.specgate.schema.SectionSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A section of the template as adoption sees it: the schema's section, its heading path, and the stems of its
 * heading and of the template's prompt text under it.
 *
 * @param spec the section as the schema has it (pattern, optional, aliases)
 * @param path the heading path in the template's spelling
 * @param titleStems the stems of the heading
 * @param promptStems the stems of the template's text in the section (its own body, not its subsections)
 * @param children the subsections
 */
record TemplateSection(
        SectionSpec spec,
        List<String> path,
        Set<String> titleStems,
        Set<String> promptStems,
        List<TemplateSection> children) {

    TemplateSection {
        path = List.copyOf(path);
        titleStems = Set.copyOf(titleStems);
        promptStems = Set.copyOf(promptStems);
        children = List.copyOf(children);
    }

    /** {@code Parent > Child}. */
    String displayPath() {
        return String.join(" > ", path);
    }

    /** Whether a spec heading is this section: the same title, one of its aliases, or matching its pattern. */
    boolean matches(Section section, Collection<String> extraAliases) {
        String heading = HeadingText.display(section.title());
        if (spec.pattern().isPresent()) {
            return spec.pattern().get().matcher(heading).matches();
        }
        String key = heading.toLowerCase(Locale.ROOT);
        if (key.equals(HeadingText.normalize(spec.title()))) {
            return true;
        }
        List<String> aliases = new ArrayList<>(spec.aliases());
        aliases.addAll(extraAliases);
        return aliases.stream().anyMatch(alias -> HeadingText.normalize(alias).equals(key));
    }
}
