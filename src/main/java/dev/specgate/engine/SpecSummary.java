package dev.specgate.engine;

import dev.specgate.model.InlineText;
import dev.specgate.model.MetadataEntry;
import dev.specgate.model.Section;
import dev.specgate.model.SpecDocument;
import dev.specgate.rules.Requirement;
import dev.specgate.rules.RuleContext;
import dev.specgate.rules.SignOffProgress;
import dev.specgate.schema.FieldType;
import dev.specgate.schema.MetadataFieldSpec;
import dev.specgate.schema.SpecSchema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What reports show about one spec besides its findings, read once from the parsed spec and its schema.
 *
 * @param file the spec's path relative to the base directory, {@code /}-separated
 * @param title the document title as written, else the file name
 * @param status the status as written, when the spec has one
 * @param author the author (or owner) as written, when the spec names one (a placeholder does not count)
 * @param lastDate the latest real {@code YYYY-MM-DD} date among the template's date fields, when there is one
 * @param signOff how far the sign-off has come; empty when the schema asks for no sign-off
 * @param requirementSections the heading path of the section each requirement ID of this spec is defined in
 *     ({@code ""} when it lies before the first section), in document order
 */
public record SpecSummary(
        String file,
        String title,
        Optional<String> status,
        Optional<String> author,
        Optional<String> lastDate,
        Optional<SignOffProgress> signOff,
        Map<String, String> requirementSections) {

    private static final List<String> AUTHOR_KEYS =
            List.of("author", "authors", "owner", "owners", "written by", "created by");

    public SpecSummary {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        requirementSections = Collections.unmodifiableMap(new LinkedHashMap<>(requirementSections));
    }

    /** The summary of a parsed spec whose requirements were already extracted. */
    public static SpecSummary of(RuleContext context, List<Requirement> requirements) {
        SpecDocument document = context.document();
        SpecSchema schema = context.schema();
        String title = document.title()
                .map(Section::title)
                .filter(t -> !t.isBlank())
                .orElseGet(() -> document.path().substring(document.path().lastIndexOf('/') + 1));
        Map<String, String> sections = new LinkedHashMap<>();
        for (Requirement requirement : requirements) {
            sections.putIfAbsent(
                    requirement.id(),
                    document.sectionAt(requirement.line())
                            .map(Section::displayPath)
                            .orElse(""));
        }
        return new SpecSummary(
                document.path(),
                title,
                context.status(),
                author(document, schema),
                lastDate(document, schema),
                SignOffProgress.of(context),
                sections);
    }

    private static Optional<String> author(SpecDocument document, SpecSchema schema) {
        return AUTHOR_KEYS.stream()
                .flatMap(key -> document.metadata().get(key).stream())
                .map(e -> InlineText.unwrap(e.value()))
                .filter(v -> !v.isBlank() && !schema.placeholders().isPlaceholder(v))
                .findFirst();
    }

    private static Optional<String> lastDate(SpecDocument document, SpecSchema schema) {
        return schema.metadata().stream()
                .filter(f -> f.type() == FieldType.DATE)
                .map(MetadataFieldSpec::key)
                .flatMap(key -> document.metadata().get(key).stream())
                .map(MetadataEntry::value)
                .map(InlineText::unwrap)
                .flatMap(v -> date(v).stream())
                .max(LocalDate::compareTo)
                .map(LocalDate::toString);
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
