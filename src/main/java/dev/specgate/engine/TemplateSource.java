package dev.specgate.engine;

import dev.specgate.discovery.SpecFileReader;
import dev.specgate.discovery.SpecReadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The template a spec set is checked against: the configured file, else {@code TEMPLATE.md} (or
 * {@code template.md}) in the spec directory, else the built-in default template.
 *
 * @param file the template file, empty for the built-in default
 * @param displayName how messages name it: the path relative to the base directory or {@link #BUILT_IN_NAME}
 * @param text the template's text
 */
public record TemplateSource(Optional<Path> file, String displayName, String text) {

    /** How messages name the built-in default template. */
    static final String BUILT_IN_NAME = "the built-in default template";

    static final String BUILT_IN_RESOURCE = "/dev/specgate/schema/default-template.md";

    private static final List<String> CONVENTIONAL_NAMES = List.of("TEMPLATE.md", "template.md");

    /**
     * The template of a spec set whose paths are relative to {@code baseDirectory}, read in {@code encoding}.
     *
     * @throws SpecCheckException when a configured template does not exist or cannot be read
     */
    public static TemplateSource resolve(SpecSetRequest set, Path baseDirectory, Charset encoding)
            throws SpecCheckException {
        return resolve(set, new ProjectPaths(baseDirectory), new SpecFileReader(encoding));
    }

    static TemplateSource resolve(SpecSetRequest set, ProjectPaths paths, SpecFileReader reader)
            throws SpecCheckException {
        Optional<Path> file = set.template().map(paths::absolute);
        if (file.isPresent() && !Files.isRegularFile(file.get())) {
            throw new SpecCheckException("Template not found: parameter template points at "
                    + paths.display(file.get()) + ", which does not exist (resolved to " + file.get()
                    + "); set <template> to the team's template file, or leave it out to use TEMPLATE.md beside"
                    + " the specs");
        }
        file = fileOf(set, paths);
        if (file.isEmpty()) {
            return new TemplateSource(Optional.empty(), BUILT_IN_NAME, builtIn());
        }
        String display = paths.display(file.get());
        try {
            return new TemplateSource(file, display, reader.read(file.get(), display));
        } catch (SpecReadException e) {
            throw new SpecCheckException(e.getMessage(), e);
        }
    }

    /**
     * The template file of a spec set, found without reading it: the configured one, else {@code TEMPLATE.md} or
     * {@code template.md} in the spec directory; empty for the built-in default. Never checked as a spec.
     */
    static Optional<Path> fileOf(SpecSetRequest set, ProjectPaths paths) {
        Optional<Path> configured = set.template().map(paths::absolute);
        if (configured.isPresent()) {
            return configured;
        }
        return CONVENTIONAL_NAMES.stream()
                .map(name -> paths.absolute(set.directory()).resolve(name))
                .filter(Files::isRegularFile)
                .findFirst();
    }

    private static String builtIn() {
        try (InputStream in = TemplateSource.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The plugin jar lacks " + BUILT_IN_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
