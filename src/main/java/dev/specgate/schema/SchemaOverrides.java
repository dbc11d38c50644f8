package dev.specgate.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the POM adds to or changes in the schema a template gives.
 *
 * @param requiredSections heading paths that must be present in addition to the template's, e.g.
 *     {@code Deployment > Rollback Plan}
 * @param optionalSections heading paths of template sections that need not be present
 * @param aliases for a heading path, other headings accepted in its place
 * @param requirementIds changes to the requirement ID style
 * @param signOff changes to the sign-off rule
 * @param approvedStatuses document status values that mean approved, replacing the template's; empty to keep them
 * @param openQuestionsSection heading path of the open-questions section, replacing the template's
 */
public record SchemaOverrides(
        List<String> requiredSections,
        List<String> optionalSections,
        Map<String, List<String>> aliases,
        RequirementIdOverrides requirementIds,
        SignOffOverrides signOff,
        List<String> approvedStatuses,
        Optional<String> openQuestionsSection) {

    /** No change: the template's schema as it is. */
    public static final SchemaOverrides NONE = new SchemaOverrides(
            List.of(),
            List.of(),
            Map.of(),
            RequirementIdOverrides.NONE,
            SignOffOverrides.NONE,
            List.of(),
            Optional.empty());

    public SchemaOverrides {
        requiredSections = List.copyOf(requiredSections);
        optionalSections = List.copyOf(optionalSections);
        aliases = Map.copyOf(aliases);
        approvedStatuses = List.copyOf(approvedStatuses);
    }

    /** Section changes only. */
    public static SchemaOverrides ofSections(
            List<String> requiredSections, List<String> optionalSections, Map<String, List<String>> aliases) {
        return new SchemaOverrides(
                requiredSections,
                optionalSections,
                aliases,
                RequirementIdOverrides.NONE,
                SignOffOverrides.NONE,
                List.of(),
                Optional.empty());
    }

    public SchemaOverrides withRequirementIds(RequirementIdOverrides ids) {
        return new SchemaOverrides(
                requiredSections, optionalSections, aliases, ids, signOff, approvedStatuses, openQuestionsSection);
    }

    public SchemaOverrides withSignOff(SignOffOverrides newSignOff) {
        return new SchemaOverrides(
                requiredSections,
                optionalSections,
                aliases,
                requirementIds,
                newSignOff,
                approvedStatuses,
                openQuestionsSection);
    }

    public SchemaOverrides withApprovedStatuses(List<String> statuses) {
        return new SchemaOverrides(
                requiredSections, optionalSections, aliases, requirementIds, signOff, statuses, openQuestionsSection);
    }

    public SchemaOverrides withOpenQuestionsSection(Optional<String> section) {
        return new SchemaOverrides(
                requiredSections, optionalSections, aliases, requirementIds, signOff, approvedStatuses, section);
    }

    /**
     * The schema with these overrides merged on top: required sections are added (missing parents too, with template
     * line 0) or made required, optional sections are marked optional, aliases are added; then the requirement ID
     * style, the sign-off rule, the approved statuses and the open-questions section are changed where set. Paths
     * are {@code >}-separated headings compared case-insensitively, e.g. {@code Deployment > Rollback Plan}, and
     * must name sections of the schema (after the section changes).
     *
     * @throws IllegalArgumentException when a path is not in the schema or malformed, or a setting cannot apply;
     *     the message names the parameter and the value (and, for a path, lists known paths near it)
     */
    public SpecSchema applyTo(SpecSchema schema) {
        SpecSchema merged = SectionOverrides.apply(this, schema);
        merged = requirementIds.applyTo(merged);
        merged = signOff.applyTo(merged);
        if (!approvedStatuses.isEmpty()) {
            merged = merged.withApprovedStatuses(approvedStatuses);
        }
        if (openQuestionsSection.isPresent()) {
            List<String> path =
                    SectionOverrides.resolve(merged.sections(), "openQuestionsSection", openQuestionsSection.get());
            merged = merged.withOpenQuestionsPath(Optional.of(path));
        }
        return merged;
    }
}
