package dev.specgate.rules;

import dev.specgate.model.SpecDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The small facts of one spec that checks across a spec set need once the spec's document is gone: the requirement
 * IDs it defines and the well-formed IDs it references. The engine computes them while the document is in memory,
 * keeps them (and caches them) instead of the document.
 *
 * @param file the spec's path relative to the project base directory, {@code /}-separated
 * @param definitions the requirements the spec defines, in document order, each ID once (see
 *     {@link RequirementExtractor#extract})
 * @param references the well-formed IDs the spec mentions other than where it defines one, in document order (an ID
 *     the spec defines elsewhere in itself included; the set rule skips those)
 */
public record SpecFacts(String file, List<Requirement> definitions, List<Requirement> references) {

    public SpecFacts {
        definitions = List.copyOf(definitions);
        references = List.copyOf(references);
    }

    /**
     * The facts of one spec under the schema's ID style (none when the schema has no requirement IDs), from the IDs
     * its rule context has scanned.
     */
    public static SpecFacts of(RuleContext context) {
        SpecDocument document = context.document();
        List<IdOccurrence> occurrences = context.idOccurrences();
        List<Requirement> references = new ArrayList<>();
        for (IdOccurrence o : occurrences) {
            if (o.wellFormed() && !o.definition()) {
                references.add(new Requirement(o.token(), document.path(), o.location(), ""));
            }
        }
        return new SpecFacts(
                document.path(), RequirementExtractor.definitions(occurrences, document.path()), references);
    }
}
