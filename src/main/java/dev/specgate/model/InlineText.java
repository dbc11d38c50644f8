package dev.specgate.model;

/**
 * Short inline text as specs write it in cells, roles and values: {@code **Approved**}, {@code `table_name`} and
 * {@code Approved} are the same word.
 */
public final class InlineText {

    private static final String[] WRAPPERS = {"**", "__", "`", "*", "_"};

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

    /** The form short values are compared in: {@link #unwrap(String)}, then {@link TextKey#of(String)}. */
    public static String key(String text) {
        return TextKey.of(unwrap(text));
    }
}
