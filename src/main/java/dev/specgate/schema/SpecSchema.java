package dev.specgate.schema;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a spec must contain: inferred from the team's template by {@link TemplateReader}, or the built-in default,
 * with POM overrides merged on top. Immutable; the {@code with…} methods return changed copies.
 *
 * @param source where the schema comes from, for messages: the template path relative to the base directory, or
 *     {@code built-in default template}
 * @param sections the top-level sections the template asks for (the template title is not one of them)
 * @param metadata the metadata fields the template asks for
 * @param promptLines template prose lines and list items (normalised with {@link PromptText#normalize(String)})
 *     that a filled spec must not keep verbatim
 * @param requirementIds the requirement ID style and where IDs are defined, when the template defines IDs
 * @param signOff the sign-off table rule, when the template has a {@code Role | Name | Status | Date} table
 * @param tables the tables the template has, by section
 * @param openQuestionsPath the heading path of the template's open-questions section, when it has one
 * @param approvedStatuses document status values that mean approved (compared case-insensitively)
 */
public record SpecSchema(
        String source,
        List<SectionSpec> sections,
        List<MetadataFieldSpec> metadata,
        Set<String> promptLines,
        Optional<RequirementIdSpec> requirementIds,
        Optional<SignOffSpec> signOff,
        List<TableSpec> tables,
        Optional<List<String>> openQuestionsPath,
        List<String> approvedStatuses) {

    public SpecSchema {
        sections = List.copyOf(sections);
        metadata = List.copyOf(metadata);
        promptLines = Set.copyOf(promptLines);
        tables = List.copyOf(tables);
        openQuestionsPath = openQuestionsPath.map(List::copyOf);
        approvedStatuses = List.copyOf(approvedStatuses);
    }

    /** A schema with sections, metadata and prompts only; the rest empty and {@code Approved} as approved status. */
    public static SpecSchema of(
            String source, List<SectionSpec> sections, List<MetadataFieldSpec> metadata, Set<String> promptLines) {
        return new SpecSchema(
                source,
                sections,
                metadata,
                promptLines,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                List.of("Approved"));
    }

    public SpecSchema withSections(List<SectionSpec> newSections) {
        return new SpecSchema(
                source,
                newSections,
                metadata,
                promptLines,
                requirementIds,
                signOff,
                tables,
                openQuestionsPath,
                approvedStatuses);
    }

    public SpecSchema withRequirementIds(Optional<RequirementIdSpec> ids) {
        return new SpecSchema(
                source, sections, metadata, promptLines, ids, signOff, tables, openQuestionsPath, approvedStatuses);
    }

    public SpecSchema withSignOff(Optional<SignOffSpec> newSignOff) {
        return new SpecSchema(
                source,
                sections,
                metadata,
                promptLines,
                requirementIds,
                newSignOff,
                tables,
                openQuestionsPath,
                approvedStatuses);
    }

    public SpecSchema withTables(List<TableSpec> newTables) {
        return new SpecSchema(
                source,
                sections,
                metadata,
                promptLines,
                requirementIds,
                signOff,
                newTables,
                openQuestionsPath,
                approvedStatuses);
    }

    public SpecSchema withOpenQuestionsPath(Optional<List<String>> path) {
        return new SpecSchema(
                source, sections, metadata, promptLines, requirementIds, signOff, tables, path, approvedStatuses);
    }

    public SpecSchema withApprovedStatuses(List<String> statuses) {
        return new SpecSchema(
                source, sections, metadata, promptLines, requirementIds, signOff, tables, openQuestionsPath, statuses);
    }
}
