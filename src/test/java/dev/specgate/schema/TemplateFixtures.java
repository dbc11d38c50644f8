package dev.specgate.schema;

import dev.specgate.parse.MarkdownParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads test templates through the real parser and renders schemas in a compact form that tests compare exactly. */
final class TemplateFixtures {

    private static final MarkdownParser PARSER = new MarkdownParser();

    private TemplateFixtures() {}

    /** The schema of a template under {@code src/test/resources/templates/}. */
    static SpecSchema fixture(String name) {
        String resource = "/templates/" + name;
        try (InputStream in = TemplateFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test template " + resource);
            }
            return read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema of a template given as text. */
    static SpecSchema read(String path, String text) {
        return new TemplateReader().read(PARSER.parse(path, text), path);
    }

    /**
     * One line per section, depth first: {@code path | level | template line}, then {@code | pattern} for pattern
     * sections and {@code | optional} for optional ones, e.g. {@code Plan > Phase 1: [Name] | 3 | 12 | pattern}.
     */
    static List<String> outline(List<SectionSpec> sections) {
        List<String> lines = new ArrayList<>();
        outline(sections, "", lines);
        return lines;
    }

    private static void outline(List<SectionSpec> sections, String prefix, List<String> lines) {
        for (SectionSpec s : sections) {
            String path = prefix + s.title();
            lines.add(path + " | " + s.level() + " | " + s.templateLine()
                    + (s.pattern().isPresent() ? " | pattern" : "") + (s.optional() ? " | optional" : ""));
            outline(s.children(), path + " > ", lines);
        }
    }

    /** The metadata fields as {@code key TYPE [values] @line}. */
    static List<String> fields(SpecSchema schema) {
        return schema.metadata().stream()
                .map(f -> f.key() + " " + f.type() + " " + f.allowedValues() + " @" + f.templateLine())
                .toList();
    }

    /** The section at a path of titles (as the schema holds them). */
    static SectionSpec section(SpecSchema schema, String... titles) {
        List<SectionSpec> level = schema.sections();
        SectionSpec found = null;
        for (String title : titles) {
            found = level.stream()
                    .filter(s -> s.title().equals(title))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no section " + title));
            level = found.children();
        }
        return found;
    }
}
