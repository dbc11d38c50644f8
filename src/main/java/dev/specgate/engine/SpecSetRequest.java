package dev.specgate.engine;

import dev.specgate.schema.SchemaOverrides;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One set of specs checked against one template.
 *
 * @param directory absolute directory holding the specs
 * @param includes Maven-style globs relative to the directory ({@code **}/{@code *}.md when empty)
 * @param excludes Maven-style globs relative to the directory
 * @param template absolute template path; empty to look for {@code TEMPLATE.md} in the directory and otherwise
 *     use the built-in default template
 * @param overrides POM additions to the schema the template gives
 */
public record SpecSetRequest(
        Path directory,
        List<String> includes,
        List<String> excludes,
        Optional<Path> template,
        SchemaOverrides overrides) {

    public SpecSetRequest {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }
}
