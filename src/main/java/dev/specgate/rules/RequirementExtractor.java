package dev.specgate.rules;

import dev.specgate.model.SpecDocument;
import dev.specgate.schema.RequirementIdSpec;
import dev.specgate.schema.SectionSpec;
import dev.specgate.schema.SpecSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Lists the requirements a spec defines, for the requirements index and later traceability. */
public final class RequirementExtractor {

    private RequirementExtractor() {}

    /**
     * Every well-formed requirement ID the spec defines under the schema's ID style (none when the schema has no
     * requirement IDs); definition sections are found through the schema's section tree, so aliases count.
     */
    public static List<Requirement> extract(SpecDocument document, SpecSchema schema) {
        return schema.requirementIds()
                .map(spec -> extract(document, spec, schema.sections()))
                .orElse(List.of());
    }

    /**
     * Every well-formed requirement ID the spec defines (a list item, paragraph, first table cell or heading starting
     * with it in a definition section), in document order; a duplicate definition is listed once, at its first place.
     */
    static List<Requirement> extract(SpecDocument document, RequirementIdSpec spec, List<SectionSpec> sections) {
        return definitions(RequirementIdScanner.scan(document, spec, sections), document.path());
    }

    /** The requirements among ID occurrences already scanned in one spec (see {@link #extract}). */
    static List<Requirement> definitions(List<IdOccurrence> occurrences, String file) {
        List<Requirement> requirements = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (IdOccurrence o : occurrences) {
            if (o.definition() && o.wellFormed() && seen.add(o.token())) {
                requirements.add(new Requirement(o.token(), file, o.location(), o.text()));
            }
        }
        return List.copyOf(requirements);
    }
}
