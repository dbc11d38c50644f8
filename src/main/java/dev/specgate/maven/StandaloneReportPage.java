package dev.specgate.maven;

import java.io.File;
import java.util.Locale;
import org.apache.maven.doxia.siterenderer.Renderer;
import org.apache.maven.doxia.tools.SiteTool;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The spec page that {@code mvn spec:report} renders on its own, into {@code target/reports/}: maven-reporting-impl's
 * standalone rendering (the site descriptor, the skin, the page around the report) with the report's own sink
 * content. Not a goal: {@link ReportMojo} is, and hands over what Maven injected into it.
 */
final class StandaloneReportPage extends AbstractMavenReport {

    private final ReportMojo report;

    @SuppressWarnings("deprecation") // AbstractMavenReport takes Doxia 2's deprecated Renderer
    StandaloneReportPage(ReportMojo report, MojoExecution execution, SiteTool siteTool, Renderer siteRenderer) {
        this.report = report;
        MavenProject project = report.project();
        this.project = project;
        this.mojoExecution = execution;
        this.reactorProjects = report.reactorProjects();
        this.repoSession = report.session().getRepositorySession();
        this.remoteProjectRepositories = project.getRemoteProjectRepositories();
        this.outputDirectory = report.getReportOutputDirectory();
        this.siteDirectory = new File(project.getBasedir(), "src/site");
        this.locale = "default";
        this.outputTimestamp = project.getProperties().getProperty("project.build.outputTimestamp");
        this.siteTool = siteTool;
        this.siteRenderer = siteRenderer;
        setLog(report.getLog());
    }

    void render() throws MojoExecutionException {
        execute();
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        try {
            report.render(getSink());
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    @Override
    public String getOutputPath() {
        return report.getOutputPath();
    }

    @Override
    @Deprecated
    public String getOutputName() {
        return report.getOutputPath();
    }

    @Override
    public String getName(Locale locale) {
        return report.getName(locale);
    }

    @Override
    public String getDescription(Locale locale) {
        return report.getDescription(locale);
    }
}
