package dev.specgate.maven;

import dev.specgate.engine.CheckRequest;
import dev.specgate.engine.CheckResult;
import dev.specgate.engine.SpecCheckException;
import dev.specgate.engine.SpecChecker;
import dev.specgate.engine.SpecSetRequest;
import dev.specgate.gate.Baseline;
import dev.specgate.gate.BaselineFile;
import dev.specgate.gate.SeverityPolicy;
import dev.specgate.report.ReportContext;
import dev.specgate.report.RuleInfo;
import dev.specgate.report.SourceUrl;
import dev.specgate.report.SpecOverview;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The project site's spec page ({@code spec-report.html}): a summary (findings by severity and rule, specs by status),
 * every spec with its title, status, author, last date, sign-off and findings count, the findings of each spec with
 * file and line, and the requirements index. Add it under {@code <reporting>} for {@code mvn site}, or run
 * {@code mvn spec:report} on its own. It reports; it never fails the build. See {@code report-aggregate} for one page
 * over a multi-module build.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true, requiresProject = true)
public class ReportMojo extends AbstractMavenReport {

    /**
     * The sets of specs to report on, as for {@code spec:check}: {@code <specSet>} with {@code <directory>} (default
     * {@code docs/specs}), {@code <includes>}, {@code <excludes>}, {@code <template>} and the rule settings. Default:
     * one set, {@code docs/specs} with its {@code TEMPLATE.md}. No user property.
     */
    @Parameter
    private List<SpecSet> specSets;

    /** Skips the report. Default {@code false}; user property {@code spec.skip}. */
    @Parameter(property = "spec.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The encoding of spec and template files. Default {@code ${project.build.sourceEncoding}}, or {@code UTF-8}; user
     * property {@code spec.encoding}.
     */
    @Parameter(property = "spec.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /**
     * The level of each rule, {@code rule=level} ({@code error}, {@code warning}, {@code info}, {@code off}), as for
     * {@code spec:check}. Default none; user property {@code spec.severities}.
     */
    @Parameter(property = "spec.severities")
    private List<String> severities;

    /**
     * Shows the errors of draft specs (see {@code draftStatuses}) as warnings, as {@code spec:check} does. Default
     * {@code false}; user property {@code spec.relaxDrafts}.
     */
    @Parameter(property = "spec.relaxDrafts", defaultValue = "false")
    private boolean relaxDrafts;

    /** The statuses {@code relaxDrafts} treats as drafts. Default {@code Draft,In Review,Review}; user property
     * {@code spec.draftStatuses}. */
    @Parameter(property = "spec.draftStatuses", defaultValue = "Draft,In Review,Review")
    private List<String> draftStatuses;

    /**
     * The baseline file: findings it accepts are left out of the report, as in {@code spec:check}. Not applied by
     * {@code report-aggregate}. Default {@code spec-baseline.json} in the project base directory; user property
     * {@code spec.baseline}.
     */
    @Parameter(property = "spec.baseline", defaultValue = "${project.basedir}/spec-baseline.json")
    private File baseline;

    /**
     * The web address under which the repository's files are shown, so that specs and findings link to their line:
     * {@code sourceUrl/path/of/spec.md#L42}. Default: derived from {@code <scm><url>} on github.com and gitlab.com,
     * else none (no links). User property {@code spec.sourceUrl}.
     */
    @Parameter(property = "spec.sourceUrl")
    private String sourceUrl;

    /** The project's {@code <scm><url>}, from which {@code sourceUrl} is derived when not set. */
    @Parameter(defaultValue = "${project.scm.url}", readonly = true)
    private String scmUrl;

    /** The plugin's version. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Override
    public String getOutputPath() {
        return "spec-report";
    }

    /** The Reporting API 4 still requires it; it is {@link #getOutputPath()}. */
    @Override
    @SuppressWarnings("deprecation")
    public String getOutputName() {
        return getOutputPath();
    }

    @Override
    public String getName(Locale locale) {
        return SpecReportRenderer.TITLE;
    }

    @Override
    public String getDescription(Locale locale) {
        return "The project's specs checked against the team's template: findings and requirements.";
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        try {
            Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
            CheckResult result = check(base);
            List<RuleInfo> rules = RuleInfo.known();
            ReportContext context = ReportContext.of(
                            pluginVersion == null ? "unknown" : pluginVersion, base, repositoryRoot(base), rules)
                    .withSourceUrl(sourceUrl());
            new SpecReportRenderer(getSink(), SpecOverview.of(result), context).render();
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    /** The projects whose specs the page shows: this one. */
    List<MavenProject> reportedProjects() {
        return List.of(project);
    }

    /** Whether the baseline applies (paths in it are relative to one project). */
    boolean appliesBaseline() {
        return true;
    }

    private CheckResult check(Path base) throws MojoExecutionException {
        SeverityPolicy policy = new SeverityParameters(
                        RuleInfo.known().stream().map(RuleInfo::id).collect(Collectors.toSet()))
                .policy(severities, relaxDrafts, draftStatuses);
        List<SpecSetRequest> sets = new ArrayList<>();
        for (MavenProject reported : reportedProjects()) {
            for (SpecSetRequest set : new SpecSetConverter(
                            reported.getBasedir().toPath().toAbsolutePath().normalize())
                    .convert(specSets)) {
                if (reportedProjects().size() == 1 || Files.isDirectory(set.directory())) {
                    sets.add(set);
                }
            }
        }
        CheckRequest request =
                new CheckRequest(base, sets, AbstractSpecMojo.charset(encoding), policy, readBaseline(base));
        try {
            return new SpecChecker().check(request);
        } catch (SpecCheckException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private Optional<Baseline> readBaseline(Path base) throws MojoExecutionException {
        Path file = base.resolve(baseline.toPath()).normalize();
        if (!appliesBaseline() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(BaselineFile.read(file));
        } catch (BaselineFile.BaselineException e) {
            throw new MojoExecutionException(
                    "Invalid baseline (parameter baseline, spec.baseline): " + e.getMessage(), e);
        }
    }

    private Path repositoryRoot(Path base) {
        Optional<Path> top = reactorProjects == null
                ? Optional.empty()
                : reactorProjects.stream()
                        .filter(MavenProject::isExecutionRoot)
                        .findFirst()
                        .map(p -> p.getBasedir().toPath());
        return RepositoryRoot.of(base, top);
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
}
