package dev.specgate.rules;

import dev.specgate.schema.SpecSchema;
import java.util.List;

/**
 * A rule that also looks across all specs of a spec set (e.g. requirement IDs unique in the whole project). The
 * engine calls {@link #check} on every spec, keeps only each spec's {@link SpecFacts} (never the documents, so memory
 * does not grow with the specs' size), then calls {@link #checkSet} once per spec set.
 */
public interface SpecSetRule extends Rule {

    /**
     * Checks the specs of one spec set together from their facts, given in the order of their paths; report with
     * {@link FindingCollector#reportIn}.
     */
    void checkSet(List<SpecFacts> specs, SpecSchema schema, FindingCollector out);
}
