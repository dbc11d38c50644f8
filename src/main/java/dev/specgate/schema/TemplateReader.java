package dev.specgate.schema;

import dev.specgate.model.MetadataEntry;
import dev.specgate.model.SpecDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Infers a {@link SpecSchema} from a parsed template: the template is the schema.
 *
 * <h2>Sections</h2>
 * Every heading below the title is a required section, with its level, its template line and its subsections.
 * <ul>
 *   <li>A heading with placeholder parts ({@code [...]}, <code>{{...}}</code>, inline code, {@code <...>}) gets a
 *       {@link SectionSpec#pattern()}: the literal text before the first placeholder part, case-insensitive and with
 *       digits generalised, followed by anything. {@code Phase 1: [Phase Name]} matches {@code Phase 3: Rollout};
 *       {@code Endpoint: [Method] /path} matches any heading starting {@code Endpoint:}. A heading that is only a
 *       placeholder ({@code [Component 1]}) matches any heading of its level under its parent; the rule should let
 *       it claim only headings that no literal sibling claims. Patterns are meant for {@code Matcher.matches()} on
 *       the whole heading text.</li>
 *   <li>Siblings that are the same once digits are generalised ({@code Phase 1: [Phase Name]},
 *       {@code Phase 2: [Phase Name]}, or literal {@code Phase 1}, {@code Phase 2}) are examples of one requirement:
 *       they collapse into the first one (its title, line and subsections), as a pattern. A single literal heading
 *       with a number stays literal.</li>
 *   <li><b>Optional sections.</b> A heading ending with {@code (optional)}, in any case, or an HTML comment
 *       {@code <!-- optional -->} on the heading line or on the first non-blank line after it, marks the section
 *       optional. The marker is not part of the title. See {@code src/site/markdown/template-conventions.md}.</li>
 * </ul>
 *
 * <h2>Metadata</h2>
 * Every metadata entry of the template is a required field; its type comes from {@link MetadataTypeInference}.
 *
 * <h2>Prompt lines</h2>
 * What a filled spec must not keep: the template's prompt styles, prompts and prompt texts (see {@link Placeholders}).
 *
 * <h2>Requirement IDs, sign-off, tables, open questions, approved statuses</h2>
 * See {@link RequirementIdInference}, {@link SignOffInference}, {@link TableInference},
 * {@link OpenQuestionsInference} and {@link ApprovedStatusInference}.
 *
 * <p>Stateless and thread-safe.
 */
public final class TemplateReader {

    /** The class-path resource of the built-in default template, used when no template is configured. */
    public static final String DEFAULT_TEMPLATE_RESOURCE = "/dev/specgate/schema/default-template.md";

    /** The schema source named in messages when the built-in default template is used. */
    public static final String DEFAULT_TEMPLATE_SOURCE = "built-in default template";

    /**
     * Reads the schema a template implies.
     *
     * @param template the parsed template
     * @param source where it comes from, for messages (the template path relative to the base directory)
     * @return the schema
     */
    public SpecSchema read(SpecDocument template, String source) {
        TemplateTitle title = TemplateTitle.of(template);
        List<SectionSpec> sections = new SectionInference(template, title.sections()).specs();
        Placeholders placeholders = Placeholders.learn(template);
        return SpecSchema.of(source, sections, metadataFields(template), placeholders)
                .withRequirementIds(RequirementIdInference.infer(template))
                .withSignOff(SignOffInference.infer(template, placeholders))
                .withTables(TableInference.infer(template))
                .withOpenQuestionsPath(OpenQuestionsInference.infer(template))
                .withApprovedStatuses(ApprovedStatusInference.infer(template))
                .withTitleLevel(title.level());
    }

    /** The text of the built-in default template (UTF-8). */
    public static String defaultTemplateText() {
        try (InputStream in = TemplateReader.class.getResourceAsStream(DEFAULT_TEMPLATE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing class-path resource " + DEFAULT_TEMPLATE_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULT_TEMPLATE_RESOURCE, e);
        }
    }

    private static List<MetadataFieldSpec> metadataFields(SpecDocument template) {
        List<MetadataFieldSpec> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MetadataEntry entry : template.metadata().entries()) {
            if (seen.add(entry.normalizedKey())) {
                fields.add(MetadataTypeInference.infer(entry));
            }
        }
        return fields;
    }
}
