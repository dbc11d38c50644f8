package dev.specgate.adopt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code spec:init} proposes for one spec set, from the template and every spec.
 *
 * @param specs how many specs were read
 * @param aliases heading aliases: other names many specs use for a template section
 * @param optionalSections template sections most specs omit (aliases counted as present)
 * @param keptText template lines most specs keep verbatim
 * @param metadata the metadata fields the specs use, most used first
 */
public record AdoptionProposal(
        int specs,
        List<Alias> aliases,
        List<OptionalSection> optionalSections,
        List<KeptText> keptText,
        List<MetadataField> metadata) {

    public AdoptionProposal {
        aliases = List.copyOf(aliases);
        optionalSections = List.copyOf(optionalSections);
        keptText = List.copyOf(keptText);
        metadata = List.copyOf(metadata);
    }

    /**
     * Specs name the template section {@code sectionPath} {@code heading}.
     *
     * @param sectionPath the template's heading path, e.g. {@code Reference-level explanation}
     * @param heading the other heading, in its most common spelling
     * @param specs how many specs use it for the section
     * @param byPosition how many of those specs put it where the template puts the section without the words
     *     matching: found by position alone
     */
    public record Alias(String sectionPath, String heading, int specs, int byPosition) {}

    /**
     * A template section that most specs do not have.
     *
     * @param sectionPath the template's heading path
     * @param present how many specs have it (under its title or a proposed alias)
     */
    public record OptionalSection(String sectionPath, int present) {}

    /**
     * A template line that most specs keep word for word, which the placeholder rule reports as a left-in prompt.
     *
     * @param text the line as the template has it
     * @param templateLine its line in the template
     * @param specs how many specs keep it
     */
    public record KeptText(String text, int templateLine, int specs) {}

    /**
     * A metadata field the specs use.
     *
     * @param key the key in its most common spelling
     * @param specs how many specs have it
     * @param inTemplate whether the template asks for it
     */
    public record MetadataField(String key, int specs, boolean inTemplate) {}

    /** The proposed aliases as the POM's {@code <alias>} entries take them: heading path to other headings. */
    public Map<String, List<String>> aliasMap() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Alias alias : aliases) {
            map.computeIfAbsent(alias.sectionPath(), key -> new java.util.ArrayList<>())
                    .add(alias.heading());
        }
        return map;
    }

    /** The heading paths proposed as optional. */
    public List<String> optionalPaths() {
        return optionalSections.stream().map(OptionalSection::sectionPath).toList();
    }
}
