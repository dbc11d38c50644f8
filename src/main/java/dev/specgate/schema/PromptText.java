package dev.specgate.schema;

import java.util.Locale;

/**
 * How template prompt lines and spec lines are compared: list markers, task boxes, emphasis markers and
 * surrounding whitespace are dropped, inner whitespace folded, case ignored.
 */
public final class PromptText {

    private PromptText() {}

    public static String normalize(String line) {
        String s = line.strip();
        s = s.replaceFirst("^(?:[-*+]|\\d{1,9}[.)])\\s+", "");
        s = s.replaceFirst("^\\[[ xX]\\]\\s+", "");
        s = s.replace("**", "").replace("__", "");
        s = s.replaceAll("\\s+", " ").strip();
        return s.toLowerCase(Locale.ROOT);
    }
}
