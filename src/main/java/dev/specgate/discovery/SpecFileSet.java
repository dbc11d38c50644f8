package dev.specgate.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
     * @throws SpecReadException when the directory cannot be listed, or a path the patterns select is not a readable
     *     file: a symbolic link to nothing, or a directory named like a spec ({@code old.md}); the message names it
     */
    public List<Path> files() throws SpecReadException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        Patterns patterns = Patterns.of(includes, excludes);
        List<Path> selected;
        try (Stream<Path> walk = Files.walk(directory)) {
            selected = walk.filter(path -> !path.equals(directory))
                    .map(path -> new Relative(relativePath(path), path))
                    .filter(file -> patterns.select(file.relative))
                    .sorted(Comparator.comparing(Relative::relative))
                    .map(Relative::path)
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new SpecReadException("Cannot list the spec directory " + directory + ": " + e.getMessage(), e);
        }
        for (Path path : selected) {
            if (Files.isDirectory(path)
                    && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
                throw new SpecReadException("The includes select " + path + ", which is a directory, not a spec file;"
                        + " rename it or leave it out with <excludes>");
            }
            if (!Files.exists(path)) {
                throw new SpecReadException("The includes select " + path
                        + ", a symbolic link to a file that does not exist; fix or remove the link, or leave it out"
                        + " with <excludes>");
            }
        }
        return selected.stream().filter(Files::isRegularFile).toList();
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
        return Patterns.of(includes, excludes).select(relative);
    }

    /** The includes and excludes compiled once: a path is selected when an include matches and no exclude does. */
    private record Patterns(List<GlobPattern> in, List<GlobPattern> out) {

        static Patterns of(List<String> includes, List<String> excludes) {
            return new Patterns(
                    includes.stream().map(GlobPattern::new).toList(),
                    excludes.stream().map(GlobPattern::new).toList());
        }

        boolean select(String relative) {
            return in.stream().anyMatch(p -> p.matches(relative))
                    && out.stream().noneMatch(p -> p.matches(relative));
        }
    }

    /** A path with its relative form, computed once for matching and sorting. */
    private record Relative(String relative, Path path) {}

    private String relativePath(Path file) {
        return directory.relativize(file).toString().replace('\\', '/');
    }
}
