package dev.specgate.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files below a directory selected by Maven-style include and exclude patterns.
 *
 * @param directory the directory to search (absolute)
 * @param includes patterns of files to take; {@link #DEFAULT_INCLUDES} when empty
 * @param excludes patterns of files to leave out, applied after the includes
 */
public record SpecFileSet(Path directory, List<String> includes, List<String> excludes) {

    /** The includes used when none are configured. */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.md");

    /**
     * Files that describe a spec directory rather than being specs, left out unless a spec set turns default
     * excludes off.
     */
    public static final List<String> DEFAULT_EXCLUDES = List.of("**/README.md", "**/readme.md", "**/index.md");

    public SpecFileSet {
        includes = includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /**
     * The matching regular files, absolute and sorted by their {@code /}-separated relative path. A directory that
     * does not exist holds no files.
     *
     * @throws SpecReadException when the directory cannot be listed
     */
    public List<Path> files() throws SpecReadException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<GlobPattern> in = includes.stream().map(GlobPattern::new).toList();
        List<GlobPattern> out = excludes.stream().map(GlobPattern::new).toList();
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> {
                        String relative = relativePath(file);
                        return in.stream().anyMatch(p -> p.matches(relative))
                                && out.stream().noneMatch(p -> p.matches(relative));
                    })
                    .sorted((a, b) -> relativePath(a).compareTo(relativePath(b)))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new SpecReadException("Cannot list the spec directory " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * True when the file (absolute, existing or not) lies below the directory and the patterns select it.
     */
    public boolean selects(Path file) {
        Path normal = file.normalize();
        if (!normal.startsWith(directory.normalize()) || normal.equals(directory.normalize())) {
            return false;
        }
        String relative = directory.normalize().relativize(normal).toString().replace('\\', '/');
        return includes.stream().map(GlobPattern::new).anyMatch(p -> p.matches(relative))
                && excludes.stream().map(GlobPattern::new).noneMatch(p -> p.matches(relative));
    }

    private String relativePath(Path file) {
        return directory.relativize(file).toString().replace('\\', '/');
    }
}
