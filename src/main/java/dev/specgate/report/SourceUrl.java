package dev.specgate.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** The web address of a repository's files, which finding links start with. */
public final class SourceUrl {

    private SourceUrl() {}

    /**
     * Checks and trims a source URL: an absolute {@code http} or {@code https} URL with a host, without a trailing
     * {@code /}.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static String normalize(String url) {
        String u = url.strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException(
                        "\"" + url + "\" is not an http or https URL, e.g. https://github.com/acme/shop/blob/main");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\"" + url + "\" is not a URL: " + e.getReason(), e);
        }
        return u;
    }

    /**
     * The file address that a project's {@code <scm><url>} implies for the hosts whose layout is known: GitHub
     * ({@code …/blob/HEAD}) and GitLab ({@code …/-/blob/HEAD}); empty for others or a URL that is not http(s).
     */
    public static Optional<String> fromScm(String scmUrl) {
        if (scmUrl == null || scmUrl.isBlank()) {
            return Optional.empty();
        }
        String u;
        try {
            u = normalize(scmUrl);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (u.endsWith(".git")) {
            u = u.substring(0, u.length() - 4);
        }
        String host = URI.create(u).getHost().toLowerCase(Locale.ROOT);
        if (host.equals("github.com") && u.matches("https?://[^/]+/[^/]+/[^/]+")) {
            return Optional.of(u + "/blob/HEAD");
        }
        if (host.equals("gitlab.com") && u.matches("https?://[^/]+/[^/]+(/[^/]+)+") && !u.contains("/-/")) {
            return Optional.of(u + "/-/blob/HEAD");
        }
        return Optional.empty();
    }
}
