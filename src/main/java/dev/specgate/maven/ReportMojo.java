package dev.specgate.maven;

import dev.specgate.engine.CheckRequest;
import dev.specgate.engine.CheckResult;
import dev.specgate.engine.SpecCheckException;
import dev.specgate.engine.SpecChecker;
import dev.specgate.engine.SpecSetRequest;
import dev.specgate.gate.Baseline;
import dev.specgate.report.RuleInfo;
import dev.specgate.report.SpecOverview;
import dev.specgate.trace.TraceRule;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.doxia.siterenderer.Renderer;
import org.apache.maven.doxia.tools.SiteTool;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The project site's spec page ({@code spec-report.html}): a summary (findings by severity and rule, specs by status),
 * every spec with its title, status, author, last date, sign-off and findings count, the findings of each spec with
 * file and line, and the requirements index. Add it under {@code <reporting>} for {@code mvn site}, or run
 * {@code mvn spec:report} on its own. It reports; it never fails the build. See {@code report-aggregate} for one page
 * over a multi-module build.
 *
 * <p>A report for the site plugin (a {@link MavenMultiPageReport}) that takes its parameters from the spec goals'
 * classes, so each parameter is declared once; run on its own, it renders the page with the site's skin as every
 * Maven report does (see {@link StandaloneReportPage}).
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true, requiresProject = true)
public class ReportMojo extends AbstractRenderingMojo implements MavenMultiPageReport {

    /** The goal's execution, named in the page that {@code mvn spec:report} renders on its own. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    /** Reads the site descriptor and finds the skin, for the page rendered on its own. */
    @Inject
    private SiteTool siteTool;

    /**
     * Renders the page rendered on its own into the skin. {@code Renderer} is deprecated in Doxia 2 in favour of
     * {@code SiteRenderer}, but maven-reporting-impl 4.0.0's standalone rendering still takes one.
     */
    @Inject
    @SuppressWarnings("deprecation")
    private Renderer siteRenderer;

    /** Where the page goes: the site plugin's directory, else {@code target/reports}. */
    private File reportOutputDirectory;

    @Override
    String goalDescription() {
        return "spec report";
    }

    /** {@code mvn spec:report} on its own: the page in the site's skin, in {@code target/reports/}. */
    @Override
    void run() throws MojoExecutionException {
        new StandaloneReportPage(this, mojoExecution, siteTool, siteRenderer).render();
    }

    /** Renders the page into the site plugin's sink. */
    @Override
    public void generate(Sink sink, SinkFactory sinkFactory, Locale locale) throws MavenReportException {
        try {
            logging(() -> render(sink));
        } catch (MojoExecutionException | MojoFailureException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    @Override
    @Deprecated
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        generate(sink, null, locale);
    }

    /** Checks the specs and renders the page into a sink; the console is open. */
    final void render(Sink sink) throws MojoExecutionException {
        CheckResult result = check();
        new SpecReportRenderer(sink, SpecOverview.of(result), reportContext(RuleInfo.known())).render();
    }

    @Override
    public String getOutputPath() {
        return "spec-report";
    }

    /** The Reporting API 4 still requires it; it is {@link #getOutputPath()}. */
    @Override
    @Deprecated
    public String getOutputName() {
        return getOutputPath();
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
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
    public void setReportOutputDirectory(File directory) {
        this.reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory != null
                ? reportOutputDirectory
                : buildDirectory().resolve("reports").toFile();
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip();
    }

    /** The spec sets whose specs the page shows: this project's. */
    List<SpecSetRequest> reportedSpecSets() throws MojoExecutionException {
        return specSets().requests();
    }

    /** The baseline whose accepted findings the page leaves out: this project's, when it has one. */
    Optional<Baseline> reportedBaseline() throws MojoExecutionException {
        return readBaseline();
    }

    private CheckResult check() throws MojoExecutionException {
        CheckRequest request = new CheckRequest(
                baseDirectory(),
                reportedSpecSets(),
                charset(),
                severityPolicy(),
                reportedBaseline(),
                threadCount(),
                cacheSettings());
        try {
            return new SpecChecker(TraceRule.ids()).check(request);
        } catch (SpecCheckException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
