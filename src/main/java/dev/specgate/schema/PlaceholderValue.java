package dev.specgate.schema;

import dev.specgate.model.InlineText;
import java.util.regex.Pattern;

/**
 * Whether a short value (a table cell, a role) is a template placeholder rather than real content: a bracketed
 * prompt such as {@code [Stakeholder]} (not a link), a {@code {{VAR}}}, {@code YYYY-MM-DD}, or TBD/TODO/TBC/FIXME.
 */
public final class PlaceholderValue {

    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]*\\](?![(\\[])");
    private static final Pattern MARKER = Pattern.compile("(?i)tbd|todo|tbc|fixme|yyyy-mm-dd");

    private PlaceholderValue() {}

    /** True when the whole value (emphasis and surrounding whitespace ignored) is a placeholder. */
    public static boolean isPlaceholder(String value) {
        String s = strip(value);
        if (s.isEmpty()) {
            return false;
        }
        return BRACKETED.matcher(s).matches()
                || s.contains("{{")
                || MARKER.matcher(s).matches();
    }

    /** The value without surrounding whitespace, emphasis markers ({@code **}, {@code __}) or backticks. */
    public static String strip(String value) {
        return InlineText.unwrap(value);
    }
}
