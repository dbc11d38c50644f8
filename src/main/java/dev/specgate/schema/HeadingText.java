package dev.specgate.schema;

import dev.specgate.model.InlineText;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How heading texts compare, wherever they are compared (template against spec, POM paths against the template):
 * surrounding whitespace, closing {@code #}s, emphasis ({@code **Design**}, {@code *Design*}) and one trailing colon
 * do not count, inner whitespace is folded, and case is ignored.
 */
public final class HeadingText {

    private static final Pattern CLOSING_HASHES = Pattern.compile("(?:^|\\s+)#+\\s*$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private HeadingText() {}

    /** The heading as compared: {@link #display(String)} in lower case. */
    public static String normalize(String heading) {
        return display(heading).toLowerCase(Locale.ROOT);
    }

    /** The heading without markup noise, in its own case: what a template heading pattern is matched against. */
    public static String display(String heading) {
        String s = CLOSING_HASHES.matcher(heading.strip()).replaceFirst("");
        s = s.replace("**", "").replace("__", "");
        s = InlineText.unwrap(withoutTrailingColon(s)); // *Design*, _Design_:
        s = withoutTrailingColon(WHITESPACE.matcher(s).replaceAll(" ").strip());
        return s;
    }

    private static String withoutTrailingColon(String s) {
        return s.endsWith(":") ? s.substring(0, s.length() - 1).strip() : s;
    }
}
