package dev.specgate.rules;

import dev.specgate.model.MetadataEntry;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.Table;
import dev.specgate.schema.SpecSchema;
import java.util.List;
import java.util.Optional;

/**
 * What every rule needs to know about one spec, computed once per spec and shared by the rules: the document, the
 * schema, how the template's sections match the spec's, the requirement IDs it writes, the document status and the
 * sign-off table. The spec's summary and facts read the same answers. Not thread-safe: one spec, one thread.
 */
public final class RuleContext {

    private final SpecDocument document;
    private final SpecSchema schema;
    private SectionMatches sectionMatches;
    private Optional<MetadataEntry> statusEntry;
    private Optional<Table> signOffTable;
    private List<IdOccurrence> idOccurrences;

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

    /**
     * Every requirement ID the spec writes, defined or referenced, in document order; none when the schema has no
     * requirement IDs (scanned on first use: the requirement-id rule and the spec's facts share one scan).
     */
    List<IdOccurrence> idOccurrences() {
        if (idOccurrences == null) {
            idOccurrences = schema.requirementIds()
                    .map(spec -> RequirementIdScanner.scan(document, spec, schema.sections()))
                    .orElse(List.of());
        }
        return idOccurrences;
    }

    /** The spec's status as written, without emphasis, when it has a non-blank one. */
    public Optional<String> status() {
        return DocumentStatus.written(statusEntry());
    }

    /** The spec's sign-off table ({@link SignOffTable#find}, looked up on first use). */
    public Optional<Table> signOffTable() {
        if (signOffTable == null) {
            signOffTable = SignOffTable.find(document, schema);
        }
        return signOffTable;
    }

    /** The status metadata entry when it holds an approved status ({@link DocumentStatus#approved}). */
    Optional<MetadataEntry> approvedStatus() {
        return DocumentStatus.approved(statusEntry(), schema);
    }

    /** The spec's status field ({@link DocumentStatus#entry}), found once for every question about the status. */
    private Optional<MetadataEntry> statusEntry() {
        if (statusEntry == null) {
            statusEntry = DocumentStatus.entry(document, schema);
        }
        return statusEntry;
    }
}
