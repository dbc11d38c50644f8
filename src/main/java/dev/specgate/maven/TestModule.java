package dev.specgate.maven;

import java.nio.file.Path;
import java.util.List;

/**
 * Where one module's test markers and results are.
 *
 * @param testClasses the compiled test classes
 * @param sourceRoots the test source directories, to point findings at a test's source file
 * @param reportDirectories the Surefire and Failsafe report directories
 */
record TestModule(Path testClasses, List<Path> sourceRoots, List<Path> reportDirectories) {

    TestModule {
        sourceRoots = List.copyOf(sourceRoots);
        reportDirectories = List.copyOf(reportDirectories);
    }
}
