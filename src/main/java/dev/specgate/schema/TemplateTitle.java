package dev.specgate.schema;

import dev.specgate.model.Section;
import dev.specgate.model.SpecDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a template asks for a document title, and which of its headings are sections:
 *
 * <ul>
 *   <li>its first level-1 heading is the title when it is the only level-1 heading, holds a placeholder part
 *       ({@code # [Feature Name]}) or names a title ({@code # KEP-NNNN: Your short, descriptive title});</li>
 *   <li>a template whose headings are several level-1 headings has sections, not a title;</li>
 *   <li>a template without a level-1 heading asks for no title, unless its first heading holds a placeholder part or
 *       names a title: then that heading (a setext level-2 heading, say) is the title at its level.</li>
 * </ul>
 *
 * @param level the title level (0: no title)
 * @param sections the template's top-level sections, the title left out
 */
record TemplateTitle(int level, List<Section> sections) {

    static TemplateTitle of(SpecDocument template) {
        List<Section> all = new ArrayList<>();
        template.title().ifPresent(all::add);
        all.addAll(template.sections());
        if (all.isEmpty()) {
            return new TemplateTitle(0, List.of());
        }
        Section first = all.get(0);
        long levelOnes = all.stream().filter(s -> s.level() == 1).count();
        if (template.title().isPresent()) {
            if (levelOnes == 1 || isTitlePrompt(first.title())) {
                return new TemplateTitle(1, template.sections());
            }
            return new TemplateTitle(0, all);
        }
        if (isTitlePrompt(first.title())) {
            List<Section> rest = new ArrayList<>(first.children());
            rest.addAll(all.subList(1, all.size()));
            return new TemplateTitle(first.level(), rest);
        }
        return new TemplateTitle(0, all);
    }

    /** A heading that holds a placeholder part or names a title is the title prompt, not a section. */
    private static boolean isTitlePrompt(String heading) {
        return HeadingPattern.hasPlaceholder(heading)
                || heading.toLowerCase(Locale.ROOT).matches(".*\\btitle\\b.*");
    }
}
