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
        // Every paragraph of every spec passes here: the regular expressions run only where they can change the text.
        String s = text.indexOf('*') < 0 && text.indexOf('_') < 0
                ? text
                : EMPHASIS.matcher(text).replaceAll("");
        s = (hasWhitespaceToFold(s) ? WHITESPACE.matcher(s).replaceAll(" ") : s).strip();
        if (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** True when {@link #WHITESPACE} would change the text: a whitespace run or a whitespace other than a space. */
    private static boolean hasWhitespaceToFold(String s) {
        boolean afterSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (afterSpace) {
                    return true;
                }
                afterSpace = true;
            } else if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return true;
            } else {
                afterSpace = false;
            }
        }
        return false;
    }

    /**
     * A hash of a text's letters and digits, case folded one character at a time. {@link #of(String)} only drops
     * characters that are neither (emphasis markers, whitespace, a colon) and changes case, so texts with equal compared
     * forms have equal signatures: a text whose signature is not among those of a set of compared forms cannot have
     * its compared form in that set, and most prose is ruled out without computing it.
     */
    public static long signature(CharSequence text) {
        long hash = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    hash = 31 * hash + c;
                } else if (c >= 'A' && c <= 'Z') {
                    hash = 31 * hash + (c | 0x20);
                }
            } else if (Character.isLetterOrDigit(c)) {
                hash = 31 * hash + Character.toLowerCase(Character.toUpperCase(c));
            }
        }
        return hash;
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
