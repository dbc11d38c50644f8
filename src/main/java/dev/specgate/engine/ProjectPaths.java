package dev.specgate.engine;

import java.nio.file.Path;

/** Resolves configured paths against the project base directory and shows paths relative to it. */
record ProjectPaths(Path baseDirectory) {

    ProjectPaths {
        baseDirectory = baseDirectory.toAbsolutePath().normalize();
    }

    /** {@code path} made absolute against the base directory, normalised. */
    Path absolute(Path path) {
        return baseDirectory.resolve(path).normalize();
    }

    /** {@code path} relative to the base directory with {@code /} separators ({@code .} for the base itself). */
    String display(Path path) {
        Path absolute = absolute(path);
        if (!absolute.getRoot().equals(baseDirectory.getRoot())) {
            return absolute.toString().replace('\\', '/');
        }
        String relative = baseDirectory.relativize(absolute).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : relative;
    }
}
