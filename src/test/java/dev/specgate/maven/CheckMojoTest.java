package dev.specgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check goal as Maven configures it, through maven-plugin-testing-harness and the test POMs in unit/. */
@MojoTest
class CheckMojoTest {

    private final RecordingLog log = new RecordingLog();

    @TempDir
    Path output;

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/check-binding/pom.xml")
    void bindsEveryParameterFromThePom(CheckMojo mojo) throws Exception {
        List<SpecSet> sets = MojoExtension.getVariableValueFromObject(mojo, "specSets");
        assertEquals(2, sets.size());
        SpecSet first = sets.get(0);
        assertEquals("design/specs", first.getDirectory());
        assertEquals(List.of("**/*.md", "*.markdown"), first.getIncludes());
        assertEquals(List.of("drafts/**"), first.getExcludes());
        assertEquals("design/TEMPLATE.md", first.getTemplate());
        assertEquals(List.of("Deployment > Rollback Plan"), first.getRequiredSections());
        assertEquals(List.of("Appendix"), first.getOptionalSections());
        assertEquals(List.of("Testing Strategy = Test Plan", "Testing Strategy = QA Plan"), first.getAliases());
        SpecSet second = sets.get(1);
        assertEquals("adr", second.getDirectory());
        assertEquals(List.of(), second.getIncludes());
        assertNull(second.getTemplate());
        assertTrue(first.isUseDefaultExcludes());
        assertFalse(second.isUseDefaultExcludes());
        assertEquals(Boolean.TRUE, MojoExtension.getVariableValueFromObject(mojo, "allowOutsideProject"));
        assertEquals("ISO-8859-1", MojoExtension.getVariableValueFromObject(mojo, "encoding"));
        boolean skip = MojoExtension.getVariableValueFromObject(mojo, "skip");
        assertFalse(skip);
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void failsWithOneLinePerFindingAndASummary(CheckMojo mojo) throws Exception {
        prepare(mojo);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("spec check failed: 2 errors in 1 of 2 specs", e.getMessage());
        assertEquals(
                List.of(
                        "[INFO] Checking 2 specs in docs/specs against docs/specs/TEMPLATE.md",
                        "[ERROR] docs/specs/export.md:7:1: [required-section] Missing section \"Rollout\" (template line 9)",
                        "[ERROR] docs/specs/export.md:7:39: [placeholder] Placeholder \"TBD\" left in",
                        "[INFO] Wrote 0 requirements to " + output.resolve("spec/requirements.json"),
                        "[ERROR] spec check failed: 2 errors in 1 of 2 specs",
                        "[ERROR]   by rule: placeholder 1, required-section 1",
                        "[ERROR]   how to fix each rule: https://specgate.dev/spec-maven-plugin/rules.html",
                        "[ERROR]   to keep a finding on purpose: <!-- spec:disable-line RULE -- reason --> in the spec"
                                + " (or disable-next-line, disable-section, disable-file)",
                        "[ERROR]   to adopt with today's findings: mvn spec:baseline, commit spec-baseline.json; then"
                                + " only new findings fail"),
                log.lines());
    }

    @Test
    @Basedir("src/test/resources/unit/check-missing-directory")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void aConfiguredDirectoryThatDoesNotExistNamesTheParameterAndTheNearestDirectory(CheckMojo mojo) throws Exception {
        prepare(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        Path base = baseDirectory(mojo);
        assertEquals(
                "Spec directory not found: parameter directory is \"doc/specs\", which does not exist (resolved to "
                        + base.resolve("doc/specs") + "); the nearest existing directory is the project directory "
                        + base + ", which holds docs/",
                e.getMessage());
        assertEquals(List.of(), log.lines());
    }

    @Test
    @Basedir("src/test/resources/unit/check-missing-directory")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void aDirectoryOutsideTheProjectIsAnErrorUnlessAllowed(CheckMojo mojo) throws Exception {
        prepare(mojo);
        SpecSet outside = new SpecSet();
        outside.setDirectory("../check-fail/docs/specs");
        MojoExtension.setVariableValueToObject(mojo, "specSets", List.of(outside));
        Path base = baseDirectory(mojo);

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(
                "Invalid value for parameter directory: \"../check-fail/docs/specs\" is "
                        + base.resolveSibling("check-fail/docs/specs") + ", outside the project directory " + base
                        + "; point <directory> inside the project, or set"
                        + " <allowOutsideProject>true</allowOutsideProject> (spec.allowOutsideProject) to check specs"
                        + " elsewhere",
                e.getMessage());

        MojoExtension.setVariableValueToObject(mojo, "allowOutsideProject", true);
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("spec check failed: 2 errors in 1 of 2 specs", failure.getMessage());
    }

    @Test
    @Basedir("src/test/resources/unit/check-no-specs")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void anAbsentDefaultDirectorySkipsWithOneLine(CheckMojo mojo) throws Exception {
        prepare(mojo);
        mojo.execute();
        assertEquals(
                List.of("[INFO] No docs/specs directory: spec check skipped (configure <specSets> to check specs"
                        + " elsewhere)"),
                log.lines());
        assertFalse(Files.exists(output.resolve("spec")), "a skipped check writes nothing");
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "skip", value = "true")
    void skipChecksNothing(CheckMojo mojo) throws Exception {
        prepare(mojo);
        mojo.execute();
        assertEquals(List.of("[INFO] Skipping spec check (spec.skip=true)"), log.lines());
    }

    @Test
    @Basedir("src/test/resources/unit/check-bad-template")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void missingTemplateIsAnExecutionProblem(CheckMojo mojo) throws Exception {
        prepare(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        File base = MojoExtension.getVariableValueFromObject(mojo, "baseDirectory");
        assertEquals(
                "Template not found: parameter template points at docs/MISSING.md, which does not exist"
                        + " (resolved to "
                        + new File(base, "docs/MISSING.md")
                                .toPath()
                                .toAbsolutePath()
                                .normalize()
                        + "); set <template> to the team's template file, or leave it out to use TEMPLATE.md beside the"
                        + " specs",
                e.getMessage());
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "encoding", value = "NOPE-42")
    void unknownEncodingNamesParameterAndValue(CheckMojo mojo) throws Exception {
        prepare(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(
                "Invalid value for parameter encoding (spec.encoding): \"NOPE-42\" is not a character encoding"
                        + " this Java supports; use e.g. UTF-8 or ISO-8859-1",
                e.getMessage());
    }

    @Test
    @Basedir("src/test/resources/unit/check-empty")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void noSpecFilesIsAWarningNotASilentPass(CheckMojo mojo) throws Exception {
        prepare(mojo);
        mojo.execute();
        assertEquals(
                List.of(
                        "[WARNING] No spec files found in docs/notes (includes **/*.md)",
                        "[INFO] Wrote 0 requirements to " + output.resolve("spec/requirements.json"),
                        "[INFO] Checked 0 specs: no errors"),
                log.lines());
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/check-gate-binding/pom.xml")
    void bindsTheGateParametersFromThePom(CheckMojo mojo) throws Exception {
        assertEquals(Boolean.FALSE, MojoExtension.getVariableValueFromObject(mojo, "failOnError"));
        assertEquals(Boolean.TRUE, MojoExtension.getVariableValueFromObject(mojo, "failOnWarning"));
        assertEquals(
                List.of("placeholder=warning", "empty-section=off"),
                MojoExtension.getVariableValueFromObject(mojo, "severities"));
        assertEquals(Boolean.TRUE, MojoExtension.getVariableValueFromObject(mojo, "relaxDrafts"));
        assertEquals(List.of("Proposed"), MojoExtension.getVariableValueFromObject(mojo, "draftStatuses"));
        assertEquals(List.of("json", "sarif"), MojoExtension.getVariableValueFromObject(mojo, "formats"));
        assertEquals(Boolean.FALSE, MojoExtension.getVariableValueFromObject(mojo, "githubAnnotations"));
        File baseline = MojoExtension.getVariableValueFromObject(mojo, "baseline");
        assertTrue(baseline.getPath().replace('\\', '/').endsWith("config/spec-baseline.json"), baseline.getPath());
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void defaultsFailOnErrorsOnlyWithDraftStatusesReady(CheckMojo mojo) throws Exception {
        assertEquals(Boolean.TRUE, MojoExtension.getVariableValueFromObject(mojo, "failOnError"));
        assertEquals(Boolean.FALSE, MojoExtension.getVariableValueFromObject(mojo, "failOnWarning"));
        assertEquals(Boolean.FALSE, MojoExtension.getVariableValueFromObject(mojo, "relaxDrafts"));
        assertEquals(
                List.of("Draft", "In Review", "Review"),
                MojoExtension.getVariableValueFromObject(mojo, "draftStatuses"));
        assertEquals(Boolean.TRUE, MojoExtension.getVariableValueFromObject(mojo, "githubAnnotations"));
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "severities", value = "placeholder=warning,required-sektion=off")
    void unknownRuleInSeveritiesIsAnExecutionProblem(CheckMojo mojo) throws Exception {
        prepare(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(
                "Invalid value for parameter severities (spec.severities): \"required-sektion=off\": unknown"
                        + " rule \"required-sektion\"; known rules: approval-drift, empty-section, failing-requirement,"
                        + " metadata, open-questions, placeholder, required-section, requirement-id, sign-off, suppression,"
                        + " table-columns, unknown-requirement, untested-requirement",
                e.getMessage());
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "formats", value = "html")
    @MojoParameter(name = "sourceUrl", value = "javascript:alert(1)")
    void sourceUrlMustBeAWebAddress(CheckMojo mojo) throws Exception {
        prepare(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(
                "Invalid value for parameter sourceUrl (spec.sourceUrl): \"javascript:alert(1)\" is not an http or"
                        + " https URL, e.g. https://github.com/acme/shop/blob/main",
                e.getMessage());
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "formats", value = "json,pdf")
    void unknownFormatIsAnExecutionProblem(CheckMojo mojo) throws Exception {
        prepare(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(
                "Invalid value for parameter formats (spec.formats): \"json,pdf\": Unknown report format"
                        + " \"pdf\" in formats: use a comma-separated list of json, sarif, junit, html",
                e.getMessage());
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "failOnError", value = "false")
    void failOnErrorFalseReportsWithoutFailing(CheckMojo mojo) throws Exception {
        prepare(mojo);
        mojo.execute();
        assertEquals(
                "[WARNING] spec check found: 2 errors in 1 of 2 specs; not failing the build" + " (failOnError=false)",
                log.lines().get(log.lines().size() - 1));
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "severities", value = "placeholder=warning,required-section=off")
    @MojoParameter(name = "failOnWarning", value = "true")
    void failOnWarningFailsOnAWarning(CheckMojo mojo) throws Exception {
        prepare(mojo);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("spec check failed: 1 warning in 1 of 2 specs (failOnWarning)", e.getMessage());
        assertEquals(
                List.of(
                        "[INFO] Checking 2 specs in docs/specs against docs/specs/TEMPLATE.md",
                        "[WARNING] docs/specs/export.md:7:39: [placeholder] Placeholder \"TBD\" left in",
                        "[INFO] Wrote 0 requirements to " + output.resolve("spec/requirements.json"),
                        "[ERROR] spec check failed: 1 warning in 1 of 2 specs (failOnWarning)",
                        "[ERROR]   by rule: placeholder 1",
                        "[ERROR]   how to fix each rule: https://specgate.dev/spec-maven-plugin/rules.html",
                        "[ERROR]   to keep a finding on purpose: <!-- spec:disable-line RULE -- reason --> in the spec"
                                + " (or disable-next-line, disable-section, disable-file)",
                        "[ERROR]   to adopt with today's findings: mvn spec:baseline, commit spec-baseline.json; then"
                                + " only new findings fail"),
                log.lines());
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void onGithubActionsPrintsOneWorkflowCommandPerFindingAndWritesReports(CheckMojo mojo) throws Exception {
        prepare(mojo);
        List<String> printed = new ArrayList<>();
        mojo.setEnvironment(environment(Map.of("GITHUB_ACTIONS", "true"), printed));
        MojoExtension.setVariableValueToObject(mojo, "buildDirectory", output.toFile());
        MojoExtension.setVariableValueToObject(mojo, "formats", List.of("json", "junit"));
        assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals(2, printed.size(), printed.toString());
        assertTrue(printed.get(0).startsWith("::error file="), printed.get(0));
        assertTrue(
                printed.get(0)
                        .endsWith("docs/specs/export.md,line=7,col=1,title=required-section::Missing section"
                                + " \"Rollout\" (template line 9)"),
                printed.get(0));
        assertTrue(
                printed.get(1)
                        .endsWith("docs/specs/export.md,line=7,col=39,title=placeholder::Placeholder \"TBD\""
                                + " left in"),
                printed.get(1));
        assertTrue(Files.isRegularFile(output.resolve("spec/spec-report.json")));
        assertTrue(Files.isRegularFile(output.resolve("spec/TEST-spec-check.xml")));
        assertTrue(
                log.lines().contains("[INFO] Wrote json report " + output.resolve("spec/spec-report.json")),
                log.lines().toString());
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "githubAnnotations", value = "false")
    void annotationsCanBeTurnedOffAndNeedGithubActions(CheckMojo mojo) throws Exception {
        prepare(mojo);
        List<String> printed = new ArrayList<>();
        mojo.setEnvironment(environment(Map.of("GITHUB_ACTIONS", "true"), printed));
        assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals(List.of(), printed);
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void anUnwritableBuildDirectoryStopsTheBuildNamingIt(CheckMojo mojo) throws Exception {
        prepare(mojo);
        Files.createDirectories(output);
        Files.writeString(output.resolve("spec"), "a file where the directory should be");
        MojoExtension.setVariableValueToObject(mojo, "buildDirectory", output.toFile());
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(
                e.getMessage().startsWith("Cannot write the requirements index to " + output.resolve("spec") + ": "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("; check that the build directory is writable"), e.getMessage());
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void aBaselineThatIsNotJsonIsAnExecutionProblemNamingTheParameter(CheckMojo mojo) throws Exception {
        prepare(mojo);
        Path file = output.resolve("spec-baseline.json");
        Files.writeString(file, "{\"version\": 1, \"findings\": [\n");
        MojoExtension.setVariableValueToObject(mojo, "baseline", file.toFile());
        String readError = assertThrows(
                        dev.specgate.gate.BaselineFile.BaselineException.class,
                        () -> dev.specgate.gate.BaselineFile.read(file))
                .getMessage();
        assertTrue(readError.startsWith(file + ": cannot read the baseline ("), readError);
        assertTrue(
                readError.endsWith("); fix the JSON or recreate it with mvn spec:baseline -Dspec.baseline.overwrite"),
                readError);

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("Invalid baseline (parameter baseline, spec.baseline): " + readError, e.getMessage());
        assertEquals(List.of(), log.lines());
        assertFalse(Files.exists(output.resolve("spec")), "nothing is written when the check cannot run");
    }

    private static Path baseDirectory(CheckMojo mojo) throws IllegalAccessException {
        File base = MojoExtension.getVariableValueFromObject(mojo, "baseDirectory");
        return base.toPath().toAbsolutePath().normalize();
    }

    /**
     * The log to assert on, no environment variables (so a CI runner's GITHUB_ACTIONS does not leak in) and a
     * temporary build directory (so no test writes below src/test/resources).
     */
    private void prepare(CheckMojo mojo) throws IllegalAccessException {
        mojo.setLog(log);
        mojo.setEnvironment(environment(Map.of(), new ArrayList<>()));
        MojoExtension.setVariableValueToObject(mojo, "buildDirectory", output.toFile());
    }

    static BuildEnvironment environment(Map<String, String> variables, List<String> printed) {
        return new BuildEnvironment() {
            @Override
            public Optional<String> variable(String name) {
                return Optional.ofNullable(variables.get(name));
            }

            @Override
            public void printLine(String line) {
                printed.add(line);
            }
        };
    }
}
