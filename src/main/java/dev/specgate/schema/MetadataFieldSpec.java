package dev.specgate.schema;

import java.util.List;

/**
 * A metadata field the template asks for.
 *
 * @param key the key as the template writes it (compared case-insensitively)
 * @param type what the value must be
 * @param allowedValues for {@link FieldType#ENUM}, exactly the values the template lists, in its spelling
 * @param templateLine the template line of the field (0 when added in the POM)
 */
public record MetadataFieldSpec(
        String key, FieldType type, List<String> allowedValues, int templateLine, boolean optional) {

    /** A required field. */
    public MetadataFieldSpec(String key, FieldType type, List<String> allowedValues, int templateLine) {
        this(key, type, allowedValues, templateLine, false);
    }

    public MetadataFieldSpec {
        allowedValues = List.copyOf(allowedValues);
    }
}
