package dev.specgate.schema;

/** The type of a metadata field, inferred from the template's example value. */
public enum FieldType {
    /** Any non-empty text. */
    TEXT,
    /**
     * A real calendar date in ISO form {@code YYYY-MM-DD}, or in the form the template's date prompt shows
     * ({@link MetadataFieldSpec#dateForm}).
     */
    DATE,
    /** One of a fixed list of values, compared case-insensitively. */
    ENUM,
    /**
     * A list of names or links under a plural key ({@code co-authors}, {@code related-issues}): empty when there is
     * nothing to list, so an empty value is not reported (unless the template's value says it is required).
     */
    LIST
}
