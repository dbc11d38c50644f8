package dev.specgate.maven;

import dev.specgate.engine.CheckResult;
import dev.specgate.gate.Baseline;
import dev.specgate.gate.BaselineEntry;
import dev.specgate.gate.BaselineFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the current findings to the baseline file ({@code spec-baseline.json} by default), to be committed: from
 * then on {@code spec:check} fails only on findings that are not in it. Findings are matched by file, rule and a
 * fingerprint of the message and the section, not by line, so edits above a finding do not bring it back. Never
 * replaces an existing baseline unless {@code overwrite} is set.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = true)
public class BaselineMojo extends AbstractSpecMojo {

    /**
     * Replaces an existing baseline file with the current findings (which drops the entries of fixed findings).
     * Default {@code false}; user property {@code spec.baseline.overwrite}.
     */
    @Parameter(property = "spec.baseline.overwrite", defaultValue = "false")
    private boolean overwrite;

    @Override
    String goalDescription() {
        return "spec baseline";
    }

    @Override
    void run() throws MojoExecutionException {
        Path file = baselineFile();
        boolean exists = Files.exists(file);
        if (exists && !overwrite) {
            throw new MojoExecutionException("The baseline " + display(file) + " exists already and is not"
                    + " replaced: run mvn spec:baseline -Dspec.baseline.overwrite to replace it with the current"
                    + " findings (parameter overwrite)");
        }
        Optional<CheckResult> checked = check(severityPolicy(), Optional.empty());
        if (checked.isEmpty()) {
            return;
        }
        CheckResult result = checked.get();
        Baseline baseline = result.currentBaseline();
        if (baseline.entries().isEmpty() && !exists) {
            console()
                    .info("No findings in " + CheckMojo.count(result.specFiles().size(), "spec")
                            + ": no baseline needed, nothing written");
            return;
        }
        try {
            BaselineFile.write(baseline, file);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot write the baseline " + file + " (parameter baseline," + " spec.baseline): "
                            + e.getMessage(),
                    e);
        }
        long specs =
                baseline.entries().stream().map(BaselineEntry::file).distinct().count();
        console()
                .info("Wrote " + display(file) + ": "
                        + CheckMojo.count(baseline.entries().size(), "finding")
                        + " in " + specs + " of "
                        + CheckMojo.count(result.specFiles().size(), "spec")
                        + " accepted; commit it, and spec:check fails only on new findings");
    }
}
