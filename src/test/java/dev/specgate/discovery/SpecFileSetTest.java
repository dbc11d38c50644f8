package dev.specgate.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecFileSetTest {

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        for (String name : List.of("b.md", "a.md", "notes.txt", "team/c.md", "drafts/d.md", "drafts/deep/e.md")) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# " + name + "\n");
        }
    }

    @Test
    void defaultIncludesTakeEveryMarkdownFileSorted() throws SpecReadException {
        SpecFileSet set = new SpecFileSet(dir, List.of(), List.of());
        assertEquals(List.of("**/*.md"), set.includes());
        assertEquals(List.of("a.md", "b.md", "drafts/d.md", "drafts/deep/e.md", "team/c.md"), relative(set.files()));
    }

    @Test
    void excludesApplyAfterIncludes() throws SpecReadException {
        SpecFileSet set = new SpecFileSet(dir, List.of("**/*.md", "*.txt"), List.of("drafts/**"));
        assertEquals(List.of("a.md", "b.md", "notes.txt", "team/c.md"), relative(set.files()));
    }

    @Test
    void topLevelOnlyPattern() throws SpecReadException {
        assertEquals(List.of("a.md", "b.md"), relative(new SpecFileSet(dir, List.of("*.md"), List.of()).files()));
    }

    @Test
    void missingDirectoryHoldsNoFiles() throws SpecReadException {
        assertEquals(List.of(), new SpecFileSet(dir.resolve("nope"), List.of(), List.of()).files());
    }

    @Test
    void aLinkToASpecCountsAsTheSpecAndLinkedDirectoriesAreNotEntered() throws IOException, SpecReadException {
        Files.createSymbolicLink(dir.resolve("linked.md"), dir.resolve("team/c.md"));
        Files.createSymbolicLink(dir.resolve("elsewhere"), dir.resolve("team")); // entered, it would add elsewhere/c.md
        assertEquals(
                List.of("a.md", "b.md", "drafts/d.md", "drafts/deep/e.md", "linked.md", "team/c.md"),
                relative(new SpecFileSet(dir, List.of(), List.of()).files()));
    }

    @Test
    void aLinkToADirectoryNamedLikeASpecIsNamed() throws IOException {
        Files.createSymbolicLink(dir.resolve("old.md"), dir.resolve("drafts"));
        SpecReadException e =
                assertThrows(SpecReadException.class, () -> new SpecFileSet(dir, List.of(), List.of()).files());
        assertTrue(e.getMessage().contains(dir.resolve("old.md") + ", which is a directory"), e.getMessage());
    }

    @Test
    void aPatternThatSelectsPlainDirectoriesTakesOnlyTheirFiles() throws SpecReadException {
        assertEquals(
                List.of("drafts/d.md", "drafts/deep/e.md"),
                relative(new SpecFileSet(dir, List.of("drafts/**"), List.of()).files()));
    }

    @Test
    void aSpecDirectoryThatIsALinkIsListedWhereItPointsWithItsFilesNamedBelowTheLink()
            throws IOException, SpecReadException {
        Path link = Files.createSymbolicLink(dir.resolve("shared"), dir.resolve("drafts"));
        assertEquals(
                List.of(link.resolve("d.md"), link.resolve("deep/e.md")),
                new SpecFileSet(link, List.of(), List.of()).files());
    }

    @Test
    void anUnreadableSubdirectoryIsNamedWithWhatToDo() throws IOException {
        Path closed = dir.resolve("drafts/deep");
        Files.setPosixFilePermissions(closed, Set.of());
        try {
            assumeTrue(!Files.isReadable(closed), "the file system lets this user read any directory (root)");
            SpecReadException e =
                    assertThrows(SpecReadException.class, () -> new SpecFileSet(dir, List.of(), List.of()).files());
            assertEquals(
                    "Cannot list the spec directory " + dir + ": permission denied on " + closed + "; make it readable",
                    e.getMessage());
        } finally {
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private List<String> relative(List<Path> files) {
        return files.stream()
                .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                .toList();
    }
}
