package dev.specgate.maven;

import dev.specgate.engine.CheckResult;
import dev.specgate.model.Finding;
import dev.specgate.report.GithubAnnotations;
import dev.specgate.report.ReportContext;
import dev.specgate.report.ReportFormat;
import dev.specgate.report.RuleInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The output and failure parameters that {@code spec:check} and {@code spec:trace} share: findings logged one per
 * line, the JSON, SARIF and JUnit reports, GitHub Actions annotations, and when the build fails.
 */
public abstract class AbstractReportingMojo extends AbstractRenderingMojo {

    /**
     * Fails the build when any finding is an error. {@code false} reports the findings (and writes the reports)
     * without failing. Default {@code true}; user property {@code spec.failOnError}.
     */
    @Parameter(property = "spec.failOnError", defaultValue = "true")
    private boolean failOnError;

    /**
     * Fails the build when any finding is a warning, too. Default {@code false}; user property
     * {@code spec.failOnWarning}.
     */
    @Parameter(property = "spec.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /**
     * Machine-readable reports to write to {@code spec/} in the build directory ({@code target/spec/}),
     * comma-separated: {@code json} ({@code spec-report.json}), {@code sarif} ({@code spec-report.sarif}, SARIF
     * 2.1.0 for code scanning), {@code junit} ({@code TEST-spec-check.xml}) and {@code html} ({@code index.html}, a
     * self-contained dashboard of specs, findings and requirements to keep as a CI artifact); {@code spec:trace}
     * writes {@code trace-report.json}, {@code trace-report.sarif} and {@code TEST-spec-trace.xml}. Default none;
     * user property {@code spec.formats}, e.g. {@code -Dspec.formats=json,sarif,junit,html}.
     */
    @Parameter(property = "spec.formats")
    private List<String> formats;

    /**
     * Prints a GitHub Actions workflow command ({@code ::error}, {@code ::warning} or {@code ::notice}
     * {@code file=…,line=…,col=…,title=…::…}, by severity) per finding when the
     * environment variable {@code GITHUB_ACTIONS} is {@code true}, so pull requests get inline annotations; paths
     * are relative to the repository root. {@code false} turns it off. Default {@code true}; user property
     * {@code spec.githubAnnotations}.
     */
    @Parameter(property = "spec.githubAnnotations", defaultValue = "true")
    private boolean githubAnnotations;

    private BuildEnvironment environment = BuildEnvironment.SYSTEM;

    /** For tests: where environment variables come from and annotation lines go. */
    void setEnvironment(BuildEnvironment environment) {
        this.environment = environment;
    }

    final boolean failOnError() {
        return failOnError;
    }

    final boolean failOnWarning() {
        return failOnWarning;
    }

    /** The file a report format is written to in the output directory. */
    String reportFileName(ReportFormat format) {
        return format.writer().fileName();
    }

    /** The configured report formats; an unknown one names the parameter. */
    final Set<ReportFormat> reportFormats() throws MojoExecutionException {
        String joined = formats == null
                ? ""
                : String.join(",", formats.stream().filter(f -> f != null).toList());
        try {
            return ReportFormat.parse(joined);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    "Invalid value for parameter formats (spec.formats): \"" + joined + "\": " + e.getMessage(), e);
        }
    }

    /** Logs a finding at its severity's level. */
    final void logFinding(Finding finding) {
        String line = consolePath(finding.file()) + ":" + finding.line() + ":" + finding.column() + ": ["
                + finding.ruleId() + "] " + finding.fullMessage();
        switch (finding.severity()) {
            case ERROR -> console().error(line);
            case WARNING -> console().warn(line);
            case INFO -> console().info(line);
        }
    }

    /**
     * Writes the selected reports and, on GitHub Actions, prints the annotations.
     *
     * @param rules the rules that ran, described in the reports
     */
    final void writeReports(CheckResult result, Set<ReportFormat> reports, List<RuleInfo> rules)
            throws MojoExecutionException {
        boolean annotate = githubAnnotations
                && environment
                        .variable("GITHUB_ACTIONS")
                        .map("true"::equalsIgnoreCase)
                        .orElse(false);
        if (reports.isEmpty() && !annotate) {
            return;
        }
        ReportContext context = reportContext(rules);
        for (ReportFormat format : reports) {
            try {
                Path written = format.writer().write(result, context, outputDirectory(), reportFileName(format));
                console().info("Wrote " + format.id() + " report " + display(written));
            } catch (IOException e) {
                throw new MojoExecutionException(
                        "Cannot write the " + format.id() + " report to " + outputDirectory() + ": " + e.getMessage(),
                        e);
            }
        }
        if (annotate) {
            GithubAnnotations.lines(result, context).forEach(environment::printLine);
        }
    }
}
