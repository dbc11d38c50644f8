package dev.specgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryRootTest {

    @TempDir
    Path dir;

    @Test
    void nearestDirectoryWithGitWins() throws Exception {
        Path module = Files.createDirectories(dir.resolve("repo/services/billing"));
        Files.createDirectories(dir.resolve("repo/.git"));
        assertEquals(dir.resolve("repo"), RepositoryRoot.of(module, Optional.of(dir.resolve("repo/services"))));
    }

    @Test
    void gitFileOfAWorktreeCounts() throws Exception {
        Path module = Files.createDirectories(dir.resolve("wt/module"));
        Files.writeString(dir.resolve("wt/.git"), "gitdir: /elsewhere\n");
        assertEquals(dir.resolve("wt"), RepositoryRoot.of(module, Optional.empty()));
    }

    @Test
    void withoutGitTheReactorRootWhenItContainsTheModuleElseTheBaseDirectory() {
        Path module = dir.resolve("reactor/module-a");
        Path reactor = dir.resolve("reactor");
        assertEquals(reactor, RepositoryRoot.of(module, Optional.of(reactor), p -> false));
        assertEquals(module, RepositoryRoot.of(module, Optional.of(dir.resolve("elsewhere")), p -> false));
        assertEquals(module, RepositoryRoot.of(module, Optional.empty(), p -> false));
    }
}
