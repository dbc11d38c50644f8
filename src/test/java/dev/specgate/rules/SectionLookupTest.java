package dev.specgate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.model.Finding;
import dev.specgate.model.Section;
import dev.specgate.model.SpecDocument;
import dev.specgate.parse.MarkdownParser;
import dev.specgate.schema.SchemaOverrides;
import dev.specgate.schema.SpecSchema;
import dev.specgate.schema.TemplateReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SectionLookupTest {

    private static final MarkdownParser PARSER = new MarkdownParser();

    /** An endpoint heading with placeholder parts holding a table (line 9), and an open-questions section. */
    private static final String TEMPLATE = """
            # Service: [Name]

            **Status**: Draft | Review | Approved

            ## Interface

            ### Endpoint: [Method] /path

            | Parameter | Kind | Required |
            |-----------|------|----------|
            | [name] | Query/Path/Body | Yes/No |

            ## Open Questions

            - [ ] [Question]
            """;

    private static SpecSchema schema(SchemaOverrides overrides) {
        return overrides.applyTo(
                new TemplateReader().read(PARSER.parse("docs/specs/TEMPLATE.md", TEMPLATE), "docs/specs/TEMPLATE.md"));
    }

    private static List<String> run(Rule rule, SpecSchema schema, String spec) {
        FindingCollector out = new FindingCollector(rule.id(), rule.defaultSeverity(), "docs/specs/a.md");
        rule.check(PARSER.parse("docs/specs/a.md", spec), schema, out);
        return out.findings().stream()
                .sorted(Finding.ORDER)
                .map(Finding::format)
                .toList();
    }

    @Test
    void patternHeadingFindsEverySpecHeadingThatFitsIt() {
        SpecDocument spec = PARSER.parse("docs/specs/a.md", """
                # Refunds

                ## Interface

                ### Endpoint: POST /refunds

                ### Endpoint: GET /refunds/{id}

                ### Notes
                """);

        List<Section> found = SectionLookup.findAll(
                spec, schema(SchemaOverrides.NONE).sections(), List.of("Interface", "Endpoint: [Method] /path"));

        assertEquals(List.of(5, 7), found.stream().map(Section::line).toList());
    }

    @Test
    void tableUnderAPatternHeadingIsCheckedInEachMatchingSection() {
        assertEquals(
                List.of(
                        "docs/specs/a.md:13:1: [table-columns] Table in \"Interface > Endpoint: GET /refunds/{id}\" has no "
                                + "\"Required\" column (template line 9)",
                        "docs/specs/a.md:15:8: [table-columns] Column \"Kind\" has \"Header\", expected one of: Query, Path, "
                                + "Body (template line 9)"),
                run(new TableColumnsRule(), schema(SchemaOverrides.NONE), """
                # Refunds

                ## Interface

                ### Endpoint: POST /refunds

                | Parameter | Kind | Required |
                |-----------|------|----------|
                | amount | Body | Yes |

                ### Endpoint: GET /refunds/{id}

                | Parameter | Kind |
                |-----------|------|
                | id | Header |
                """));
    }

    @Test
    void aliasFromThePomFindsTheSection() {
        SchemaOverrides alias =
                SchemaOverrides.ofSections(List.of(), List.of(), Map.of("Open Questions", List.of("Unresolved Items")));
        String spec = """
                # Refunds

                **Status**: Approved

                ## Interface

                ### Endpoint: POST /refunds

                | Parameter | Kind | Required |
                |-----------|------|----------|
                | amount | Body | Yes |

                ## Unresolved Items

                - [ ] Who approves refunds above the limit?
                """;

        assertEquals(
                List.of("docs/specs/a.md:15:1: [open-questions] Open question still unchecked in an approved "
                        + "spec: \"Who approves refunds above the limit?\""),
                run(new OpenQuestionsRule(), schema(alias), spec));
        assertEquals(List.of(), run(new OpenQuestionsRule(), schema(SchemaOverrides.NONE), spec));
    }
}
