package dev.specgate.schema;

import dev.specgate.model.TextKey;

/**
 * How heading texts compare, wherever they are compared (template against spec, POM paths against the template):
 * {@link TextKey#heading(String)}: surrounding whitespace, closing {@code #}s, emphasis, a leading section number
 * ({@code 1.}, {@code 1.1}, {@code A.}) and one trailing colon do not count, inner whitespace is folded, and case is
 * ignored.
 */
public final class HeadingText {

    private HeadingText() {}

    /** The heading as compared. */
    public static String normalize(String heading) {
        return TextKey.heading(heading);
    }

    /** The heading without markup noise, in its own case: what a template heading pattern is matched against. */
    public static String display(String heading) {
        return TextKey.headingDisplay(heading);
    }
}
