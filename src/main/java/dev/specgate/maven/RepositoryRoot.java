package dev.specgate.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The root that SARIF and GitHub annotation paths are relative to: the nearest directory at or above the base
 * directory holding {@code .git} (a directory, or a file in worktrees and submodules), else the reactor's top-level
 * directory when it contains the base directory, else the base directory itself.
 */
final class RepositoryRoot {

    private RepositoryRoot() {}

    static Path of(Path baseDirectory, Optional<Path> reactorRoot) {
        return of(baseDirectory, reactorRoot, dir -> Files.exists(dir.resolve(".git")));
    }

    /** As {@link #of(Path, Optional)}, with {@code isRepository} telling which directories hold {@code .git}. */
    static Path of(Path baseDirectory, Optional<Path> reactorRoot, Predicate<Path> isRepository) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        for (Path dir = base; dir != null; dir = dir.getParent()) {
            if (isRepository.test(dir)) {
                return dir;
            }
        }
        return reactorRoot
                .map(root -> root.toAbsolutePath().normalize())
                .filter(base::startsWith)
                .orElse(base);
    }
}
