package dev.specgate.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One metadata field of a spec, whichever way it was written: YAML front matter, {@code **Key**: value},
 * {@code **Key:** value}, {@code - **Key**: value}, or {@code key: value} in a Metadata section.
 *
 * @param key the key as written, without emphasis markers or the colon
 * @param value the value, trimmed (may be empty)
 * @param keyLocation where the key starts
 * @param valueLocation where the value starts (for an empty value, just after the colon)
 * @param optional true when the source marks the field optional: a YAML comment that says optional, on the field's
 *     line or on a comment line above the fields it introduces, or a front-matter field with no value (YAML null),
 *     which asks for nothing
 */
public record MetadataEntry(
        String key, String value, SourceLocation keyLocation, SourceLocation valueLocation, boolean optional) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-]+");

    /** A field with no optional marker. */
    public MetadataEntry(String key, String value, SourceLocation keyLocation, SourceLocation valueLocation) {
        this(key, value, keyLocation, valueLocation, false);
    }

    /** The same field, marked optional. */
    public MetadataEntry asOptional() {
        return new MetadataEntry(key, value, keyLocation, valueLocation, true);
    }

    /** The key as compared: lower case, with runs of spaces, underscores and hyphens folded to one space. */
    public String normalizedKey() {
        return normalize(key);
    }

    public static String normalize(String key) {
        return SEPARATORS.matcher(key.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
