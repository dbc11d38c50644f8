package dev.specgate.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;

/**
 * One spec page for a multi-module build, on the site of the top project: the specs of every module of the reactor
 * (each module's spec sets as configured here, resolved against the module's directory; modules without them are
 * left out), paths relative to the top project. Baselines are not applied. Parameters as for {@code spec:report}.
 */
@Mojo(
        name = "report-aggregate",
        defaultPhase = LifecyclePhase.SITE,
        aggregator = true,
        inheritByDefault = false,
        threadSafe = true,
        requiresProject = true)
public class ReportAggregateMojo extends ReportMojo {

    @Override
    public String getOutputPath() {
        return "spec-report-aggregate";
    }

    @Override
    List<MavenProject> reportedProjects() {
        return reactorProjects == null || reactorProjects.isEmpty() ? List.of(project) : List.copyOf(reactorProjects);
    }

    @Override
    boolean appliesBaseline() {
        return false;
    }
}
