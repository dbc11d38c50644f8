package dev.specgate.maven;

import dev.specgate.engine.SpecSetRequest;
import dev.specgate.gate.Baseline;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
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
    String goalDescription() {
        return "spec report-aggregate";
    }

    @Override
    public String getOutputPath() {
        return "spec-report-aggregate";
    }

    /** The spec sets of every module of the reactor whose directories exist. */
    @Override
    List<SpecSetRequest> reportedSpecSets() throws MojoExecutionException {
        List<SpecSetRequest> sets = new ArrayList<>();
        for (MavenProject module : reactorProjects()) {
            for (SpecSetRequest set : specSetsIn(module.getBasedir().toPath())) {
                if (Files.isDirectory(set.directory())) {
                    sets.add(set);
                }
            }
        }
        return sets;
    }

    /** None: a baseline's paths are relative to one module. */
    @Override
    Optional<Baseline> reportedBaseline() {
        return Optional.empty();
    }
}
