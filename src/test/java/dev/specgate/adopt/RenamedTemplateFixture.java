package dev.specgate.adopt;

import dev.specgate.model.SpecDocument;
import dev.specgate.parse.MarkdownParser;
import dev.specgate.schema.SpecSchema;
import dev.specgate.schema.TemplateReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The specs of {@code unit/init-renamed}: eight specs written over three versions of a template. 2019-2020 specs say
 * Detailed Design, Risks and Launch; 2021-2022 specs say Summary instead of Overview; 2024-2025 specs follow the
 * current template, the only one with Observability. Most specs keep the prompt "Consider security, privacy and
 * cost." The Mojo test reads the same files.
 */
final class RenamedTemplateFixture {

    static final Path PROJECT = Path.of("src/test/resources/unit/init-renamed");
    static final Path SPECS = PROJECT.resolve("docs/specs");

    private static final MarkdownParser PARSER = new MarkdownParser();

    private RenamedTemplateFixture() {}

    static SpecDocument template() throws IOException {
        return parse(SPECS.resolve("TEMPLATE.md"));
    }

    static SpecSchema schema() throws IOException {
        return new TemplateReader().read(template(), "docs/specs/TEMPLATE.md");
    }

    /** The specs, in file name order (README.md and the template left out). */
    static List<SpecDocument> specs() throws IOException {
        List<SpecDocument> specs = new ArrayList<>();
        try (Stream<Path> files = Files.list(SPECS)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.matches("\\d{4}-.*\\.md")) {
                    specs.add(parse(file));
                }
            }
        }
        return specs;
    }

    static SpecDocument parse(Path file) throws IOException {
        return PARSER.parse("docs/specs/" + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8));
    }
}
