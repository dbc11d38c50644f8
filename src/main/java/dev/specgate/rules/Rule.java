package dev.specgate.rules;

import dev.specgate.model.Severity;
import dev.specgate.model.SpecDocument;
import dev.specgate.schema.SpecSchema;

/** One check with a stable id. Implementations are stateless and thread-safe. */
public interface Rule {

    /** The stable kebab-case id, e.g. {@code required-section}. */
    String id();

    /** One sentence on what the rule checks (used in help and reports). */
    String description();

    /** The severity its findings have unless configured otherwise. */
    default Severity defaultSeverity() {
        return Severity.ERROR;
    }

    /** Checks one spec against the schema and reports every problem to {@code out}. */
    void check(RuleContext context, FindingCollector out);

    /** Checks one spec with a context of its own (for callers that run one rule). */
    default void check(SpecDocument document, SpecSchema schema, FindingCollector out) {
        check(new RuleContext(document, schema), out);
    }
}
