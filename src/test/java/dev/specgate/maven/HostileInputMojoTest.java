package dev.specgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input stops the goals with the plugin's own clear error (the right exception type, a message naming the file or
 * parameter, nothing logged that looks like a stack trace), and no goal changes a byte outside {@code target/},
 * whether it passes, fails on findings or cannot run. Each test works on its own copy of a small project.
 */
@MojoTest
class HostileInputMojoTest {

    private static final String TEMPLATE = "# [Feature Name]\n\n**Status**: Draft | Approved\n\n## Summary\n\n[Why.]\n";
    private static final String GOOD = "# Export\n\n**Status**: Approved\n\n## Summary\n\nInvoices leave as CSV.\n";
    private static final String BAD = "# Import\n\n**Status**: Done\n\n## Rollout\n\nTBD\n";

    private final RecordingLog log = new RecordingLog();

    @TempDir
    Path project;

    @BeforeEach
    void writeProject() throws IOException {
        write("docs/specs/TEMPLATE.md", TEMPLATE);
        write("docs/specs/export.md", GOOD);
        write("pom.xml", "<project/>\n");
        write("spec-baseline.json.keep", "{}\n");
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void passingFailingAndCachedChecksChangeNothingOutsideTarget(CheckMojo mojo) throws Exception {
        prepare(mojo);
        Map<String, String> before = snapshot();
        mojo.execute();
        mojo.execute();
        write("docs/specs/import.md", BAD);
        before = snapshot();
        assertThrows(MojoFailureException.class, mojo::execute);
        assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals(before, snapshot());
        assertTrue(Files.list(project.resolve("target/spec/cache")).findAny().isPresent(), "the cache is written");
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "trace", pom = "pom.xml")
    void passingAndFailingTracesChangeNothingOutsideTarget(TraceMojo mojo) throws Exception {
        write("docs/specs/TEMPLATE.md", TEMPLATE + "\n## Requirements\n\n- **REQ-001**: [What it must do.]\n");
        prepare(mojo);
        MojoExtension.setVariableValueToObject(
                mojo,
                "testClassesDirectory",
                project.resolve("target/test-classes").toFile());
        MojoExtension.setVariableValueToObject(mojo, "testSourceRoots", List.of());
        MojoExtension.setVariableValueToObject(mojo, "formats", List.of("json", "sarif", "junit", "html"));
        Map<String, String> before = snapshot();
        mojo.execute();
        assertEquals(before, snapshot());
        // An approved spec's requirement that no test verifies fails the trace.
        write("docs/specs/refunds.md", GOOD + "\n## Requirements\n\n- **REQ-001**: Refunds are capped.\n");
        before = snapshot();
        assertThrows(
                MojoFailureException.class, mojo::execute, () -> log.lines().toString());
        assertEquals(before, snapshot());
        assertTrue(Files.exists(project.resolve("target/spec/trace-report.json")), "the trace report is written");
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "template", pom = "pom.xml")
    void printingTheDefaultTemplateChangesNothingOutsideTarget(TemplateMojo mojo) throws Exception {
        prepare(mojo);
        Map<String, String> before = snapshot();
        mojo.execute();
        assertEquals(before, snapshot());
        assertTrue(Files.exists(project.resolve("target/spec/" + TemplateMojo.FILE_NAME)));
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void aCorruptCacheIsIgnoredWithADebugLine(CheckMojo mojo) throws Exception {
        prepare(mojo);
        mojo.execute();
        Path cache;
        try (Stream<Path> files = Files.list(project.resolve("target/spec/cache"))) {
            cache = files.findFirst().orElseThrow();
        }
        Files.write(cache, "not a cache".getBytes(StandardCharsets.UTF_8));
        List<String> debug = new ArrayList<>();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public boolean isDebugEnabled() {
                return true;
            }

            @Override
            public void debug(CharSequence content) {
                debug.add(content.toString());
            }
        });
        mojo.execute();
        assertEquals(1, debug.size(), debug::toString);
        assertTrue(debug.get(0).startsWith("Ignoring the unreadable spec cache " + cache), debug.get(0));
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void anEmptyTemplateNamesTheTemplate(CheckMojo mojo) throws Exception {
        write("docs/specs/TEMPLATE.md", "");
        assertRefused(
                mojo,
                "Template docs/specs/TEMPLATE.md is empty: a template needs headings (e.g. \"## Summary\") that name"
                        + " the sections every spec must have; fill it in, or point <template> at the team's"
                        + " template");
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void aTemplateWithoutHeadingsNamesTheTemplate(CheckMojo mojo) throws Exception {
        write("docs/specs/TEMPLATE.md", "Write the spec here.\n\n- [ ] and tick this.\n");
        assertRefused(
                mojo,
                "Template docs/specs/TEMPLATE.md has no headings: a template needs headings (e.g. \"## Summary\")"
                        + " that name the sections every spec must have; without them every spec would pass");
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void aTemplateThatIsNotTextNamesTheTemplate(CheckMojo mojo) throws Exception {
        Files.write(project.resolve("docs/specs/TEMPLATE.md"), new byte[] {'#', ' ', 'A', '\n', 'P', 'K', 0, 3, 4});
        assertRefused(
                mojo,
                "Template docs/specs/TEMPLATE.md is not a text file (a NUL character at line 2); point <template>"
                        + " at the team's Markdown template");
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void aDanglingSymlinkNamesThePath(CheckMojo mojo) throws Exception {
        Path link = project.resolve("docs/specs/moved.md");
        Files.createSymbolicLink(link, project.resolve("docs/specs/gone/moved.md"));
        assertRefused(
                mojo,
                "The includes select " + link
                        + ", a symbolic link to a file that does not exist; fix or remove the link, or leave it out"
                        + " with <excludes>");
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void aDirectoryNamedLikeASpecNamesThePath(CheckMojo mojo) throws Exception {
        Files.createDirectories(project.resolve("docs/specs/archive.md"));
        assertRefused(
                mojo,
                "The includes select " + project.resolve("docs/specs/archive.md")
                        + ", which is a directory, not a spec file; rename it or leave it out with <excludes>");
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void anUnreadableSpecNamesThePath(CheckMojo mojo) throws Exception {
        Path file = project.resolve("docs/specs/locked.md");
        write("docs/specs/locked.md", GOOD);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(file), "the file system lets this user read any file (root)");
        assertRefused(mojo, "Cannot read docs/specs/locked.md: permission denied; make the file readable");
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void aSpecNestedTooDeeplyNamesFileLineAndLimit(CheckMojo mojo) throws Exception {
        write("docs/specs/quotes.md", "# Quotes\n\n" + "> ".repeat(20_000) + "deep\n");
        assertRefused(
                mojo,
                "docs/specs/quotes.md:3: nested 20,000 levels deep (block quotes and list indentation), more than"
                        + " the 5,000 levels the plugin parses; flatten the structure");
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void aThreadCountBelowOneNamesTheParameter(CheckMojo mojo) throws Exception {
        MojoExtension.setVariableValueToObject(mojo, "threads", 0);
        assertRefused(
                mojo,
                "Invalid value for parameter threads (spec.threads): 0; use a number of at least 1, or leave it out"
                        + " for one per processor");
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "baseline", pom = "pom.xml")
    void baselineRefusingToOverwriteChangesNothing(BaselineMojo mojo) throws Exception {
        write("spec-baseline.json", "{\"version\": 1, \"findings\": []}\n");
        MojoExtension.setVariableValueToObject(
                mojo, "baseline", project.resolve("spec-baseline.json").toFile());
        assertRefused(
                mojo,
                "The baseline spec-baseline.json exists already and is not replaced: run"
                        + " mvn spec:baseline -Dspec.baseline.overwrite to replace it with the current findings"
                        + " (parameter overwrite)");
    }

    private void assertRefused(AbstractSpecMojo mojo, String message) throws Exception {
        prepare(mojo);
        Map<String, String> before = snapshot();
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(message, e.getMessage());
        assertEquals(before, snapshot(), "nothing outside target/ changed");
        assertTrue(
                log.lines().stream().noneMatch(l -> l.contains("\tat ") || l.contains("Exception")),
                log.lines()::toString);
    }

    private void prepare(AbstractMojo mojo) throws IllegalAccessException {
        mojo.setLog(log);
        if (mojo instanceof AbstractReportingMojo reporting) {
            reporting.setEnvironment(CheckMojoTest.environment(Map.of(), new ArrayList<>()));
        }
        MojoExtension.setVariableValueToObject(mojo, "baseDirectory", project.toFile());
        MojoExtension.setVariableValueToObject(
                mojo, "buildDirectory", project.resolve("target").toFile());
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Every file outside target/ with its bytes (as ISO-8859-1 text, so any byte compares). */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path path :
                    walk.filter(p -> !p.startsWith(project.resolve("target"))).toList()) {
                String name = project.relativize(path).toString();
                if (Files.isSymbolicLink(path)) {
                    files.put(name, "link to " + Files.readSymbolicLink(path));
                } else if (Files.isDirectory(path)) {
                    files.put(name + "/", "");
                } else if (Files.isReadable(path)) {
                    files.put(name, new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1));
                } else {
                    files.put(name, "unreadable " + Files.getLastModifiedTime(path));
                }
            }
        }
        return files;
    }
}
