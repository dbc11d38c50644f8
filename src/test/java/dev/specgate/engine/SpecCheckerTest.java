package dev.specgate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specgate.schema.SchemaOverrides;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's plumbing: template resolution, file discovery, paths and errors. Rule behaviour has its own tests. */
class SpecCheckerTest {

    @TempDir
    Path base;

    private final SpecChecker checker = new SpecChecker();
    private final List<SpecSetPlan> plans = new ArrayList<>();

    @Test
    void templateBesideTheSpecsIsUsedAndNotChecked() throws Exception {
        write("docs/specs/TEMPLATE.md", "# [Title]\n\n## Overview\n\n[What it does]\n");
        write("docs/specs/b.md", "# B\n\n## Overview\n\nB does things.\n");
        write("docs/specs/a.md", "# A\n\n## Overview\n\nA does things.\n");
        CheckResult result = check(set("docs/specs", Optional.empty()));
        assertEquals(List.of("docs/specs/a.md", "docs/specs/b.md"), result.specFiles());
        assertEquals(List.of(new SpecSetPlan("docs/specs", List.of("**/*.md"), "docs/specs/TEMPLATE.md", 2)), plans);
    }

    @Test
    void withoutTemplateTheBuiltInDefaultApplies() throws Exception {
        write("specs/a.md", "# A\n");
        check(set("specs", Optional.empty()));
        assertEquals(List.of(new SpecSetPlan("specs", List.of("**/*.md"), "the built-in default template", 1)), plans);
    }

    @Test
    void configuredTemplateElsewhereIsUsed() throws Exception {
        write("templates/tech-spec.md", "# [Title]\n");
        write("docs/specs/a.md", "# A\n");
        CheckResult result = check(set("docs/specs", Optional.of(Path.of("templates/tech-spec.md"))));
        assertEquals(List.of("docs/specs/a.md"), result.specFiles());
        assertEquals(List.of(new SpecSetPlan("docs/specs", List.of("**/*.md"), "templates/tech-spec.md", 1)), plans);
    }

    @Test
    void lowercaseTemplateBesideTheSpecsIsUsedAndNotChecked() throws Exception {
        write("docs/specs/template.md", "# [Title]\n\n## Overview\n\n[What it does]\n");
        write("docs/specs/a.md", "# A\n\nA does things.\n");
        CheckResult result = check(set("docs/specs", Optional.empty()));
        assertEquals(List.of("docs/specs/a.md"), result.specFiles());
        assertEquals(List.of(new SpecSetPlan("docs/specs", List.of("**/*.md"), "docs/specs/template.md", 1)), plans);
        assertEquals(
                List.of("docs/specs/a.md:3:1: [required-section] Missing section \"Overview\" (template line 3)"),
                result.findings().stream()
                        .map(dev.specgate.model.Finding::format)
                        .toList());
    }

    @Test
    void missingConfiguredTemplateNamesParameterAndPath() throws Exception {
        write("docs/specs/a.md", "# A\n");
        SpecCheckException e = assertThrows(
                SpecCheckException.class, () -> check(set("docs/specs", Optional.of(Path.of("docs/NOPE.md")))));
        assertEquals(
                "Template not found: parameter template points at docs/NOPE.md, which does not exist (resolved to "
                        + base.resolve("docs/NOPE.md")
                        + "); set <template> to the team's template file, or leave it out to"
                        + " use TEMPLATE.md beside the specs",
                e.getMessage());
    }

    @Test
    void emptyDirectoryIsReportedToTheListener() throws Exception {
        CheckResult result = check(set("docs/specs", Optional.empty()));
        assertEquals(List.of(), result.specFiles());
        assertEquals(0, plans.get(0).specCount());
        assertEquals(
                List.of(new SpecSetPlan("docs/specs", List.of("**/*.md"), "the built-in default template", 0)), plans);
    }

    @Test
    void undecodableSpecStopsTheCheckWithItsLine() throws Exception {
        write("docs/specs/a.md", "# A\n");
        Files.write(
                base.resolve("docs/specs/a.md"),
                "ok\n\u00e9\n".getBytes(StandardCharsets.ISO_8859_1),
                java.nio.file.StandardOpenOption.APPEND);
        SpecCheckException e = assertThrows(SpecCheckException.class, () -> check(set("docs/specs", Optional.empty())));
        assertTrue(
                e.getMessage().startsWith("docs/specs/a.md:3: not valid UTF-8 (byte 0xE9); save it as UTF-8"),
                e.getMessage());
    }

    @Test
    void severalSetsKeepTheirOwnFiles() throws Exception {
        write("a/one.md", "# One\n");
        write("b/two.md", "# Two\n");
        CheckResult result = check(set("a", Optional.empty()), set("b", Optional.empty()));
        assertEquals(List.of("a/one.md", "b/two.md"), result.specFiles());
        assertEquals(2, plans.size());
        assertEquals(
                List.of(
                        new SpecSetPlan("a", List.of("**/*.md"), "the built-in default template", 1),
                        new SpecSetPlan("b", List.of("**/*.md"), "the built-in default template", 1)),
                plans);
    }

    private CheckResult check(SpecSetRequest... sets) throws SpecCheckException {
        CheckRequest request = new CheckRequest(base, List.of(sets), StandardCharsets.UTF_8);
        return checker.check(request, plans::add);
    }

    private SpecSetRequest set(String directory, Optional<Path> template) {
        return new SpecSetRequest(
                base.resolve(directory), List.of(), List.of(), template.map(base::resolve), SchemaOverrides.NONE);
    }

    private void write(String path, String text) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
