package dev.specgate.rules;

/** Finds inline code spans ({@code `code`}, {@code ``co`de``}) in a line, as CommonMark delimits them. */
final class InlineCode {

    private InlineCode() {}

    /** For each character of the line, whether it lies in a code span (backticks included). */
    static boolean[] mask(String text) {
        boolean[] code = new boolean[text.length()];
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != '`') {
                i++;
                continue;
            }
            int runEnd = run(text, i);
            int close = closingRun(text, runEnd, runEnd - i);
            if (close < 0) {
                i = runEnd; // an unmatched backtick run is literal text
                continue;
            }
            int end = close + (runEnd - i);
            for (int k = i; k < end; k++) {
                code[k] = true;
            }
            i = end;
        }
        return code;
    }

    private static int run(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == '`') {
            i++;
        }
        return i;
    }

    private static int closingRun(String text, int from, int length) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '`') {
                int end = run(text, i);
                if (end - i == length) {
                    return i;
                }
                i = end;
            } else {
                i++;
            }
        }
        return -1;
    }
}
