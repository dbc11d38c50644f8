package dev.specgate.schema;

import java.util.List;
import java.util.Optional;

/**
 * What a spec must contain: inferred from the team's template by {@link TemplateReader}, or the built-in default,
 * with POM overrides merged on top. Immutable; the {@code with…} methods return changed copies.
 *
 * @param source where the schema comes from, for messages: the template path relative to the base directory, or
 *     {@code built-in default template}
 * @param sections the top-level sections the template asks for (the template title is not one of them)
 * @param metadata the metadata fields the template asks for
 * @param placeholders what counts as a placeholder or a prompt left in, learned from the template
 * @param requirementIds the requirement ID style and where IDs are defined, when the template defines IDs
 * @param signOff the sign-off table rule, when the template has a {@code Role | Name | Status | Date} table
 * @param tables the tables the template has, by section
 * @param openQuestionsPath the heading path of the template's open-questions section, when it has one
 * @param approvedStatuses document status values that mean approved (compared case-insensitively)
 * @param titleLevel the level of the title the template asks for (1 for a level-1 title, 2 for a setext level-2
 *     title), or 0 when it asks for none: its headings are all sections
 */
public record SpecSchema(
        String source,
        List<SectionSpec> sections,
        List<MetadataFieldSpec> metadata,
        Placeholders placeholders,
        Optional<RequirementIdSpec> requirementIds,
        Optional<SignOffSpec> signOff,
        List<TableSpec> tables,
        Optional<List<String>> openQuestionsPath,
        List<String> approvedStatuses,
        int titleLevel) {

    public SpecSchema {
        sections = List.copyOf(sections);
        metadata = List.copyOf(metadata);
        tables = List.copyOf(tables);
        openQuestionsPath = openQuestionsPath.map(List::copyOf);
        approvedStatuses = List.copyOf(approvedStatuses);
    }

    /** A schema with sections, metadata and prompts only; the rest empty and {@code Approved} as approved status. */
    public static SpecSchema of(
            String source, List<SectionSpec> sections, List<MetadataFieldSpec> metadata, Placeholders placeholders) {
        return new SpecSchema(
                source,
                sections,
                metadata,
                placeholders,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                List.of("Approved"),
                1);
    }

    public SpecSchema withSections(List<SectionSpec> newSections) {
        return new SpecSchema(
                source,
                newSections,
                metadata,
                placeholders,
                requirementIds,
                signOff,
                tables,
                openQuestionsPath,
                approvedStatuses,
                titleLevel);
    }

    public SpecSchema withRequirementIds(Optional<RequirementIdSpec> ids) {
        return new SpecSchema(
                source,
                sections,
                metadata,
                placeholders,
                ids,
                signOff,
                tables,
                openQuestionsPath,
                approvedStatuses,
                titleLevel);
    }

    public SpecSchema withSignOff(Optional<SignOffSpec> newSignOff) {
        return new SpecSchema(
                source,
                sections,
                metadata,
                placeholders,
                requirementIds,
                newSignOff,
                tables,
                openQuestionsPath,
                approvedStatuses,
                titleLevel);
    }

    public SpecSchema withTables(List<TableSpec> newTables) {
        return new SpecSchema(
                source,
                sections,
                metadata,
                placeholders,
                requirementIds,
                signOff,
                newTables,
                openQuestionsPath,
                approvedStatuses,
                titleLevel);
    }

    public SpecSchema withOpenQuestionsPath(Optional<List<String>> path) {
        return new SpecSchema(
                source,
                sections,
                metadata,
                placeholders,
                requirementIds,
                signOff,
                tables,
                path,
                approvedStatuses,
                titleLevel);
    }

    public SpecSchema withApprovedStatuses(List<String> statuses) {
        return new SpecSchema(
                source,
                sections,
                metadata,
                placeholders,
                requirementIds,
                signOff,
                tables,
                openQuestionsPath,
                statuses,
                titleLevel);
    }

    public SpecSchema withPlaceholders(Placeholders newPlaceholders) {
        return new SpecSchema(
                source,
                sections,
                metadata,
                newPlaceholders,
                requirementIds,
                signOff,
                tables,
                openQuestionsPath,
                approvedStatuses,
                titleLevel);
    }

    public SpecSchema withTitleLevel(int level) {
        return new SpecSchema(
                source,
                sections,
                metadata,
                placeholders,
                requirementIds,
                signOff,
                tables,
                openQuestionsPath,
                approvedStatuses,
                level);
    }

    /** True when the template asks for a document title. */
    public boolean requiresTitle() {
        return titleLevel > 0;
    }
}
