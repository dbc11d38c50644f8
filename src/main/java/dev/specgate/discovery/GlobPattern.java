package dev.specgate.discovery;

import java.util.regex.Pattern;

/**
 * A Maven-style file pattern relative to a directory: {@code **} matches any number of directories (including
 * none, so {@code **}{@code /*.md} matches top-level files too), {@code *} any characters within one name and
 * {@code ?} one character. A pattern ending in {@code /} matches everything below that directory. Matching is
 * case-sensitive, on {@code /}-separated paths.
 */
public final class GlobPattern {

    private final String glob;
    private final Pattern regex;

    public GlobPattern(String glob) {
        String normalized = glob.trim().replace('\\', '/');
        while (normalized.startsWith("/")) {
            normalized = normalized.substring(1);
        }
        if (normalized.endsWith("/")) {
            normalized = normalized + "**";
        }
        this.glob = normalized;
        this.regex = Pattern.compile(toRegex(normalized));
    }

    /** Whether the {@code /}-separated relative path matches. */
    public boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    @Override
    public String toString() {
        return glob;
    }

    private static String toRegex(String glob) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                out.append("(?:[^/]*/)*");
                i += 3;
            } else if (glob.startsWith("**", i)) {
                out.append(".*");
                i += 2;
            } else if (c == '*') {
                out.append("[^/]*");
                i++;
            } else if (c == '?') {
                out.append("[^/]");
                i++;
            } else {
                out.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return out.toString();
    }
}
