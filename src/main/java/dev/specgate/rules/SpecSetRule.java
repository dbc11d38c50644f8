package dev.specgate.rules;

import dev.specgate.model.SpecDocument;
import dev.specgate.schema.SpecSchema;
import java.util.List;

/**
 * A rule that also looks across all specs of a spec set (e.g. requirement IDs unique in the whole project). The
 * engine calls {@link #check} on every spec, then {@link #checkSet} once per spec set.
 */
public interface SpecSetRule extends Rule {

    /** Checks the specs of one spec set together; report with {@link FindingCollector#reportIn}. */
    void checkSet(List<SpecDocument> documents, SpecSchema schema, FindingCollector out);
}
