package dev.specgate.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Short inline text as specs write it in cells, roles and values: {@code **Approved**}, {@code `table_name`} and
 * {@code Approved} are the same word.
 */
public final class InlineText {

    private static final String[] WRAPPERS = {"**", "__", "`", "*", "_"};
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private InlineText() {}

    /** The text without surrounding whitespace and without wrapping emphasis markers or backticks. */
    public static String unwrap(String text) {
        String s = text.strip();
        boolean changed = true;
        while (changed && s.length() >= 2) {
            changed = false;
            for (String mark : WRAPPERS) {
                if (s.length() >= 2 * mark.length() && s.startsWith(mark) && s.endsWith(mark)) {
                    s = s.substring(mark.length(), s.length() - mark.length()).strip();
                    changed = true;
                    break;
                }
            }
        }
        return s;
    }

    /** {@link #unwrap(String)} with inner whitespace folded, in lower case: the form texts are compared in. */
    public static String key(String text) {
        return WHITESPACE.matcher(unwrap(text)).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
