package dev.specgate.schema;

import java.util.List;

/**
 * A metadata field the template asks for.
 *
 * @param key the key as the template writes it (compared case-insensitively)
 * @param type what the value must be
 * @param allowedValues for {@link FieldType#ENUM}, exactly the values the template lists, in its spelling
 * @param templateLine the template line of the field (0 when added in the POM)
 * @param optional whether a spec may leave the field out or empty
 * @param dateForm for {@link FieldType#DATE}, the form the template writes the date in: {@link #ISO_DATE} unless its
 *     prompt shows another order ({@code <mm/dd/yyyy>} gives {@code MM/DD/YYYY})
 */
public record MetadataFieldSpec(
        String key, FieldType type, List<String> allowedValues, int templateLine, boolean optional, String dateForm) {

    /** The date form of a field whose template shows no other. */
    public static final String ISO_DATE = "YYYY-MM-DD";

    /** A required field. */
    public MetadataFieldSpec(String key, FieldType type, List<String> allowedValues, int templateLine) {
        this(key, type, allowedValues, templateLine, false);
    }

    /** A field whose dates, if it holds any, are written {@code YYYY-MM-DD}. */
    public MetadataFieldSpec(
            String key, FieldType type, List<String> allowedValues, int templateLine, boolean optional) {
        this(key, type, allowedValues, templateLine, optional, ISO_DATE);
    }

    public MetadataFieldSpec {
        allowedValues = List.copyOf(allowedValues);
    }
}
