package dev.specgate.maven;

import dev.specgate.engine.CheckRequest;
import dev.specgate.engine.CheckResult;
import dev.specgate.engine.CheckSummary;
import dev.specgate.engine.SpecCheckException;
import dev.specgate.engine.SpecChecker;
import dev.specgate.engine.SpecSetListener;
import dev.specgate.engine.SpecSetPlan;
import dev.specgate.model.Finding;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the project's Markdown specs against the team's template: required sections, metadata and
 * placeholders. Logs one line per finding ({@code docs/specs/a.md:42:1: [required-section] Missing section "X"})
 * and fails the build when any finding is an error.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractMojo {

    /** Where specs are looked for when no {@code <specSets>} are configured. */
    static final String DEFAULT_DIRECTORY = "docs/specs";

    /**
     * The sets of specs to check, each a {@code <specSet>} with {@code <directory>} (default {@code docs/specs}),
     * {@code <includes>} (default {@code **}{@code /*.md}), {@code <excludes>}, {@code <template>} (default
     * {@code TEMPLATE.md} beside the specs, else the built-in default template), {@code <requiredSections>},
     * {@code <optionalSections>}, {@code <aliases>} ({@code <alias>Testing Strategy = Test Plan</alias>}),
     * {@code <requirementIds>} ({@code <pattern>}, {@code <prefix>}, {@code <definitionSections>}, {@code <scope>}),
     * {@code <signOff>} ({@code <section>}, {@code <roles>}, {@code <statuses>}), {@code <approvedStatuses>} and
     * {@code <openQuestionsSection>}.
     * Several sets may use different templates. Default: one set, {@code docs/specs} with its
     * {@code TEMPLATE.md}. No user property.
     */
    @Parameter
    private List<SpecSet> specSets;

    /** Skips the check. Default {@code false}; user property {@code spec.skip}. */
    @Parameter(property = "spec.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The encoding of spec and template files, e.g. {@code UTF-8} or {@code ISO-8859-1}. A UTF-8 byte order mark is
     * ignored. Default {@code ${project.build.sourceEncoding}}, or {@code UTF-8} when that is not set; user
     * property {@code spec.encoding}.
     */
    @Parameter(property = "spec.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /** The project base directory: relative paths resolve against it and findings are shown relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    /** The build directory; generated files go to {@code spec/} below it. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping spec check (spec.skip=true)");
            return;
        }
        Path base = baseDirectory.toPath().toAbsolutePath().normalize();
        CheckRequest request = new CheckRequest(base, new SpecSetConverter(base).convert(specSets), charset(),
                base.resolve(buildDirectory.toPath()).resolve("spec"));
        CheckResult result;
        try {
            result = new SpecChecker().check(request, new LogListener());
        } catch (SpecCheckException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        result.findings().forEach(this::logFinding);
        CheckSummary summary = CheckSummary.of(result);
        if (summary.failed()) {
            getLog().error(summary.line());
            throw new MojoFailureException(summary.line());
        }
        getLog().info(summary.line());
    }

    private Charset charset() throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException("Invalid value for parameter encoding (spec.encoding): \"" + encoding
                    + "\" is not a character encoding this Java supports; use e.g. UTF-8 or ISO-8859-1", e);
        }
    }

    /** Logs what the engine tells about spec sets and files written. */
    private final class LogListener implements SpecSetListener {

        @Override
        public void specSetFound(SpecSetPlan plan) {
            logPlan(plan);
        }

        @Override
        public void requirementsIndexWritten(String file, int requirementCount) {
            getLog().info("Wrote " + requirementCount + (requirementCount == 1 ? " requirement" : " requirements")
                    + " to " + file);
        }
    }

    private void logPlan(SpecSetPlan plan) {
        if (plan.specCount() == 0) {
            getLog().warn("No spec files found in " + plan.directory() + " (includes "
                    + String.join(", ", plan.includes()) + ")");
        } else {
            String specs = plan.specCount() == 1 ? " spec" : " specs";
            getLog().info("Checking " + plan.specCount() + specs + " in " + plan.directory() + " against "
                    + plan.template());
        }
    }

    private void logFinding(Finding finding) {
        switch (finding.severity()) {
            case ERROR -> getLog().error(finding.format());
            case WARNING -> getLog().warn(finding.format());
            case INFO -> getLog().info(finding.format());
        }
    }
}
