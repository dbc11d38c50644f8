package dev.specgate.schema;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How template prompt lines and spec lines are compared: list markers, task boxes, emphasis markers and
 * surrounding whitespace are dropped, inner whitespace folded, case ignored.
 */
public final class PromptText {

    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*+]|\\d{1,9}[.)])\\s+");
    private static final Pattern TASK_BOX = Pattern.compile("^\\[[ xX]\\]\\s+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private PromptText() {}

    public static String normalize(String line) {
        String s = line.strip();
        s = LIST_MARKER.matcher(s).replaceFirst("");
        s = TASK_BOX.matcher(s).replaceFirst("");
        s = s.replace("**", "").replace("__", "");
        s = WHITESPACE.matcher(s).replaceAll(" ").strip();
        return s.toLowerCase(Locale.ROOT);
    }
}
