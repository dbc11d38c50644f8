package dev.specgate.rules;

import dev.specgate.approval.ApprovableContent;
import dev.specgate.approval.ContentHashes;
import dev.specgate.model.MetadataEntry;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.Table;
import dev.specgate.schema.FieldType;
import dev.specgate.schema.MetadataFieldSpec;
import dev.specgate.schema.SpecSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What of a spec an approval covers, by the schema: everything but the sign-off table (found as the sign-off rule
 * finds it) and the metadata that approving changes, the status field and the date fields (the template's date
 * fields and a field called {@code Date}).
 */
public final class ApprovalScope {

    private ApprovalScope() {}

    /** The hashes of the spec's approvable content: all but its sign-off table ({@link SignOffTable#find}) and stamps. */
    public static ContentHashes hashes(SpecDocument document, SpecSchema schema, Optional<Table> signOffTable) {
        return ApprovableContent.of(document, signOffTable, stamps(document, schema));
    }

    /** The metadata entries left out: status and dates. */
    static List<MetadataEntry> stamps(SpecDocument document, SpecSchema schema) {
        List<MetadataEntry> stamps = new ArrayList<>();
        DocumentStatus.entry(document, schema).ifPresent(stamps::add);
        schema.metadata().stream()
                .filter(field -> field.type() == FieldType.DATE)
                .map(MetadataFieldSpec::key)
                .forEach(key -> document.metadata().get(key).ifPresent(stamps::add));
        document.metadata().get("date").ifPresent(stamps::add);
        return stamps;
    }
}
