package dev.specgate.rules;

import dev.specgate.model.Finding;
import dev.specgate.model.SpecDocument;
import dev.specgate.parse.MarkdownParser;
import dev.specgate.schema.FieldType;
import dev.specgate.schema.MetadataFieldSpec;
import dev.specgate.schema.Placeholders;
import dev.specgate.schema.SectionSpec;
import dev.specgate.schema.SpecSchema;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Builds schemas by hand and runs one rule on a Markdown text block. */
final class RuleFixtures {

    static final String FILE = "docs/specs/a.md";
    private static final MarkdownParser PARSER = new MarkdownParser();

    private RuleFixtures() {}

    static SpecDocument parse(String markdown) {
        return PARSER.parse(FILE, markdown);
    }

    /** The findings of one rule in console form, in the order reported. */
    static List<String> run(Rule rule, SpecSchema schema, String markdown) {
        return findings(rule, schema, markdown).stream().map(Finding::format).toList();
    }

    static List<Finding> findings(Rule rule, SpecSchema schema, String markdown) {
        FindingCollector out = new FindingCollector(rule.id(), rule.defaultSeverity(), FILE);
        rule.check(parse(markdown), schema, out);
        return out.findings();
    }

    /**
     * Placeholders learned from a template written in the seed templates' prompt styles: bracketed prompts (also
     * single words), {{VARS}}, TBD as a whole value and numbered example items.
     */
    static final Placeholders PLACEHOLDERS = Placeholders.learn(PARSER.parse("TEMPLATE.md", """
            # [Feature Name]

            **Author**: [Your Name]
            **Owner**: TBD
            **Reviewer**: TODO
            **Tester**: FIXME
            **Approver**: TBC

            - Task 1
            - Question 1?
            - Step 1
            - Test case 1:
            - Risk 1
            - [Name]
            - {{COMPONENT}}
            """));

    static SpecSchema sections(SectionSpec... specs) {
        return SpecSchema.of("TEMPLATE.md", List.of(specs), List.of(), PLACEHOLDERS);
    }

    static SpecSchema metadata(MetadataFieldSpec... fields) {
        return SpecSchema.of("TEMPLATE.md", List.of(), List.of(fields), PLACEHOLDERS);
    }

    /** A schema whose prompt texts are the given template paragraphs. */
    static SpecSchema prompts(String... templateParagraphs) {
        String template = String.join("\n\n", templateParagraphs);
        return SpecSchema.of(
                "TEMPLATE.md", List.of(), List.of(), Placeholders.learn(PARSER.parse("TEMPLATE.md", template)));
    }

    static SectionSpec section(String title, int level, int templateLine, SectionSpec... children) {
        return new SectionSpec(title, level, Optional.empty(), false, List.of(), templateLine, List.of(children));
    }

    static SectionSpec optional(String title, int level, int templateLine, SectionSpec... children) {
        return new SectionSpec(title, level, Optional.empty(), true, List.of(), templateLine, List.of(children));
    }

    static SectionSpec aliased(String title, int level, int templateLine, String... aliases) {
        return new SectionSpec(title, level, Optional.empty(), false, List.of(aliases), templateLine, List.of());
    }

    static SectionSpec pattern(String title, String regex, int level, int templateLine) {
        return new SectionSpec(
                title,
                level,
                Optional.of(Pattern.compile(regex, Pattern.CASE_INSENSITIVE)),
                false,
                List.of(),
                templateLine,
                List.of());
    }

    static MetadataFieldSpec field(String key, FieldType type, int templateLine, String... allowed) {
        return new MetadataFieldSpec(key, type, List.of(allowed), templateLine);
    }
}
