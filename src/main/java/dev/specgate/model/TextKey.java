package dev.specgate.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one normal form texts are compared in, wherever a spec's words are compared with the template's or the POM's
 * (headings, prompts, cells, roles): emphasis markers dropped, whitespace folded, case ignored, one trailing colon
 * dropped; for headings also closing {@code #}s and leading section numbers ({@code 1.}, {@code 1.1}, {@code A.}).
 */
public final class TextKey {

    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\p{L}\\d])[*_]|[*_](?![\\p{L}\\d])");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern CLOSING_HASHES = Pattern.compile("(?:^|\\s+)#+\\s*$");
    private static final Pattern SECTION_NUMBER =
            Pattern.compile("^(?:(?:\\d{1,3}(?:\\.\\d{1,3})*|[A-Z]|[IVX]{1,5})[.):]|\\d{1,3}(?:\\.\\d{1,3})+)\\s+");

    private TextKey() {}

    /** The compared form of prose: emphasis, case, whitespace and one trailing colon do not count. */
    public static String of(String text) {
        return display(text).toLowerCase(Locale.ROOT);
    }

    /** {@link #of(String)} in the text's own case. */
    public static String display(String text) {
        String s = EMPHASIS.matcher(text).replaceAll("");
        s = WHITESPACE.matcher(s).replaceAll(" ").strip();
        if (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** The compared form of a heading: {@link #of(String)} without closing hashes or a leading section number. */
    public static String heading(String heading) {
        return headingDisplay(heading).toLowerCase(Locale.ROOT);
    }

    /** {@link #heading(String)} in the heading's own case. */
    public static String headingDisplay(String heading) {
        String s = CLOSING_HASHES.matcher(heading.strip()).replaceFirst("");
        s = display(s);
        String unnumbered = SECTION_NUMBER.matcher(s).replaceFirst("");
        return unnumbered.isEmpty() ? s : unnumbered;
    }
}
