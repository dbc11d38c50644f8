package dev.specgate.maven;

import dev.specgate.engine.CheckResult;
import dev.specgate.gate.SeverityPolicy;
import dev.specgate.model.Severity;
import dev.specgate.report.ReportFormat;
import dev.specgate.report.RequirementsIndexWriter;
import dev.specgate.report.RuleInfo;
import dev.specgate.trace.Coverage;
import dev.specgate.trace.SurefireReportReader;
import dev.specgate.trace.TestClassScanner;
import dev.specgate.trace.TestMarker;
import dev.specgate.trace.TestResults;
import dev.specgate.trace.Trace;
import dev.specgate.trace.TraceCheck;
import dev.specgate.trace.TraceException;
import dev.specgate.trace.TraceOptions;
import dev.specgate.trace.TraceRule;
import dev.specgate.trace.TraceSummary;
import dev.specgate.trace.Tracer;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The trace run that {@code spec:trace} and {@code spec:trace-aggregate} share; they differ in where tests are. */
public abstract class AbstractTraceMojo extends AbstractReportingMojo {

    /** The report directories read when {@code testReportsDirectories} is not set, below each build directory. */
    static final List<String> DEFAULT_REPORT_DIRECTORIES = List.of("surefire-reports", "failsafe-reports");

    /**
     * The directories holding the Surefire and Failsafe XML reports ({@code TEST-*.xml}). A relative path is taken
     * relative to each module's base directory. Default {@code target/surefire-reports} and
     * {@code target/failsafe-reports} of each module; user property {@code spec.trace.reportsDirectories}
     * (comma-separated).
     */
    @Parameter(property = "spec.trace.reportsDirectories")
    private List<File> testReportsDirectories;

    /**
     * The share of gated requirements, in percent (0 to 100), that must be verified by a passing test; the build
     * fails below it. Lets a team adopt the gate gradually: report the trace findings as warnings, and raise the
     * minimum as tests catch up. Default {@code 0} (no minimum); user property {@code spec.minimumCoverage}.
     */
    @Parameter(property = "spec.minimumCoverage", defaultValue = "0")
    private int minimumCoverage;

    /**
     * Gates the requirements of every spec, whatever its status. By default only the requirements of specs whose
     * status is an approved status (the template's, or {@code <approvedStatuses>}) must be verified; the others are
     * traced and listed in {@code requirements.json} but never reported. Default {@code false}; user property
     * {@code spec.trace.includeUnapproved}.
     */
    @Parameter(property = "spec.trace.includeUnapproved", defaultValue = "false")
    private boolean includeUnapproved;

    /**
     * Also reads requirement IDs spelled in test method names, letters and digits only, between underscores:
     * {@code req001_refundsAreCapped} verifies {@code REQ-001}; for JUnit 4 and TestNG tests without tags. Only IDs
     * that a spec defines are recognised this way, so a typo in a method name is not reported. Default
     * {@code false}; user property {@code spec.trace.methodNames}.
     */
    @Parameter(property = "spec.trace.methodNames", defaultValue = "false")
    private boolean methodNameMarkers;

    /** The modules whose tests are traced, each with its classes, sources and report directories. */
    abstract List<TestModule> testModules();

    /** The module the summary line names, as {@code spec:check} does in a reactor build. */
    Optional<String> summaryModule() {
        return moduleName();
    }

    @Override
    final void run() throws MojoExecutionException, MojoFailureException {
        if (minimumCoverage < 0 || minimumCoverage > 100) {
            throw new MojoExecutionException("Invalid value for parameter minimumCoverage (spec.minimumCoverage): "
                    + minimumCoverage + " is not a percentage from 0 to 100");
        }
        Set<ReportFormat> reports = reportFormats();
        SeverityPolicy policy = tracePolicy(severityPolicy());
        TraceCheck traceCheck = new TraceCheck(readTests());
        Optional<CheckResult> checked = check(policy, Optional.empty(), traceCheck);
        if (checked.isEmpty()) {
            return;
        }
        CheckResult result = checked.get();
        Trace trace = traceCheck.trace().orElseThrow();
        result.findings().forEach(this::logFinding);
        if (result.suppressed() > 0) {
            console().info(CheckMojo.count(result.suppressed(), "finding") + " suppressed by spec:disable comments");
        }
        writeRequirementsIndex(trace);
        writeReports(
                result,
                reports,
                RuleInfo.trace().stream().filter(r -> !policy.isOff(r.id())).toList());
        logCoverage(trace);
        TraceSummary summary = new TraceSummary(
                result.count(Severity.ERROR), result.count(Severity.WARNING), trace.total(), minimumCoverage);
        String line = summary.line(summaryModule(), failOnError(), failOnWarning());
        if (summary.fails(failOnError(), failOnWarning())) {
            console().error(line);
            throw new MojoFailureException(line);
        } else if (summary.errors() > 0) {
            console().warn(line);
        } else {
            console().info(line);
        }
    }

    @Override
    String reportFileName(ReportFormat format) {
        return switch (format) {
            case JSON -> "trace-report.json";
            case SARIF -> "trace-report.sarif";
            case JUNIT -> "TEST-spec-trace.xml";
            case HTML -> "trace-report.html";
        };
    }

    /** The report directories of a module with this base and build directory. */
    final List<Path> reportDirectories(Path moduleBase, Path buildDirectory) {
        if (testReportsDirectories == null || testReportsDirectories.isEmpty()) {
            return DEFAULT_REPORT_DIRECTORIES.stream()
                    .map(buildDirectory::resolve)
                    .toList();
        }
        return testReportsDirectories.stream()
                .map(f -> moduleBase.resolve(f.toPath()).normalize())
                .toList();
    }

    /** Only the trace rules run: the spec rules and suppression problems are {@code spec:check}'s to report. */
    private static SeverityPolicy tracePolicy(SeverityPolicy configured) {
        Map<String, Optional<Severity>> levels = new HashMap<>();
        RuleInfo.known().forEach(rule -> levels.put(rule.id(), Optional.empty()));
        for (String id : TraceRule.ids()) {
            Optional<Severity> level = configured.levels().get(id);
            if (level != null) {
                levels.put(id, level);
            }
        }
        return new SeverityPolicy(levels, configured.draftStatuses());
    }

    private Tracer readTests() throws MojoExecutionException {
        List<TestMarker> markers = new ArrayList<>();
        TestResults results = TestResults.NONE;
        SurefireReportReader reader = new SurefireReportReader();
        try {
            for (TestModule module : testModules()) {
                markers.addAll(new TestClassScanner(baseDirectory(), module.sourceRoots()).scan(module.testClasses()));
                results = results.plus(reader.read(module.reportDirectories()));
            }
        } catch (TraceException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        long classes = markers.stream().map(TestMarker::className).distinct().count();
        long tests = results.outcomes().values().stream().mapToLong(Map::size).sum();
        console()
                .info("Traced the markers of " + classes + (classes == 1 ? " test class" : " test classes")
                        + " against " + CheckMojo.count(tests, "test result"));
        return new Tracer(markers, results, new TraceOptions(includeUnapproved, methodNameMarkers));
    }

    private void writeRequirementsIndex(Trace trace) throws MojoExecutionException {
        try {
            Path written = new RequirementsIndexWriter().writeTraced(trace.requirements(), outputDirectory());
            console()
                    .info("Wrote " + CheckMojo.count(trace.requirements().size(), "requirement")
                            + " with their tests to " + display(written));
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot write the requirements index to " + display(outputDirectory()) + ": " + e.getMessage()
                            + "; check that the build directory is writable",
                    e);
        }
    }

    private void logCoverage(Trace trace) {
        trace.coverageBySpec()
                .forEach((file, coverage) -> console().info("Requirements in " + file + ": " + coverage.describe()));
        long ungated = trace.ungated();
        if (ungated > 0) {
            console()
                    .info(CheckMojo.count(ungated, "requirement") + " of specs that are not approved not gated"
                            + " (spec.trace.includeUnapproved=false)");
        }
        Coverage total = trace.total();
        console().info("Requirements: " + total.describe());
    }
}
