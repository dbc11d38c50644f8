package dev.specgate.rules;

import dev.specgate.model.MetadataEntry;
import dev.specgate.model.SpecDocument;
import dev.specgate.schema.SpecSchema;
import java.util.Optional;

/**
 * What every rule needs to know about one spec, computed once per spec and shared by the rules: the document, the
 * schema, how the template's sections match the spec's, and the document status. Not thread-safe: one spec, one
 * thread.
 */
public final class RuleContext {

    private final SpecDocument document;
    private final SpecSchema schema;
    private SectionMatches sectionMatches;
    private Optional<MetadataEntry> approvedStatus;

    public RuleContext(SpecDocument document, SpecSchema schema) {
        this.document = document;
        this.schema = schema;
    }

    public SpecDocument document() {
        return document;
    }

    public SpecSchema schema() {
        return schema;
    }

    /** The template's section tree matched against the spec's (computed on first use). */
    SectionMatches sectionMatches() {
        if (sectionMatches == null) {
            sectionMatches = SectionMatcher.match(document, schema);
        }
        return sectionMatches;
    }

    /** The status metadata entry when it holds an approved status (computed on first use). */
    Optional<MetadataEntry> approvedStatus() {
        if (approvedStatus == null) {
            approvedStatus = DocumentStatus.approved(document, schema);
        }
        return approvedStatus;
    }
}
