package dev.specgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specgate.trace.fixtures.MarkedRefundChecks;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trace goal as Maven configures it. The test classes are {@code MarkedRefundChecks}, compiled with this suite;
 * their results are a Surefire report written here.
 */
@MojoTest
class TraceMojoTest {

    private final RecordingLog log = new RecordingLog();

    @TempDir
    Path output;

    @Test
    @InjectMojo(goal = "trace", pom = "src/test/resources/unit/trace-binding/pom.xml")
    void bindsEveryTraceParameterFromThePom(TraceMojo mojo) throws Exception {
        File classes = MojoExtension.getVariableValueFromObject(mojo, "testClassesDirectory");
        assertTrue(classes.getPath().replace('\\', '/').endsWith("build/test-classes"), classes.getPath());
        List<File> reports = MojoExtension.getVariableValueFromObject(mojo, "testReportsDirectories");
        assertEquals(
                List.of("build/test-results", "build/it-results"),
                reports.stream()
                        .map(f -> f.getPath().replace('\\', '/'))
                        .map(p -> p.substring(p.indexOf("build/")))
                        .toList());
        assertEquals(80, (int) MojoExtension.getVariableValueFromObject(mojo, "minimumCoverage"));
        assertEquals(Boolean.TRUE, MojoExtension.getVariableValueFromObject(mojo, "includeUnapproved"));
        assertEquals(Boolean.TRUE, MojoExtension.getVariableValueFromObject(mojo, "methodNameMarkers"));
        assertEquals(
                List.of("untested-requirement=warning"), MojoExtension.getVariableValueFromObject(mojo, "severities"));
        assertEquals(List.of("sarif"), MojoExtension.getVariableValueFromObject(mojo, "formats"));
    }

    @Test
    @Basedir("src/test/resources/unit/trace-fail")
    @InjectMojo(goal = "trace", pom = "pom.xml")
    void logsTheFindingsAndCoverageWritesTheIndexAndTheTraceReportAndFails(TraceMojo mojo) throws Exception {
        prepare(mojo);
        MojoExtension.setVariableValueToObject(mojo, "formats", List.of("sarif"));

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        // Without test sources the findings point at the class files; paths outside the project are absolute.
        String test = classes().toString().replace('\\', '/') + "/dev/specgate/trace/fixtures/MarkedRefundChecks.class";
        String nested = test.replace(".class", "$Refused.class");
        assertEquals("spec trace failed: 6 errors", e.getMessage());
        assertEquals(
                List.of(
                        "[INFO] Traced the markers of 2 test classes against 3 test results",
                        "[INFO] Checking 1 spec in docs/specs against docs/specs/TEMPLATE.md",
                        "[ERROR] " + nested + ":1:1: [unknown-requirement] Test"
                                + " dev.specgate.trace.fixtures.MarkedRefundChecks$Refused names REQ-008 (tag), which"
                                + " no spec defines",
                        "[ERROR] " + nested + ":1:1: [unknown-requirement] Test"
                                + " dev.specgate.trace.fixtures.MarkedRefundChecks$Refused names REQ-009 (tag), which"
                                + " no spec defines",
                        "[ERROR] " + test + ":1:1: [unknown-requirement] Test"
                                + " dev.specgate.trace.fixtures.MarkedRefundChecks names refunds/FR-1 (@Verifies),"
                                + " which no spec defines",
                        "[ERROR] " + test + ":33:1: [unknown-requirement] Test"
                                + " dev.specgate.trace.fixtures.MarkedRefundChecks.annotatedAndNamed names REQ-006"
                                + " (display name), which no spec defines",
                        "[ERROR] docs/specs/refunds.md:9:5: [failing-requirement] Requirement REQ-004 has no passing"
                                + " test: dev.specgate.trace.fixtures.MarkedRefundChecks.annotatedAndNamed failed",
                        "[ERROR] docs/specs/refunds.md:10:5: [failing-requirement] Requirement REQ-005 has no passing"
                                + " test: dev.specgate.trace.fixtures.MarkedRefundChecks.annotatedAndNamed failed",
                        "[INFO] Wrote 5 requirements with their tests to " + output.resolve("spec/requirements.json"),
                        "[INFO] Wrote sarif report " + output.resolve("spec/trace-report.sarif"),
                        "[INFO] Requirements in docs/specs/refunds.md: 3 of 5 verified (60%), 0 untested, 2 failing",
                        "[INFO] Requirements: 3 of 5 verified (60%), 0 untested, 2 failing",
                        "[ERROR] spec trace failed: 6 errors"),
                log.lines());
        assertTrue(Files.readString(output.resolve("spec/requirements.json"))
                .contains("\"test\": \"dev.specgate.trace.fixtures.MarkedRefundChecks$Refused.refused\""));
        assertTrue(Files.readString(output.resolve("spec/trace-report.sarif"))
                .contains("\"ruleId\": \"failing-requirement\""));
        assertTrue(Files.notExists(output.resolve("spec/spec-report.sarif")), "the check's report is left alone");
    }

    @Test
    @Basedir("src/test/resources/unit/trace-fail")
    @InjectMojo(goal = "trace", pom = "pom.xml")
    @MojoParameter(name = "severities", value = "failing-requirement=warning,unknown-requirement=off")
    @MojoParameter(name = "minimumCoverage", value = "60")
    void warningsAndAMetMinimumPass(TraceMojo mojo) throws Exception {
        prepare(mojo);

        mojo.execute();

        assertEquals(
                List.of(
                        "[WARNING] docs/specs/refunds.md:9:5: [failing-requirement] Requirement REQ-004 has no"
                                + " passing test: dev.specgate.trace.fixtures.MarkedRefundChecks.annotatedAndNamed failed",
                        "[WARNING] docs/specs/refunds.md:10:5: [failing-requirement] Requirement REQ-005 has no"
                                + " passing test: dev.specgate.trace.fixtures.MarkedRefundChecks.annotatedAndNamed failed",
                        "[INFO] Traced 5 requirements: no errors, 2 warnings"),
                log.lines().stream()
                        .filter(l -> l.contains("[failing") || l.contains("[unknown") || l.contains("Traced 5"))
                        .toList());
    }

    @Test
    @Basedir("src/test/resources/unit/trace-fail")
    @InjectMojo(goal = "trace", pom = "pom.xml")
    @MojoParameter(name = "minimumCoverage", value = "101")
    void aMinimumThatIsNotAPercentageNamesTheParameter(TraceMojo mojo) throws Exception {
        prepare(mojo);

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "Invalid value for parameter minimumCoverage (spec.minimumCoverage): 101 is not a percentage from 0"
                        + " to 100",
                e.getMessage());
        assertEquals(List.of(), log.lines());
    }

    @Test
    @Basedir("src/test/resources/unit/trace-fail")
    @InjectMojo(goal = "trace", pom = "pom.xml")
    @MojoParameter(name = "skip", value = "true")
    void skipTracesNothing(TraceMojo mojo) throws Exception {
        prepare(mojo);

        mojo.execute();

        assertEquals(List.of("[INFO] Skipping spec trace (spec.skip=true)"), log.lines());
    }

    /** A log, no environment, a temporary build directory, the fixture's classes and a report of their results. */
    private void prepare(TraceMojo mojo) throws Exception {
        mojo.setLog(log);
        mojo.setEnvironment(CheckMojoTest.environment(Map.of(), new ArrayList<>()));
        MojoExtension.setVariableValueToObject(mojo, "buildDirectory", output.toFile());
        Path fixtures = Files.createDirectories(classes().resolve("dev/specgate/trace/fixtures"));
        Path compiled = Path.of(MarkedRefundChecks.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolve("dev/specgate/trace/fixtures");
        for (String name : List.of("MarkedRefundChecks.class", "MarkedRefundChecks$Refused.class")) {
            Files.copy(compiled.resolve(name), fixtures.resolve(name));
        }
        MojoExtension.setVariableValueToObject(
                mojo, "testClassesDirectory", classes().toFile());
        MojoExtension.setVariableValueToObject(mojo, "testSourceRoots", List.of());
        Path reports = Files.createDirectories(output.resolve("surefire-reports"));
        Files.writeString(reports.resolve("TEST-dev.specgate.trace.fixtures.MarkedRefundChecks.xml"), """
                <testsuite name="dev.specgate.trace.fixtures.MarkedRefundChecks" tests="3">
                  <testcase name="tagged" classname="dev.specgate.trace.fixtures.MarkedRefundChecks"/>
                  <testcase name="annotatedAndNamed" classname="dev.specgate.trace.fixtures.MarkedRefundChecks">
                    <failure message="expected: &lt;2&gt; but was: &lt;3&gt;"/>
                  </testcase>
                  <testcase name="refused" classname="dev.specgate.trace.fixtures.MarkedRefundChecks$Refused"/>
                </testsuite>
                """);
    }

    private Path classes() {
        return output.resolve("classes");
    }
}
