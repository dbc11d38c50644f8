package dev.specgate.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;

/**
 * {@code spec:trace} over a whole reactor: the specs of the top-level project (its {@code <specSets>}, relative to
 * its directory) against the test markers and results of every module. Run it once, after the modules' tests, from
 * the command line: {@code mvn verify spec:trace-aggregate}; Maven builds every module first and then runs this goal
 * once, on the top-level project. Writes {@code target/spec/requirements.json} there. Same parameters as
 * {@code spec:trace}, except that each module's {@code target/test-classes} is read.
 */
@Mojo(name = "trace-aggregate", aggregator = true, threadSafe = true, requiresProject = true)
public class TraceAggregateMojo extends AbstractTraceMojo {

    @Override
    String goalDescription() {
        return "spec trace-aggregate";
    }

    /** The aggregate speaks for the whole reactor: its summary names no module. */
    @Override
    Optional<String> summaryModule() {
        return Optional.empty();
    }

    @Override
    List<TestModule> testModules() {
        return reactorProjects().stream().map(this::module).toList();
    }

    private TestModule module(MavenProject project) {
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        List<Path> sources =
                project.getTestCompileSourceRoots().stream().map(base::resolve).toList();
        Path build = base.resolve(project.getBuild().getDirectory()).normalize();
        Path classes = base.resolve(project.getBuild().getTestOutputDirectory()).normalize();
        return new TestModule(classes, sources, reportDirectories(base, build));
    }
}
