package dev.specgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.specgate.gate.Baseline;
import dev.specgate.gate.BaselineEntry;
import dev.specgate.gate.BaselineFile;
import dev.specgate.gate.Fingerprint;
import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import dev.specgate.model.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline goal: writes the current findings, refuses to replace a baseline unless told, and check uses it. */
@MojoTest
class BaselineMojoTest {

    private final RecordingLog log = new RecordingLog();

    @TempDir
    Path dir;

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "baseline", pom = "pom.xml")
    void writesTheCurrentFindingsAndRefusesToOverwrite(BaselineMojo mojo) throws Exception {
        Path file = dir.resolve("spec-baseline.json");
        MojoExtension.setVariableValueToObject(mojo, "baseline", file.toFile());
        mojo.setLog(log);
        mojo.execute();
        assertEquals(
                List.of(
                        "[INFO] Checking 2 specs in docs/specs against docs/specs/TEMPLATE.md",
                        "[INFO] Wrote " + file
                                + ": 2 findings in 1 of 2 specs accepted; commit it, and spec:check fails only"
                                + " on new findings"),
                log.lines());
        assertEquals(
                List.of(
                        "docs/specs/export.md placeholder Summary 7",
                        "docs/specs/export.md required-section" + " Summary 7"),
                BaselineFile.read(file).entries().stream()
                        .map(e -> e.file() + " " + e.rule() + " " + e.section() + " " + e.line())
                        .toList());
        List<BaselineEntry> current = List.of(
                new BaselineEntry(
                        "docs/specs/export.md",
                        "placeholder",
                        Fingerprint.of(finding("placeholder", 39, "Placeholder \"TBD\" left in"), "Summary"),
                        "Summary",
                        "Placeholder \"TBD\" left in",
                        7),
                new BaselineEntry(
                        "docs/specs/export.md",
                        "required-section",
                        Fingerprint.of(finding("required-section", 1, "Missing section \"Rollout\""), "Summary"),
                        "Summary",
                        "Missing section \"Rollout\"",
                        7));
        assertEquals(current, BaselineFile.read(file).entries());

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(
                "The baseline " + file + " exists already and is not replaced: run mvn spec:baseline"
                        + " -Dspec.baseline.overwrite to replace it with the current findings (parameter overwrite)",
                e.getMessage());

        Baseline old = new Baseline(List.of(new BaselineEntry(
                "docs/specs/export.md",
                "placeholder",
                "0000000000000000",
                "Summary",
                "Placeholder \"[Owner]\" left in",
                3)));
        BaselineFile.write(old, file);
        MojoExtension.setVariableValueToObject(mojo, "overwrite", true);
        mojo.execute();
        assertEquals(2, BaselineFile.read(file).entries().size());
        assertEquals(current, BaselineFile.read(file).entries());
        String wrote = "[INFO] Wrote " + file
                + ": 2 findings in 1 of 2 specs accepted; commit it, and spec:check fails only on new findings";
        assertEquals(
                List.of(
                        "[INFO] Checking 2 specs in docs/specs against docs/specs/TEMPLATE.md",
                        wrote,
                        "[INFO] Checking 2 specs in docs/specs against docs/specs/TEMPLATE.md",
                        wrote),
                log.lines());
    }

    private static Finding finding(String rule, int column, String message) {
        return new Finding(
                rule,
                Severity.ERROR,
                "docs/specs/export.md",
                SourceLocation.of(7, column),
                message,
                OptionalInt.empty());
    }

    @Test
    @Basedir("src/test/resources/unit/check-fail")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void checkCountsOnlyFindingsOutsideTheBaselineAndReportsFixedEntries(CheckMojo mojo) throws Exception {
        Path file = dir.resolve("spec-baseline.json");
        Finding tbd = new Finding(
                "placeholder",
                Severity.ERROR,
                "docs/specs/export.md",
                SourceLocation.of(7, 39),
                "Placeholder \"TBD\" left in",
                OptionalInt.empty());
        BaselineFile.write(
                new Baseline(List.of(
                        new BaselineEntry(
                                "docs/specs/export.md",
                                "placeholder",
                                Fingerprint.of(tbd, "Summary"),
                                "Summary",
                                "Placeholder \"TBD\" left in",
                                5),
                        new BaselineEntry(
                                "docs/specs/export.md",
                                "placeholder",
                                "0000000000000000",
                                "Summary",
                                "Placeholder \"[Owner]\" left in",
                                3))),
                file);
        MojoExtension.setVariableValueToObject(mojo, "baseline", file.toFile());
        MojoExtension.setVariableValueToObject(
                mojo, "buildDirectory", dir.resolve("target").toFile());
        mojo.setEnvironment(CheckMojoTest.environment(java.util.Map.of(), new java.util.ArrayList<>()));
        mojo.setLog(log);
        assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals(
                List.of(
                        "[INFO] Checking 2 specs in docs/specs against docs/specs/TEMPLATE.md",
                        "[ERROR] docs/specs/export.md:7:1: [required-section] Missing section \"Rollout\" (template line 9)",
                        "[INFO] 1 finding accepted by the baseline " + file,
                        "[INFO] Fixed, remove from the baseline: docs/specs/export.md [placeholder] Placeholder \"[Owner]\""
                                + " left in (was line 3)",
                        "[INFO] To drop fixed entries from " + file
                                + ", run mvn spec:baseline -Dspec.baseline.overwrite and" + " commit the file",
                        "[INFO] Wrote 0 requirements to " + dir.resolve("target/spec/requirements.json"),
                        "[ERROR] spec check failed: 1 error in 1 of 2 specs",
                        "[ERROR]   by rule: required-section 1",
                        "[ERROR]   how to fix each rule: https://specgate.dev/spec-maven-plugin/rules.html",
                        "[ERROR]   to keep a finding on purpose: <!-- spec:disable-line RULE -- reason --> in the spec"
                                + " (or disable-next-line, disable-section, disable-file)",
                        "[ERROR]   to accept these findings too: mvn spec:baseline -Dspec.baseline.overwrite, then"
                                + " commit the baseline"),
                log.lines());
    }
}
