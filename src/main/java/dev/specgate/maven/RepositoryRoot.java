package dev.specgate.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The root that SARIF and GitHub annotation paths are relative to: the nearest directory at or above the base
 * directory holding {@code .git} (a directory, or a file in worktrees and submodules), else the reactor's top-level
 * directory when it contains the base directory, else the base directory itself.
 */
final class RepositoryRoot {

    private RepositoryRoot() {}

    static Path of(Path baseDirectory, Optional<Path> reactorRoot) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        for (Path dir = base; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return reactorRoot.map(root -> root.toAbsolutePath().normalize()).filter(base::startsWith).orElse(base);
    }
}
