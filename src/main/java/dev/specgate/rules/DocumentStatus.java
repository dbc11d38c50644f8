package dev.specgate.rules;

import dev.specgate.model.InlineText;
import dev.specgate.model.MetadataEntry;
import dev.specgate.model.SpecDocument;
import dev.specgate.schema.FieldType;
import dev.specgate.schema.MetadataFieldSpec;
import dev.specgate.schema.SpecSchema;
import java.util.Optional;

/**
 * Reads a spec's status and tells whether it is one of the schema's approved statuses. Asked through
 * {@link RuleContext}, which finds the status field once per spec; the engine reads the status from the spec's
 * summary.
 */
final class DocumentStatus {

    private DocumentStatus() {}

    /** The status field, when the spec has one: the template's enum field listing an approved value, or "Status". */
    static Optional<MetadataEntry> entry(SpecDocument document, SpecSchema schema) {
        String key = schema.metadata().stream()
                .filter(f -> f.type() == FieldType.ENUM)
                .filter(f -> f.allowedValues().stream().anyMatch(v -> isApprovedValue(v, schema)))
                .map(MetadataFieldSpec::key)
                .findFirst()
                .orElse("status");
        return document.metadata().get(key).or(() -> document.metadata().get("status"));
    }

    /** The status field {@link #entry} found, when its value is an approved status (compared case-insensitively). */
    static Optional<MetadataEntry> approved(Optional<MetadataEntry> entry, SpecSchema schema) {
        return entry.filter(e -> isApprovedValue(e.value(), schema));
    }

    /** The status written in the field {@link #entry} found, without emphasis, when it is not blank. */
    static Optional<String> written(Optional<MetadataEntry> entry) {
        return entry.map(DocumentStatus::value).filter(v -> !v.isBlank());
    }

    /** The status as written, without emphasis. */
    static String value(MetadataEntry entry) {
        return InlineText.unwrap(entry.value());
    }

    private static boolean isApprovedValue(String value, SpecSchema schema) {
        String v = InlineText.unwrap(value);
        return schema.approvedStatuses().stream().anyMatch(a -> a.equalsIgnoreCase(v));
    }
}
