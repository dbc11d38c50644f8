package dev.specgate.engine;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a check needs; built by the Mojo (or a test, or a CLI) from its configuration.
 *
 * @param baseDirectory the project base directory: finding paths are relative to it
 * @param specSets the spec sets to check
 * @param encoding how spec and template files are read
 * @param outputDirectory where generated files go (the Mojo passes {@code target/spec})
 */
public record CheckRequest(Path baseDirectory, List<SpecSetRequest> specSets, Charset encoding, Path outputDirectory) {

    public CheckRequest {
        specSets = List.copyOf(specSets);
    }
}
