package dev.specgate.schema;

import java.util.List;
import java.util.Map;

/**
 * What the POM adds to or changes in the schema a template gives.
 *
 * @param requiredSections heading paths that must be present in addition to the template's, e.g.
 *     {@code Deployment > Rollback Plan}
 * @param optionalSections heading paths of template sections that need not be present
 * @param aliases for a heading path, other headings accepted in its place
 */
public record SchemaOverrides(List<String> requiredSections, List<String> optionalSections, Map<String, List<String>> aliases) {

    public static final SchemaOverrides NONE = new SchemaOverrides(List.of(), List.of(), Map.of());

    public SchemaOverrides {
        requiredSections = List.copyOf(requiredSections);
        optionalSections = List.copyOf(optionalSections);
        aliases = Map.copyOf(aliases);
    }

    /**
     * The schema with these overrides merged on top: required sections are added (missing parents too, with template
     * line 0) or made required, optional sections are marked optional, aliases are added. Paths are
     * {@code >}-separated headings compared case-insensitively, e.g. {@code Deployment > Rollback Plan}.
     *
     * @throws IllegalArgumentException when an optional or aliased path is not in the schema, or a path is malformed;
     *     the message names the parameter and the path and lists known paths near it
     */
    public SpecSchema applyTo(SpecSchema schema) {
        return SectionOverrides.apply(this, schema);
    }
}
