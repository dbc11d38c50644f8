package dev.specgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The check goal as Maven configures it, through maven-plugin-testing-harness and the test POMs in unit/. */
@MojoTest
class CheckMojoTest {

    private final RecordingLog log = new RecordingLog();

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
        assertEquals("ISO-8859-1", MojoExtension.getVariableValueFromObject(mojo, "encoding"));
        boolean skip = MojoExtension.getVariableValueFromObject(mojo, "skip");
        assertFalse(skip);
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void failsWithOneLinePerFindingAndASummary(CheckMojo mojo) throws Exception {
        mojo.setLog(log);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("spec check failed: 2 errors in 1 of 2 specs", e.getMessage());
        assertEquals(List.of(
                "[INFO] Checking 2 specs in docs/specs against docs/specs/TEMPLATE.md",
                "[INFO] Wrote 0 requirements to target/spec/requirements.json",
                "[ERROR] docs/specs/export.md:7:1: [required-section] Missing section \"Rollout\" (template line 9)",
                "[ERROR] docs/specs/export.md:7:39: [placeholder] Placeholder \"TBD\" left in",
                "[ERROR] spec check failed: 2 errors in 1 of 2 specs"), log.lines());
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "skip", value = "true")
    void skipChecksNothing(CheckMojo mojo) throws Exception {
        mojo.setLog(log);
        mojo.execute();
        assertEquals(List.of("[INFO] Skipping spec check (spec.skip=true)"), log.lines());
    }

    @Test
    @Basedir("src/test/resources/unit/check-bad-template")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void missingTemplateIsAnExecutionProblem(CheckMojo mojo) throws Exception {
        mojo.setLog(log);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        File base = MojoExtension.getVariableValueFromObject(mojo, "baseDirectory");
        assertEquals("Template not found: parameter template points at docs/MISSING.md, which does not exist"
                + " (resolved to " + new File(base, "docs/MISSING.md").toPath().toAbsolutePath().normalize()
                + "); set <template> to the team's template file, or leave it out to use TEMPLATE.md beside the"
                + " specs", e.getMessage());
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "encoding", value = "NOPE-42")
    void unknownEncodingNamesParameterAndValue(CheckMojo mojo) throws Exception {
        mojo.setLog(log);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("Invalid value for parameter encoding (spec.encoding): \"NOPE-42\" is not a character encoding"
                + " this Java supports; use e.g. UTF-8 or ISO-8859-1", e.getMessage());
    }

    @Test
    @Basedir("src/test/resources/unit/check-empty")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void noSpecFilesIsAWarningNotASilentPass(CheckMojo mojo) throws Exception {
        mojo.setLog(log);
        mojo.execute();
        assertEquals(List.of("[WARNING] No spec files found in nothing/here (includes **/*.md)",
                "[INFO] Wrote 0 requirements to target/spec/requirements.json",
                "[INFO] Checked 0 specs: no errors"), log.lines());
    }
}
