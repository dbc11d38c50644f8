package dev.specgate.engine;

import dev.specgate.rules.Requirement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The requirements one checked spec defines, with what a {@link RequirementCheck} needs to know about the spec.
 *
 * @param file the spec's path relative to the base directory, {@code /}-separated
 * @param status the spec's status as written, when it has one
 * @param approved whether the status is one of the schema's approved statuses
 * @param idPattern the whole-token pattern of the spec set's requirement IDs, when the schema has IDs
 * @param requirements the requirements the spec defines, in document order
 */
public record SpecRequirements(
        String file,
        Optional<String> status,
        boolean approved,
        Optional<Pattern> idPattern,
        List<Requirement> requirements) {

    public SpecRequirements {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(idPattern, "idPattern");
        requirements = List.copyOf(requirements);
    }
}
