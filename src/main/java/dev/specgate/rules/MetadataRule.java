package dev.specgate.rules;

import dev.specgate.model.LineKind;
import dev.specgate.model.MetadataEntry;
import dev.specgate.model.SourceLocation;
import dev.specgate.model.SpecDocument;
import dev.specgate.schema.FieldType;
import dev.specgate.schema.MetadataFieldSpec;
import dev.specgate.schema.SpecSchema;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code metadata}: every metadata field the template asks for is present and filled in; enumerated fields hold one
 * of exactly the template's values (case-insensitively); date fields hold a real date in ISO form. A value that is
 * still a placeholder is left to {@link PlaceholderRule}, so it is not reported twice.
 */
public final class MetadataRule implements Rule {

    /** The rule id. */
    public static final String ID = "metadata";

    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("\\s*=+\\s*");
    private static final Pattern EMPHASIS = Pattern.compile("^[*_`]+|[*_`]+$");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Every metadata field of the template is present and filled in, with an allowed value or a real date.";
    }

    @Override
    public void check(RuleContext context, FindingCollector out) {
        SpecDocument document = context.document();
        SpecSchema schema = context.schema();
        int previousLine = 0;
        for (MetadataFieldSpec field : schema.metadata()) {
            Optional<MetadataEntry> entry = document.metadata().get(field.key());
            if (entry.isEmpty() && !field.optional()) {
                out.report(
                        missingAt(document, previousLine),
                        "Missing metadata field \"" + field.key() + "\"",
                        field.templateLine());
            } else if (entry.isPresent()) {
                previousLine = entry.get().keyLocation().line();
                checkValue(field, entry.get(), schema, out);
            }
        }
    }

    private static void checkValue(
            MetadataFieldSpec field, MetadataEntry entry, SpecSchema schema, FindingCollector out) {
        String value = EMPHASIS.matcher(entry.value().strip()).replaceAll("").strip();
        String prefix = "Metadata field \"" + field.key() + "\"";
        if (value.isEmpty()) {
            if (!field.optional() && field.type() != FieldType.LIST) {
                out.report(entry.keyLocation(), prefix + " is empty", field.templateLine());
            }
        } else if (!schema.placeholders()
                .find(entry.value(), entry.valueLocation())
                .isEmpty()) {
            return; // the placeholder rule reports it
        } else if (field.type() == FieldType.ENUM
                && !field.allowedValues().isEmpty()
                && field.allowedValues().stream()
                        .noneMatch(allowed -> allowed.strip().equalsIgnoreCase(value))) {
            out.report(
                    entry.valueLocation(),
                    prefix + " has \"" + entry.value() + "\", expected one of: "
                            + String.join(", ", field.allowedValues()),
                    field.templateLine());
        } else if (field.type() == FieldType.DATE && !IsoDate.isRealDate(value, field.dateForm())) {
            out.report(
                    entry.valueLocation(),
                    prefix + " has \"" + entry.value() + "\", not a real date in " + field.dateForm() + " form",
                    field.templateLine());
        }
    }

    /**
     * Where a missing field belongs: after the previous present field in template order; else at the first field
     * the spec has; else just after the title.
     */
    private static SourceLocation missingAt(SpecDocument document, int previousLine) {
        List<MetadataEntry> entries = document.metadata().entries();
        int line;
        if (previousLine > 0) {
            line = previousLine + 1;
        } else if (!entries.isEmpty()) {
            line = entries.get(0).keyLocation().line();
        } else {
            line = document.title().map(t -> t.line() + 1).orElse(1);
            // a setext title's underline is part of the title
            if (line > 1
                    && line <= document.lineCount()
                    && document.line(line).kind() == LineKind.HEADING
                    && SETEXT_UNDERLINE.matcher(document.line(line).text()).matches()) {
                line++;
            }
        }
        return SourceLocation.of(Math.max(1, Math.min(line, document.lineCount())), 1);
    }
}
