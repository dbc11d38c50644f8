package dev.specgate.maven;

import dev.specgate.engine.CheckResult;
import dev.specgate.engine.CheckSummary;
import dev.specgate.gate.Baseline;
import dev.specgate.gate.BaselineEntry;
import dev.specgate.gate.BaselineFile;
import dev.specgate.gate.SeverityPolicy;
import dev.specgate.model.Finding;
import dev.specgate.report.GithubAnnotations;
import dev.specgate.report.ReportContext;
import dev.specgate.report.ReportFormat;
import dev.specgate.report.RequirementsIndexWriter;
import dev.specgate.report.RuleInfo;
import dev.specgate.report.SourceUrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the project's Markdown specs against the team's template: required sections, metadata, placeholders,
 * requirement IDs, sign-offs. Logs one line per finding ({@code docs/specs/a.md:42:1: [required-section] Missing
 * section "X"}) and fails the build when any finding is an error (see {@code failOnError}, {@code failOnWarning}).
 * Findings silenced by {@code spec:disable} comments or accepted by the baseline do not count. Optionally writes
 * JSON, SARIF and JUnit reports and, on GitHub Actions, prints workflow commands for inline annotations.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractSpecMojo {

    /** Where specs are looked for when no {@code <specSets>} are configured. */
    static final String DEFAULT_DIRECTORY = "docs/specs";

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
     * 2.1.0 for code scanning), {@code junit} ({@code TEST-spec-check.xml}) and {@code html} ({@code index.html},
     * a self-contained dashboard of specs, findings and requirements to keep as a CI artifact). Default none; user
     * property {@code spec.formats}, e.g. {@code -Dspec.formats=json,sarif,junit,html}.
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

    /**
     * The web address under which the repository's files are shown, so that the HTML dashboard links each finding to
     * its line: {@code sourceUrl/path/of/spec.md#L42}, the path relative to the repository root, e.g.
     * {@code https://github.com/acme/shop/blob/main}. Default: derived from the project's {@code <scm><url>} on
     * github.com ({@code …/blob/HEAD}) and gitlab.com ({@code …/-/blob/HEAD}), else none (links point at the files
     * relative to the dashboard). User property {@code spec.sourceUrl}.
     */
    @Parameter(property = "spec.sourceUrl")
    private String sourceUrl;

    /** The project's {@code <scm><url>}, from which {@code sourceUrl} is derived when not set. */
    @Parameter(defaultValue = "${project.scm.url}", readonly = true)
    private String scmUrl;

    /** The plugin's version, written into the reports. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    private BuildEnvironment environment = BuildEnvironment.SYSTEM;

    /** For tests: where environment variables come from and annotation lines go. */
    void setEnvironment(BuildEnvironment environment) {
        this.environment = environment;
    }

    @Override
    String goalDescription() {
        return "spec check";
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Set<ReportFormat> reports = reportFormats();
        SeverityPolicy policy = severityPolicy();
        Optional<Baseline> accepted = readBaseline();
        CheckResult result = check(policy, accepted);
        result.findings().forEach(this::logFinding);
        if (result.suppressed() > 0) {
            getLog().info(count(result.suppressed(), "finding") + " suppressed by spec:disable comments");
        }
        accepted.ifPresent(b -> logBaseline(result));
        writeRequirementsIndex(result);
        writeReports(result, reports, policy);
        CheckSummary summary = CheckSummary.of(result);
        String line = summary.line(moduleName(), failOnError, failOnWarning);
        if (summary.fails(failOnError, failOnWarning)) {
            getLog().error(line);
            throw new MojoFailureException(line);
        } else if (summary.errors() > 0) {
            getLog().warn(line);
        } else {
            getLog().info(line);
        }
    }

    private Set<ReportFormat> reportFormats() throws MojoExecutionException {
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

    private Optional<Baseline> readBaseline() throws MojoExecutionException {
        Path file = baselineFile();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(BaselineFile.read(file));
        } catch (BaselineFile.BaselineException e) {
            throw new MojoExecutionException(
                    "Invalid baseline (parameter baseline, spec.baseline): " + e.getMessage(), e);
        }
    }

    private void logBaseline(CheckResult result) {
        String name = display(baselineFile());
        getLog().info(count(result.baselined(), "finding") + " accepted by the baseline " + name);
        for (BaselineEntry fixed : result.fixedBaselineEntries()) {
            getLog().info("Fixed, remove from the baseline: " + fixed.file() + " [" + fixed.rule() + "] "
                    + fixed.message() + " (was line " + fixed.line() + ")");
        }
        if (!result.fixedBaselineEntries().isEmpty()) {
            getLog().info("To drop fixed entries from " + name
                    + ", run mvn spec:baseline -Dspec.baseline.overwrite and commit the file");
        }
    }

    /** Writes {@code requirements.json} on every run, {@code []} when no spec defines a requirement. */
    private void writeRequirementsIndex(CheckResult result) throws MojoExecutionException {
        try {
            Path written = new RequirementsIndexWriter().write(result.requirements(), outputDirectory());
            getLog().info("Wrote " + count(result.requirements().size(), "requirement") + " to " + display(written));
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot write the requirements index to " + display(outputDirectory()) + ": " + e.getMessage()
                            + "; check that the build directory is writable",
                    e);
        }
    }

    private void writeReports(CheckResult result, Set<ReportFormat> reports, SeverityPolicy policy)
            throws MojoExecutionException {
        boolean annotate = githubAnnotations
                && environment
                        .variable("GITHUB_ACTIONS")
                        .map("true"::equalsIgnoreCase)
                        .orElse(false);
        if (reports.isEmpty() && !annotate) {
            return;
        }
        List<RuleInfo> rules =
                RuleInfo.known().stream().filter(r -> !policy.isOff(r.id())).toList();
        String version = pluginVersion == null ? "unknown" : pluginVersion;
        ReportContext context = ReportContext.of(version, baseDirectory(), repositoryRoot(), rules)
                .withSourceUrl(sourceUrl());
        for (ReportFormat format : reports) {
            try {
                Path written = format.writer().write(result, context, outputDirectory());
                getLog().info("Wrote " + format.id() + " report " + display(written));
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

    private Optional<String> sourceUrl() throws MojoExecutionException {
        if (sourceUrl == null || sourceUrl.isBlank()) {
            return SourceUrl.fromScm(scmUrl);
        }
        try {
            return Optional.of(SourceUrl.normalize(sourceUrl));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    "Invalid value for parameter sourceUrl (spec.sourceUrl): " + e.getMessage(), e);
        }
    }

    private void logFinding(Finding finding) {
        switch (finding.severity()) {
            case ERROR -> getLog().error(finding.format());
            case WARNING -> getLog().warn(finding.format());
            case INFO -> getLog().info(finding.format());
        }
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
