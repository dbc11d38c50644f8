package dev.specgate.maven;

import dev.specgate.engine.CacheSettings;
import dev.specgate.engine.CheckRequest;
import dev.specgate.engine.CheckResult;
import dev.specgate.engine.RequirementCheck;
import dev.specgate.engine.SpecCheckException;
import dev.specgate.engine.SpecChecker;
import dev.specgate.engine.SpecSetListener;
import dev.specgate.engine.SpecSetPlan;
import dev.specgate.engine.SpecSetRequest;
import dev.specgate.gate.Baseline;
import dev.specgate.gate.BaselineFile;
import dev.specgate.gate.SeverityPolicy;
import dev.specgate.report.RuleInfo;
import dev.specgate.rules.ApprovalDriftRule;
import dev.specgate.trace.TraceRule;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters and the check run that the goals reading spec sets share ({@code spec:check}, {@code spec:baseline},
 * {@code spec:approve}, {@code spec:init}, {@code spec:trace}, {@code spec:report}, ...).
 */
public abstract class AbstractSpecMojo extends AbstractMojo {

    /**
     * The sets of specs to check, each a {@code <specSet>} with {@code <directory>} (default {@code docs/specs},
     * skipped with one line when absent; a configured directory must exist), {@code <includes>} (default
     * {@code **}{@code /*.md}), {@code <excludes>}, {@code <useDefaultExcludes>} (default {@code true}: leaves out
     * {@code README.md}, {@code readme.md} and {@code index.md}), {@code <template>} (default
     * {@code TEMPLATE.md} or {@code template.md} beside the specs, else the built-in default template; the template
     * is never checked as a spec), {@code <requiredSections>},
     * {@code <optionalSections>}, {@code <aliases>} ({@code <alias>Testing Strategy = Test Plan</alias>}),
     * {@code <requirementIds>} ({@code <pattern>}, {@code <prefix>}, {@code <definitionSections>}, {@code <scope>}),
     * {@code <signOff>} ({@code <section>}, {@code <roles>}, {@code <statuses>}), {@code <approvedStatuses>},
     * {@code <openQuestionsSection>} and {@code <approvalLock>} (default {@code spec-approvals.lock} in the
     * directory).
     * Several sets may use different templates. Default: one set, {@code docs/specs} with its
     * {@code TEMPLATE.md}. No user property.
     */
    @Parameter
    private List<SpecSet> specSets;

    /** Skips the goal. Default {@code false}; user property {@code spec.skip}. */
    @Parameter(property = "spec.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The encoding of spec and template files, e.g. {@code UTF-8} or {@code ISO-8859-1}. A UTF-8 byte order mark is
     * ignored. Default {@code ${project.build.sourceEncoding}}, or {@code UTF-8} when that is not set; user
     * property {@code spec.encoding}.
     */
    @Parameter(property = "spec.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /**
     * The level of each rule, one {@code rule=level} entry per rule, level {@code error}, {@code warning},
     * {@code info} or {@code off} ({@code off} does not run the rule). In the POM:
     * {@code <severities><severity>placeholder=warning</severity><severity>empty-section=off</severity></severities>};
     * on the command line: {@code -Dspec.severities=placeholder=warning,empty-section=off}. Rules not named keep
     * their default ({@code error} for every rule, {@code suppression} included). Default none; user property
     * {@code spec.severities}.
     */
    @Parameter(property = "spec.severities")
    private List<String> severities;

    /**
     * Downgrades the errors of specs whose status is a draft status (see {@code draftStatuses}) to warnings, so work
     * in progress is visible without failing the build while approved specs must be complete. The status is the
     * template's status field (the enumerated field listing an approved value), else the field {@code Status}.
     * Default {@code false}; user property {@code spec.relaxDrafts}.
     */
    @Parameter(property = "spec.relaxDrafts", defaultValue = "false")
    private boolean relaxDrafts;

    /**
     * The statuses that mark a spec as a draft for {@code relaxDrafts}, compared case-insensitively. Default
     * {@code Draft,In Review,Review}; user property {@code spec.draftStatuses}.
     */
    @Parameter(property = "spec.draftStatuses", defaultValue = "Draft,In Review,Review")
    private List<String> draftStatuses;

    /**
     * The baseline file: findings a team accepted when it adopted the plugin. {@code spec:baseline} writes it;
     * {@code spec:check} uses it when it exists and then fails only on findings not in it. Default
     * {@code spec-baseline.json} in the project base directory; user property {@code spec.baseline}.
     */
    @Parameter(property = "spec.baseline", defaultValue = "${project.basedir}/spec-baseline.json")
    private File baseline;

    /**
     * How many specs are read, parsed and checked at once. The findings and their order are the same for any number.
     * Under a parallel Maven build ({@code -T}) all concurrently running checks of one build together still run no
     * more specs at once than there are processors. Default: the number of available processors; user property
     * {@code spec.threads}.
     */
    @Parameter(property = "spec.threads")
    private Integer threads;

    /**
     * Keeps an incremental cache in {@code spec/cache/} of the build directory: a spec whose content, template,
     * configuration and plugin version are unchanged since the last check takes its findings from there instead of
     * being parsed again. A cache that cannot be read is ignored. {@code false} checks every spec afresh and neither
     * reads nor writes the cache. Default {@code true}; user property {@code spec.cache}.
     */
    @Parameter(property = "spec.cache", defaultValue = "true")
    private boolean cache;

    /** The plugin's version: written into reports, and a cache written by another version is not used. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    /** The execution, whose id names the cache file (one per execution, so executions never share one). */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    private MojoExecution mojoExecution;

    /**
     * Allows a relative {@code <directory>} that leaves the project base directory ({@code ../specs}), e.g. specs kept
     * in a sibling checkout. Without it such a directory stops the build, so a mistyped {@code ../} cannot check the
     * wrong files; an absolute directory is taken as meant. Templates may
     * lie anywhere (a parent POM's shared template). Default {@code false}; user property
     * {@code spec.allowOutsideProject}.
     */
    @Parameter(property = "spec.allowOutsideProject", defaultValue = "false")
    private boolean allowOutsideProject;

    /** The project base directory: relative paths resolve against it and findings are shown relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    /** The build directory; generated files go to {@code spec/} below it. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    /** The project, to name the module in reactor builds. */
    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    /** The session, to tell reactor builds and find the reactor's top-level directory. */
    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    /** The project the goal runs on; null only in tests that do not inject one. */
    final MavenProject project() {
        return project;
    }

    /** The projects of the reactor build, in build order; just this project when there is no session. */
    final List<MavenProject> reactorProjects() {
        if (session == null
                || session.getProjects() == null
                || session.getProjects().isEmpty()) {
            return project == null ? List.of() : List.of(project);
        }
        return List.copyOf(session.getProjects());
    }

    private ConsoleBlock console;

    /** The base directory relative to the repository root, once computed; empty when they are the same. */
    private String consolePrefix;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping " + goalDescription() + " (spec.skip=true)");
            return;
        }
        logging(this::run);
    }

    /**
     * Does a goal's work with the console open: its lines are written in one block when the work ends. {@link
     * #execute()} runs {@link #run()} this way; a report that the site plugin calls without {@code execute()} runs its
     * work this way too.
     */
    final void logging(Work work) throws MojoExecutionException, MojoFailureException {
        console = new ConsoleBlock(getLog());
        try {
            work.run();
        } finally {
            console.flush();
        }
    }

    /** A goal's work. */
    @FunctionalInterface
    interface Work {
        void run() throws MojoExecutionException, MojoFailureException;
    }

    /** Whether the goal is skipped ({@code spec.skip}). */
    final boolean skip() {
        return skip;
    }

    /** The session; null only in tests that do not inject one. */
    final MavenSession session() {
        return session;
    }

    /** Where the goal logs: lines are held back and written in one block when the goal ends. */
    final ConsoleBlock console() {
        return console;
    }

    /** How the skip message names the goal, e.g. {@code spec check}. */
    abstract String goalDescription();

    /** The goal's work, once parameters say it should run. */
    abstract void run() throws MojoExecutionException, MojoFailureException;

    /**
     * The configured severities as a policy; configuration mistakes name the parameter. Every goal accepts the
     * levels of every rule, the trace rules included, so one plugin-level {@code <severities>} serves all goals.
     */
    final SeverityPolicy severityPolicy() throws MojoExecutionException {
        Set<String> known = RuleInfo.known().stream().map(RuleInfo::id).collect(Collectors.toCollection(HashSet::new));
        known.addAll(TraceRule.ids());
        return new SeverityParameters(known).policy(severities, relaxDrafts, draftStatuses);
    }

    /**
     * Runs the check, logging each spec set it checks; empty, after one line saying so, when the only spec sets are
     * default ones whose directory is absent (a parent POM declaring the plugin for modules without specs).
     */
    final Optional<CheckResult> check(SeverityPolicy policy, Optional<Baseline> accepted)
            throws MojoExecutionException {
        return check(policy, accepted, RequirementCheck.NONE);
    }

    /** Runs the check and then {@code requirementCheck} over the specs' requirements, logging each spec set. */
    final Optional<CheckResult> check(
            SeverityPolicy policy, Optional<Baseline> accepted, RequirementCheck requirementCheck)
            throws MojoExecutionException {
        SpecSetConverter.Conversion sets = specSets();
        if (sets.requests().isEmpty()) {
            return Optional.empty();
        }
        CheckRequest request = new CheckRequest(
                baseDirectory(), sets.requests(), charset(), policy, accepted, threadCount(), cacheSettings());
        try {
            return Optional.of(
                    new SpecChecker(TraceRule.ids()).check(request, new ConsoleListener(), requirementCheck));
        } catch (SpecCheckException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** The spec sets to check, after one {@code [INFO]} line per default directory that is absent. */
    final SpecSetConverter.Conversion specSets() throws MojoExecutionException {
        SpecSetConverter.Conversion sets =
                new SpecSetConverter(baseDirectory(), allowOutsideProject).convertExisting(specSets);
        for (String absent : sets.absentDefaults()) {
            console.info("No " + consolePath(absent) + " directory: " + goalDescription() + " skipped (configure"
                    + " <specSets> to check specs elsewhere)");
        }
        return sets;
    }

    /**
     * The configured spec sets resolved against another project's base directory, whether their directories exist
     * or not ({@code report-aggregate} reads each module's sets).
     */
    final List<SpecSetRequest> specSetsIn(Path projectBase) throws MojoExecutionException {
        return new SpecSetConverter(projectBase, allowOutsideProject).convert(specSets);
    }

    /** The baseline when its file exists; an unreadable one names the parameter. */
    final Optional<Baseline> readBaseline() throws MojoExecutionException {
        Path file = baselineFile();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(BaselineFile.read(file));
        } catch (BaselineFile.BaselineException e) {
            throw new MojoExecutionException(
                    "Invalid baseline (parameter baseline, spec.baseline): " + e.getMessage(), e);
        }
    }

    /** The encoding of specs and templates; an unknown one names the parameter. */
    final Charset encoding() throws MojoExecutionException {
        return charset();
    }

    /** The plugin's version, {@code unknown} when Maven did not say. */
    final String pluginVersion() {
        return pluginVersion == null ? "unknown" : pluginVersion;
    }

    /** The {@code threads} parameter, checked; one per processor when not set. */
    final int threadCount() throws MojoExecutionException {
        if (threads == null) {
            return CheckRequest.defaultThreads();
        }
        if (threads < 1) {
            throw new MojoExecutionException("Invalid value for parameter threads (spec.threads): " + threads
                    + "; use a number of at least 1, or leave it out for one per processor");
        }
        return threads;
    }

    /** {@code target/spec/cache/<goal>-<execution id>.bin}, unless the cache is off. */
    final Optional<CacheSettings> cacheSettings() {
        if (!cache) {
            return Optional.empty();
        }
        String execution = mojoExecution == null
                ? goalDescription().replace(' ', '-')
                : mojoExecution.getGoal() + "-" + mojoExecution.getExecutionId();
        String name = execution.replaceAll("[^A-Za-z0-9._-]", "_") + ".bin";
        return Optional.of(new CacheSettings(outputDirectory().resolve("cache").resolve(name), pluginVersion()));
    }

    final Path baseDirectory() {
        return baseDirectory.toPath().toAbsolutePath().normalize();
    }

    /** {@code ${project.build.directory}}. */
    final Path buildDirectory() {
        return baseDirectory().resolve(buildDirectory.toPath()).normalize();
    }

    /** {@code ${project.build.directory}/spec}. */
    final Path outputDirectory() {
        return buildDirectory().resolve("spec");
    }

    final Path baselineFile() {
        return baseDirectory().resolve(baseline.toPath()).normalize();
    }

    /**
     * A path relative to the base directory when it lies below it, else absolute; {@code /}-separated, and in a
     * reactor build relative to the repository root (see {@link #consolePath(String)}).
     */
    final String display(Path path) {
        Path base = baseDirectory();
        Path shown = path.startsWith(base) ? base.relativize(path) : path;
        return consolePath(shown.toString().replace('\\', '/'));
    }

    /**
     * How the console shows a path relative to the base directory: unchanged in a single-project build; in a reactor
     * build relative to the repository root, as SARIF and the GitHub annotations show it
     * ({@code billing-api/docs/specs/x.md}), so lines from different modules cannot be confused.
     */
    final String consolePath(String file) {
        if (moduleName().isEmpty() || file.startsWith("/") || file.startsWith("..") || file.contains(":")) {
            return file;
        }
        if (consolePrefix == null) {
            Path root = repositoryRoot();
            Path base = baseDirectory();
            consolePrefix =
                    base.startsWith(root) ? root.relativize(base).toString().replace('\\', '/') : "";
        }
        if (consolePrefix.isEmpty()) {
            return file;
        }
        return file.isEmpty() || file.equals(".") ? consolePrefix : consolePrefix + "/" + file;
    }

    /** The module's artifact id in a reactor build of several projects; empty in a single-project build. */
    final Optional<String> moduleName() {
        if (session == null
                || project == null
                || session.getProjects() == null
                || session.getProjects().size() < 2) {
            return Optional.empty();
        }
        return Optional.of(project.getArtifactId());
    }

    /** The repository root that SARIF and GitHub annotation paths are relative to. */
    final Path repositoryRoot() {
        Optional<Path> reactorRoot = Optional.ofNullable(session)
                .map(MavenSession::getTopLevelProject)
                .map(MavenProject::getBasedir)
                .map(File::toPath);
        return RepositoryRoot.of(baseDirectory(), reactorRoot);
    }

    /** The configured encoding; an unknown one names the parameter. */
    final Charset charset() throws MojoExecutionException {
        return charset(encoding);
    }

    /** An encoding parameter's charset, UTF-8 when blank; an unknown one names the parameter. */
    static Charset charset(String encoding) throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException(
                    "Invalid value for parameter encoding (spec.encoding): \"" + encoding
                            + "\" is not a character encoding this Java supports; use e.g. UTF-8 or ISO-8859-1",
                    e);
        }
    }

    /** Logs each spec set as it is checked, and a set whose Approved sign-offs are not bound to their text. */
    private final class ConsoleListener implements SpecSetListener {

        @Override
        public void specSetFound(SpecSetPlan plan) {
            if (plan.specCount() == 0) {
                console.warn("No spec files found in " + consolePath(plan.directory()) + " (includes "
                        + String.join(", ", plan.includes()) + ")");
            } else {
                String specs = plan.specCount() == 1 ? " spec" : " specs";
                String template = plan.builtInTemplate() ? plan.template() : consolePath(plan.template());
                console.info("Checking " + plan.specCount() + specs + " in " + consolePath(plan.directory())
                        + " against " + template);
            }
        }

        @Override
        public void approvalsNotRecorded(String directory, String lockFile) {
            console.info("No approvals lock file " + consolePath(lockFile) + ": " + ApprovalDriftRule.ID
                    + " is off for this spec set; run spec:approve to start recording approvals");
        }

        /** Progress on a long set goes out at once: held back in the console block it would say nothing. */
        @Override
        public void progress(int checked, int total, int findings) {
            getLog().info(String.format(
                    Locale.ROOT,
                    "Checked %,d of %,d specs (%,d finding%s so far)",
                    checked,
                    total,
                    findings,
                    findings == 1 ? "" : "s"));
        }

        @Override
        public void debug(String message) {
            getLog().debug(message);
        }
    }
}
