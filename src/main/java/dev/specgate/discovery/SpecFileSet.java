package dev.specgate.discovery;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

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
     * does not exist holds no files. Symbolic links are not followed into directories; a link the patterns select
     * counts as the file it points to. A spec directory that is itself a link is listed where it points.
     *
     * <p>One walk of the tree gives each entry's type with it, so a plain file or directory is looked at once; only a
     * selected link is looked at again, to see what it points to.
     *
     * @throws SpecReadException when the directory cannot be listed, or a path the patterns select is not a readable
     *     file: a symbolic link to nothing, or a directory named like a spec ({@code old.md}); the message names it
     */
    public List<Path> files() throws SpecReadException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        Patterns patterns = Patterns.of(includes, excludes);
        List<Entry> selected = new ArrayList<>();
        boolean linked = Files.isSymbolicLink(directory); // then listed where it points, its files named below it
        try {
            Path root = linked ? directory.toRealPath() : directory;
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                /** The relative path of the directory being walked, ending in {@code /} below the root. */
                private final Deque<String> prefixes = new ArrayDeque<>();

                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (prefixes.isEmpty()) {
                        prefixes.push("");
                    } else {
                        String relative = select(dir, attributes);
                        prefixes.push(relative + "/");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    prefixes.pop();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    select(file, attributes);
                    return FileVisitResult.CONTINUE;
                }

                private String select(Path path, BasicFileAttributes attributes) {
                    String relative = prefixes.peek() + path.getFileName();
                    if (patterns.select(relative)) {
                        selected.add(new Entry(relative, linked ? directory.resolve(relative) : path, attributes));
                    }
                    return relative;
                }
            });
        } catch (AccessDeniedException e) {
            throw new SpecReadException(
                    "Cannot list the spec directory " + directory + ": permission denied on " + e.getFile()
                            + "; make it readable",
                    e);
        } catch (IOException e) {
            throw new SpecReadException("Cannot list the spec directory " + directory + ": " + e, e);
        }
        selected.sort(Comparator.comparing(Entry::relative));
        List<Path> files = new ArrayList<>(selected.size());
        for (Entry entry : selected) {
            if (entry.isRegularFile()) {
                files.add(entry.path());
            }
        }
        return List.copyOf(files);
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

    /** A selected path with its relative form, for sorting, and the attributes the walk read for it. */
    private record Entry(String relative, Path path, BasicFileAttributes attributes) {

        /**
         * True for a spec file; false for anything else the patterns select that is not a spec (a FIFO, a link to
         * one). A selected directory named like a spec, and a link to nothing, are errors.
         */
        boolean isRegularFile() throws SpecReadException {
            BasicFileAttributes target = attributes;
            if (target.isSymbolicLink()) {
                try {
                    target = Files.readAttributes(path, BasicFileAttributes.class);
                } catch (IOException e) {
                    throw new SpecReadException("The includes select " + path
                            + ", a symbolic link to a file that does not exist; fix or remove the link, or leave it"
                            + " out with <excludes>");
                }
            }
            if (target.isDirectory()
                    && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
                throw new SpecReadException("The includes select " + path + ", which is a directory, not a spec file;"
                        + " rename it or leave it out with <excludes>");
            }
            return target.isRegularFile();
        }
    }
}
