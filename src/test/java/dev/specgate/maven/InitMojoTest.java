package dev.specgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The init goal on specs written over three versions of a renamed template (unit/init-renamed). */
@MojoTest
class InitMojoTest {

    private final RecordingLog log = new RecordingLog();

    @TempDir
    Path output;

    @Test
    @Basedir("src/test/resources/unit/init-renamed")
    @InjectMojo(goal = "init", pom = "pom.xml")
    void writesTheReportAndTheProposedConfigurationUnderTheBuildDirectoryOnly(InitMojo mojo) throws Exception {
        mojo.setLog(log);
        MojoExtension.setVariableValueToObject(mojo, "buildDirectory", output.toFile());
        File base = MojoExtension.getVariableValueFromObject(mojo, "baseDirectory");
        List<String> before = snapshot(base.toPath());

        mojo.execute();

        Path report = output.resolve("spec/init/init-report.md");
        Path configuration = output.resolve("spec/init/proposed-spec-sets.xml");
        assertEquals(
                List.of(
                        "[INFO] Read 8 specs in docs/specs against docs/specs/TEMPLATE.md: proposing 4 heading aliases"
                                + " and 1 optional section",
                        "[INFO]   alias Overview = Summary (3 specs)",
                        "[INFO]   alias Risks and Mitigations = Risks (3 specs)",
                        "[INFO]   alias Rollout Plan = Launch (3 specs)",
                        "[INFO]   alias Technical Design = Detailed Design (3 specs)",
                        "[INFO]   missing sections 18 -> 0 (-100%), all findings 24 -> 6",
                        "[INFO] Wrote " + report + " and " + configuration,
                        "[INFO] Next: review the report, copy the <specSets> into the plugin's <configuration>, then"
                                + " run mvn spec:baseline to accept the 6 findings left in spec-baseline.json"),
                log.lines());
        String xml = Files.readString(configuration, StandardCharsets.UTF_8);
        assertTrue(xml.contains("      <alias>Rollout Plan = Launch</alias> <!-- 3 specs -->\n"), xml);
        assertTrue(Files.readString(report, StandardCharsets.UTF_8).contains("| Rollout Plan | Launch | 3 | 3 |"));
        assertEquals(before, snapshot(base.toPath()), "init changes no file of the project");
    }

    /** Every file below the directory with its content, to show nothing was written there. */
    private static List<String> snapshot(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .sorted()
                    .map(f -> {
                        try {
                            return dir.relativize(f) + ":"
                                    + Files.readString(f, StandardCharsets.UTF_8)
                                            .hashCode();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
    }
}
