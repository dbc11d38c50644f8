package dev.specgate.schema;

/** The type of a metadata field, inferred from the template's example value. */
public enum FieldType {
    /** Any non-empty text. */
    TEXT,
    /** A real calendar date in ISO form {@code YYYY-MM-DD}. */
    DATE,
    /** One of a fixed list of values, compared case-insensitively. */
    ENUM
}
