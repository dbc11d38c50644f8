package dev.specgate.engine;

import dev.specgate.discovery.SpecFileReader;
import dev.specgate.model.MetadataEntry;
import dev.specgate.model.Section;
import dev.specgate.model.SourceLine;
import dev.specgate.model.SourceLocation;
import dev.specgate.model.SpecDocument;
import dev.specgate.parse.MarkdownParser;
import dev.specgate.rules.Requirement;
import dev.specgate.rules.RequirementExtractor;
import dev.specgate.schema.FieldType;
import dev.specgate.schema.MetadataFieldSpec;
import dev.specgate.schema.SchemaOverrides;
import dev.specgate.schema.SpecSchema;
import dev.specgate.schema.TemplateReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts a new spec from a spec set's template: fills in the title, the author, the dates, the first status and fresh
 * requirement IDs, and leaves every other prompt as the template has it, so that the check fails until the author
 * has written the spec. The places to fill come from the parsed template (metadata entries, the title heading,
 * requirement definitions with their locations); the text is edited at those lines and columns. Stateless.
 */
public final class SpecStarter {

    private static final List<String> AUTHOR_KEYS =
            List.of("author", "authors", "owner", "owners", "written by", "created by");
    private static final Pattern PROMPT = Pattern.compile("\\[[^\\]]*\\]|\\{\\{[^}]*\\}\\}");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)(?!.*\\d)");

    private final MarkdownParser parser = new MarkdownParser();

    /**
     * A new spec's text.
     *
     * @param template the template's display name and text, see {@link Template}
     * @param overrides the spec set's POM additions to the template's schema (status values, ID style)
     * @param existing the requirements the spec set defines already: new IDs are numbered after the highest
     * @param title the spec's title
     * @param author the author, when known (else the template's prompt stays)
     * @param today the date written into date fields
     */
    public Draft draft(
            Template template,
            SchemaOverrides overrides,
            List<Requirement> existing,
            String title,
            Optional<String> author,
            LocalDate today)
            throws SpecCheckException {
        SpecDocument document = parser.parse(template.name(), template.text());
        SpecSchema schema;
        try {
            schema = overrides.applyTo(new TemplateReader().read(document, template.name()));
        } catch (IllegalArgumentException e) {
            throw new SpecCheckException(
                    "Invalid spec set configuration for " + template.name() + ": " + e.getMessage(), e);
        }
        List<Edit> edits = new ArrayList<>();
        titleEdit(document, title).ifPresent(edits::add);
        Optional<MetadataEntry> status = statusEntry(document, schema);
        for (MetadataFieldSpec field : schema.metadata()) {
            Optional<MetadataEntry> entry = document.metadata().get(field.key());
            if (entry.isEmpty()) {
                continue;
            }
            Optional<String> value = Optional.empty();
            if (field.type() == FieldType.DATE) {
                value = Optional.of(today.toString());
            } else if (field.type() == FieldType.ENUM
                    && status.isPresent()
                    && status.get().keyLocation().equals(entry.get().keyLocation())) {
                value = Optional.of(field.allowedValues().get(0));
            } else if (AUTHOR_KEYS.contains(entry.get().normalizedKey())) {
                value = author;
            }
            value.flatMap(v -> valueEdit(document, entry.get(), v)).ifPresent(edits::add);
        }
        List<String> ids = new ArrayList<>();
        int next = existing.stream().mapToInt(r -> number(r.id())).max().orElse(0) + 1;
        for (Requirement requirement : RequirementExtractor.extract(document, schema)) {
            String id = renumber(requirement.id(), next++);
            ids.add(id);
            edits.add(new Edit(requirement.location(), requirement.id().length(), id));
        }
        return new Draft(apply(template.text(), document, edits), ids);
    }

    /** The template's status field: the enum field the schema reads the status from. */
    private static Optional<MetadataEntry> statusEntry(SpecDocument document, SpecSchema schema) {
        return schema.metadata().stream()
                .filter(f -> f.type() == FieldType.ENUM)
                .filter(f -> f.allowedValues().stream()
                        .anyMatch(v -> schema.approvedStatuses().stream().anyMatch(v::equalsIgnoreCase)))
                .map(MetadataFieldSpec::key)
                .findFirst()
                .or(() -> Optional.of("status"))
                .flatMap(key -> document.metadata().get(key));
    }

    /** Replaces the title's first prompt ({@code [Feature Name]}), or the whole title when it has none. */
    private static Optional<Edit> titleEdit(SpecDocument document, String title) {
        if (document.title().isEmpty()) {
            return Optional.of(new Edit(SourceLocation.of(1, 1), 0, "# " + title + "\n\n"));
        }
        Section heading = document.title().get();
        SourceLine line = document.line(heading.line());
        int start = line.text().indexOf(heading.title(), heading.location().column() - 1);
        if (start < 0) {
            return Optional.empty();
        }
        Matcher prompt = PROMPT.matcher(heading.title());
        if (prompt.find()) {
            return Optional.of(new Edit(line.at(start + prompt.start()), prompt.end() - prompt.start(), title));
        }
        return Optional.of(new Edit(line.at(start), heading.title().length(), title));
    }

    /** Replaces a metadata value as written (brackets included), or inserts one where the value is empty. */
    private static Optional<Edit> valueEdit(SpecDocument document, MetadataEntry entry, String value) {
        SourceLine line = document.line(entry.valueLocation().line());
        int from = entry.valueLocation().column() - 1;
        if (entry.value().isEmpty()) {
            String gap = from > 0 && from <= line.text().length() && line.text().charAt(from - 1) != ' ' ? " " : "";
            return Optional.of(new Edit(entry.valueLocation(), 0, gap + value));
        }
        int start = line.text()
                .indexOf(entry.value(), Math.max(0, Math.min(from, line.text().length())));
        return start < 0
                ? Optional.empty()
                : Optional.of(new Edit(line.at(start), entry.value().length(), value));
    }

    private static int number(String id) {
        Matcher m = TRAILING_NUMBER.matcher(id);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The template ID with its last number replaced, keeping its zero padding: {@code REQ-001} → {@code REQ-012}. */
    private static String renumber(String id, int n) {
        Matcher m = TRAILING_NUMBER.matcher(id);
        if (!m.find()) {
            return id;
        }
        String digits = String.format(Locale.ROOT, "%0" + m.group(1).length() + "d", n);
        return id.substring(0, m.start(1)) + digits + id.substring(m.end(1));
    }

    /** The text with the edits made; edits on one line are applied right to left, so columns stay valid. */
    private static String apply(String text, SpecDocument document, List<Edit> edits) {
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        List<StringBuilder> lines = new ArrayList<>();
        for (SourceLine line : document.lines()) {
            lines.add(new StringBuilder(line.text()));
        }
        edits.stream().sorted((a, b) -> b.at().compareTo(a.at())).forEach(edit -> {
            StringBuilder line = lines.get(edit.at().line() - 1);
            int start = Math.min(edit.at().column() - 1, line.length());
            line.replace(start, Math.min(start + edit.length(), line.length()), edit.replacement());
        });
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (int i = 0; i < lines.size(); i++) {
            out.append(lines.get(i).toString().replace("\n", newline));
            if (i < lines.size() - 1 || text.endsWith("\n")) {
                out.append(newline);
            }
        }
        return out.toString();
    }

    /**
     * A template to start from.
     *
     * @param name how messages name it
     * @param text its text
     */
    public record Template(String name, String text) {

        /**
         * The template of a spec set: the configured one, {@code TEMPLATE.md} beside the specs, or the built-in
         * default.
         */
        public static Template of(SpecSetRequest set, Path baseDirectory, Charset encoding) throws SpecCheckException {
            TemplateSource source =
                    TemplateSource.resolve(set, new ProjectPaths(baseDirectory), new SpecFileReader(encoding));
            return new Template(source.displayName(), source.text());
        }
    }

    /**
     * A new spec.
     *
     * @param text the spec's text
     * @param requirementIds the requirement IDs it was given, in order
     */
    public record Draft(String text, List<String> requirementIds) {

        public Draft {
            requirementIds = List.copyOf(requirementIds);
        }
    }

    private record Edit(SourceLocation at, int length, String replacement) {}
}
