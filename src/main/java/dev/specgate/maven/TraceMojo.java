package dev.specgate.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Gates the specs' requirements on the tests that verify them. Reads the requirement IDs the specs define, the
 * markers of the compiled test classes ({@code @Tag("REQ-001")}, {@code @Verifies("REQ-001")}, an ID in a
 * {@code @DisplayName}, optionally in a method name; read from the bytecode, no test code runs) and the Surefire and
 * Failsafe reports, then reports {@code untested-requirement} and {@code failing-requirement} at the requirement's
 * line in its spec and {@code unknown-requirement} at the test, with the coverage per spec and in total
 * ({@code Requirements: 42 of 45 verified (93%), 2 untested, 1 failing}). Only the requirements of approved specs are
 * gated unless {@code includeUnapproved}. Runs after the tests, in {@code verify}; writes
 * {@code target/spec/requirements.json} with each requirement's tests and their outcomes. In a reactor whose specs
 * and tests live in different modules, use {@code spec:trace-aggregate}.
 */
@Mojo(name = "trace", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class TraceMojo extends AbstractTraceMojo {

    /**
     * The compiled test classes whose markers are read. Default {@code ${project.build.testOutputDirectory}}
     * ({@code target/test-classes}); user property {@code spec.trace.testClasses}.
     */
    @Parameter(property = "spec.trace.testClasses", defaultValue = "${project.build.testOutputDirectory}")
    private File testClassesDirectory;

    /** The test source directories, to point findings at a test's source file rather than its class file. */
    @Parameter(defaultValue = "${project.testCompileSourceRoots}", readonly = true)
    private List<String> testSourceRoots;

    @Override
    String goalDescription() {
        return "spec trace";
    }

    @Override
    List<TestModule> testModules() {
        Path base = baseDirectory();
        List<Path> sources = testSourceRoots == null
                ? List.of()
                : testSourceRoots.stream().map(base::resolve).toList();
        Path buildDirectory = outputDirectory().getParent();
        return List.of(new TestModule(
                base.resolve(testClassesDirectory.toPath()).normalize(),
                sources,
                reportDirectories(base, buildDirectory)));
    }
}
