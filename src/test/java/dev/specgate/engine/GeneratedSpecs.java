package dev.specgate.engine;

import dev.specgate.schema.RequirementIdOverrides;
import dev.specgate.schema.SchemaOverrides;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A generated spec set for tests that need many specs: a template, and specs filled from it in sub-folders, with
 * defects of every kind spread over them (missing sections, bad metadata, placeholders, malformed and duplicate IDs,
 * IDs defined in two specs and references to IDs no spec defines, suppression comments, drafts, sign-offs part
 * way).
 */
public final class GeneratedSpecs {

    /** The template of the generated specs, also the benchmark's ({@code CheckBenchmark}). */
    public static final String TEMPLATE = """
            # [Service Name] - Design

            **Author**: [Your Name]
            **Status**: Draft | Review | Approved
            **Date**: YYYY-MM-DD

            ## Summary
            [What this changes and why]

            ## Requirements
            ### Functional Requirements
            1. **REQ-001**: [Description]

            ## Risks
            | Risk | Impact | Mitigation |
            |------|--------|------------|
            | [Risk] | High/Med/Low | [Mitigation] |

            ## Rollback Plan
            [How to undo it]

            ## Sign-off
            | Role | Name | Status | Date |
            |------|------|--------|------|
            | Engineering Lead | [Name] | Pending | YYYY-MM-DD |
            | Security | [Name] | Pending | YYYY-MM-DD |
            """;

    private GeneratedSpecs() {}

    /** Writes {@code count} specs under {@code base/docs/specs} (template in {@code TEMPLATE.md}); returns the set. */
    public static SpecSetRequest write(Path base, int count) throws IOException {
        Path dir = base.resolve("docs/specs");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("TEMPLATE.md"), TEMPLATE);
        for (int i = 0; i < count; i++) {
            Path file = dir.resolve(String.format("area-%02d/spec-%05d.md", i % 7, i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, spec(i), StandardCharsets.UTF_8);
        }
        return set(dir);
    }

    /** The spec set of the generated directory, with requirement IDs unique across the project. */
    public static SpecSetRequest set(Path dir) {
        SchemaOverrides overrides =
                SchemaOverrides.NONE.withRequirementIds(RequirementIdOverrides.of(null, null, List.of(), "project"));
        return new SpecSetRequest(dir, List.of(), List.of(), Optional.empty(), overrides);
    }

    /** The text of spec {@code i}: most are clean, every few has one or more defects. */
    public static String spec(int i) {
        StringBuilder out = new StringBuilder();
        out.append("# Service ").append(i).append(" - Design\n\n");
        if (i % 11 == 3) {
            out.append("<!-- spec:disable-file placeholder -- migrated text -->\n");
        }
        out.append("**Author**: ")
                .append(i % 13 == 0 ? "[Your Name]" : "Dana Lee")
                .append('\n');
        out.append("**Status**: ")
                .append(i % 9 == 0 ? "Done" : i % 4 == 0 ? "Draft" : "Approved")
                .append('\n');
        out.append("**Date**: 2026-")
                .append(i % 17 == 0 ? "02-30" : "03-1" + (i % 10))
                .append("\n\n");
        out.append("## Summary\n");
        out.append(
                i % 23 == 0 ? "" : "Service " + i + " moves the nightly export to a queue, see REQ-" + (i * 3) + ".\n");
        out.append(i % 11 == 3 ? "Still [to be written].\n" : "").append('\n');
        out.append("## Requirements\n### Functional Requirements\n");
        for (int r = 0; r < 3; r++) {
            int id = i % 29 == 0 && r == 2 ? i * 3 : i * 3 + r;
            out.append(r + 1)
                    .append(". **REQ-")
                    .append(String.format("%03d", id))
                    .append("**: Case ")
                    .append(r)
                    .append(" is handled.\n");
        }
        if (i % 31 == 5) {
            out.append("4. **REQ-7a**: Malformed.\n");
        }
        if (i % 37 == 1) {
            out.append("5. **REQ-")
                    .append(String.format("%03d", (i + 1) * 3))
                    .append("**: Defined twice across specs.\n");
        }
        if (i % 43 == 4) {
            out.append("<!-- spec:disable-next-line no-such-rule -->\n");
        }
        if (i % 41 == 2) {
            out.append("\nDepends on REQ-99999.\n");
        }
        out.append("\n## Risks\n| Risk | Impact | Mitigation |\n|------|--------|------------|\n");
        out.append("| Load | ").append(i % 19 == 0 ? "Huge" : "High").append(" | Autoscaling |\n\n");
        if (i % 15 != 7) {
            out.append("## Rollback Plan\nTurn the flag off.\n");
        }
        if (i % 5 != 1) {
            out.append("\n## Sign-off\n| Role | Name | Status | Date |\n|------|------|--------|------|\n");
            out.append("| Engineering Lead | Sam Roe | Approved | 2026-03-2")
                    .append(i % 10)
                    .append(" |\n");
            out.append("| Security | Kim Poe | ")
                    .append(i % 3 == 0 ? "Pending" : "Approved")
                    .append(" | 2026-03-01 |\n");
        }
        return out.toString();
    }
}
