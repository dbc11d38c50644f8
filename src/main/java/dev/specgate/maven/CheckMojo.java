package dev.specgate.maven;

import dev.specgate.engine.CheckResult;
import dev.specgate.engine.CheckSummary;
import dev.specgate.gate.Baseline;
import dev.specgate.gate.BaselineEntry;
import dev.specgate.gate.SeverityPolicy;
import dev.specgate.report.NextSteps;
import dev.specgate.report.ReportFormat;
import dev.specgate.report.RequirementsIndexWriter;
import dev.specgate.report.RuleInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the project's Markdown specs against the team's template: required sections, metadata, placeholders,
 * requirement IDs, sign-offs. Logs one line per finding ({@code docs/specs/a.md:42:1: [required-section] Missing
 * section "X"}) and fails the build when any finding is an error (see {@code failOnError}, {@code failOnWarning}).
 * Findings silenced by {@code spec:disable} comments or accepted by the baseline do not count. Optionally writes
 * JSON, SARIF and JUnit reports and, on GitHub Actions, prints workflow commands for inline annotations.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractReportingMojo {

    /** Where specs are looked for when no {@code <specSets>} are configured. */
    static final String DEFAULT_DIRECTORY = "docs/specs";

    @Override
    String goalDescription() {
        return "spec check";
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Set<ReportFormat> reports = reportFormats();
        SeverityPolicy policy = severityPolicy();
        Optional<Baseline> accepted = readBaseline();
        Optional<CheckResult> checked = check(policy, accepted);
        if (checked.isEmpty()) {
            return;
        }
        CheckResult result = checked.get();
        result.findings().forEach(this::logFinding);
        if (result.suppressed() > 0) {
            console().info(count(result.suppressed(), "finding") + " suppressed by spec:disable comments");
        }
        accepted.ifPresent(b -> logBaseline(result));
        writeRequirementsIndex(result);
        writeReports(
                result,
                reports,
                RuleInfo.known().stream().filter(r -> !policy.isOff(r.id())).toList());
        CheckSummary summary = CheckSummary.of(result);
        String line = summary.line(moduleName(), failOnError(), failOnWarning());
        if (summary.fails(failOnError(), failOnWarning())) {
            console().error(line);
            NextSteps.lines(result, accepted.isPresent()).forEach(console()::error);
            throw new MojoFailureException(line);
        } else if (summary.errors() > 0) {
            console().warn(line);
        } else {
            console().info(line);
        }
    }

    private void logBaseline(CheckResult result) {
        String name = display(baselineFile());
        console().info(count(result.baselined(), "finding") + " accepted by the baseline " + name);
        for (BaselineEntry fixed : result.fixedBaselineEntries()) {
            console()
                    .info("Fixed, remove from the baseline: " + fixed.file() + " [" + fixed.rule() + "] "
                            + fixed.message() + " (was line " + fixed.line() + ")");
        }
        if (!result.fixedBaselineEntries().isEmpty()) {
            console()
                    .info("To drop fixed entries from " + name
                            + ", run mvn spec:baseline -Dspec.baseline.overwrite and commit the file");
        }
    }

    /** Writes {@code requirements.json} on every run, {@code []} when no spec defines a requirement. */
    private void writeRequirementsIndex(CheckResult result) throws MojoExecutionException {
        try {
            Path written = new RequirementsIndexWriter().write(result.requirements(), outputDirectory());
            console().info("Wrote " + count(result.requirements().size(), "requirement") + " to " + display(written));
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot write the requirements index to " + display(outputDirectory()) + ": " + e.getMessage()
                            + "; check that the build directory is writable",
                    e);
        }
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
