package dev.specgate.schema;

import java.util.List;
import java.util.Set;

/**
 * What a spec must contain: inferred from the team's template by {@link TemplateReader}, or the built-in default,
 * with POM overrides merged on top.
 *
 * @param source where the schema comes from, for messages: the template path relative to the base directory, or
 *     {@code built-in default template}
 * @param sections the top-level sections the template asks for (the template title is not one of them)
 * @param metadata the metadata fields the template asks for
 * @param promptLines template prose lines and list items (normalised with {@link PromptText#normalize(String)})
 *     that a filled spec must not keep verbatim
 */
public record SpecSchema(String source, List<SectionSpec> sections, List<MetadataFieldSpec> metadata, Set<String> promptLines) {

    public SpecSchema {
        sections = List.copyOf(sections);
        metadata = List.copyOf(metadata);
        promptLines = Set.copyOf(promptLines);
    }
}
