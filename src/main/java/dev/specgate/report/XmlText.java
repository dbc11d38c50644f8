package dev.specgate.report;

/** Escapes text for XML 1.0 content and double-quoted attributes, dropping characters XML 1.0 cannot hold. */
final class XmlText {

    private XmlText() {}

    /** Character data: escapes {@code & < >}, keeps line breaks and tabs. */
    static String content(String text) {
        return escape(text, false);
    }

    /** An attribute value in double quotes: also escapes {@code "} and keeps line breaks as character references. */
    static String attribute(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean attribute) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                // A raw CR would be turned into LF by any parser; keep it as a reference.
                case '\r' -> out.append("&#13;");
                default -> {
                    if (legal(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        return out.toString();
    }

    // XML 1.0 Char production; lone surrogates arrive here as themselves and are dropped.
    private static boolean legal(int c) {
        return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
