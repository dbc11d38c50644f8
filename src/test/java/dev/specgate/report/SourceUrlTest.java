package dev.specgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceUrlTest {

    @Test
    void httpAndHttpsUrlsAreKeptWithoutTrailingSlash() {
        assertEquals(
                "https://github.com/acme/shop/blob/main",
                SourceUrl.normalize(" https://github.com/acme/shop/blob/main/ "));
        assertEquals("http://git.local/shop", SourceUrl.normalize("http://git.local/shop"));
    }

    @Test
    void otherSchemesAreRejected() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> SourceUrl.normalize("javascript:alert(1)"));
        assertEquals(
                "\"javascript:alert(1)\" is not an http or https URL, e.g. https://github.com/acme/shop/blob/main",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SourceUrl.normalize("file:///etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> SourceUrl.normalize("docs/specs"));
    }

    @Test
    void scmUrlsOfGithubAndGitlabGiveTheirFileAddress() {
        assertEquals(
                Optional.of("https://github.com/acme/shop/blob/HEAD"),
                SourceUrl.fromScm("https://github.com/acme/shop"));
        assertEquals(
                Optional.of("https://github.com/acme/shop/blob/HEAD"),
                SourceUrl.fromScm("https://github.com/acme/shop.git"));
        assertEquals(
                Optional.of("https://gitlab.com/acme/team/shop/-/blob/HEAD"),
                SourceUrl.fromScm("https://gitlab.com/acme/team/shop/"));
        assertEquals(Optional.empty(), SourceUrl.fromScm("https://github.com/acme/shop/tree/main"));
        assertEquals(Optional.empty(), SourceUrl.fromScm("https://bitbucket.org/acme/shop"));
        assertEquals(Optional.empty(), SourceUrl.fromScm("scm:git:git@github.com:acme/shop.git"));
        assertEquals(Optional.empty(), SourceUrl.fromScm(null));
    }
}
