package dev.specgate.report;

import java.nio.charset.StandardCharsets;

/** Turns a {@code /}-separated relative path into a relative URI reference, percent-encoding what URIs forbid. */
final class RelativeUri {

    private static final String HEX = "0123456789ABCDEF";

    private RelativeUri() {}

    static String of(String path) {
        StringBuilder uri = new StringBuilder(path.length());
        for (byte b : path.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (allowed(c)) {
                uri.append((char) c);
            } else {
                uri.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return uri.toString();
    }

    // RFC 3986 unreserved characters, sub-delims, '@' and '/'. ':' is left out so that a first segment such as
    // "a:b.md" cannot read as a scheme.
    private static boolean allowed(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "-._~!$&'()*+,;=@/".indexOf(c) >= 0;
    }
}
