package dev.specgate.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlobPatternTest {

    @Test
    void doubleStarMatchesTopLevelAndNestedFiles() {
        GlobPattern pattern = new GlobPattern("**/*.md");
        assertTrue(pattern.matches("a.md"));
        assertTrue(pattern.matches("team/a.md"));
        assertTrue(pattern.matches("team/x/y/a.md"));
        assertFalse(pattern.matches("a.txt"));
        assertFalse(pattern.matches("a.md.bak"));
    }

    @Test
    void singleStarStaysWithinOneName() {
        GlobPattern pattern = new GlobPattern("*.md");
        assertTrue(pattern.matches("a.md"));
        assertFalse(pattern.matches("team/a.md"));
    }

    @Test
    void questionMarkIsOneCharacterAndDotsAreLiteral() {
        GlobPattern pattern = new GlobPattern("spec-?.md");
        assertTrue(pattern.matches("spec-1.md"));
        assertFalse(pattern.matches("spec-10.md"));
        assertFalse(pattern.matches("spec-1xmd"));
    }

    @Test
    void trailingSlashMeansEverythingBelow() {
        GlobPattern pattern = new GlobPattern("drafts/");
        assertEquals("drafts/**", pattern.toString());
        assertTrue(pattern.matches("drafts/a.md"));
        assertTrue(pattern.matches("drafts/old/b.md"));
        assertFalse(pattern.matches("a.md"));
    }

    @Test
    void backslashesAndLeadingSlashesAreNormalised() {
        GlobPattern pattern = new GlobPattern("\\archive\\**");
        assertTrue(pattern.matches("archive/2024/a.md"));
        assertFalse(pattern.matches("current/a.md"));
    }

    @Test
    void doubleStarInTheMiddleMatchesZeroDirectories() {
        GlobPattern pattern = new GlobPattern("team/**/spec.md");
        assertTrue(pattern.matches("team/spec.md"));
        assertTrue(pattern.matches("team/a/b/spec.md"));
        assertFalse(pattern.matches("other/spec.md"));
    }
}
