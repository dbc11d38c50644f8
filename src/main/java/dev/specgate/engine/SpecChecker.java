package dev.specgate.engine;

import dev.specgate.approval.ApprovalLock;
import dev.specgate.approval.ApprovalLockFile;
import dev.specgate.discovery.SpecFileReader;
import dev.specgate.discovery.SpecFileSet;
import dev.specgate.discovery.SpecReadException;
import dev.specgate.gate.SeverityPolicy;
import dev.specgate.model.SpecDocument;
import dev.specgate.parse.MarkdownParser;
import dev.specgate.rules.ApprovalDriftRule;
import dev.specgate.rules.ApprovalInputs;
import dev.specgate.rules.DocumentStatus;
import dev.specgate.rules.FindingCollector;
import dev.specgate.rules.Requirement;
import dev.specgate.rules.RequirementExtractor;
import dev.specgate.rules.Rule;
import dev.specgate.rules.RuleContext;
import dev.specgate.rules.RuleSet;
import dev.specgate.rules.SpecSetRule;
import dev.specgate.schema.RequirementIdSpec;
import dev.specgate.schema.SpecSchema;
import dev.specgate.schema.TemplateReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks spec sets against their templates: finds the files, reads the template as the schema, parses every
 * spec and runs every rule that is not off, then takes the findings through the {@link FindingGate} (suppressions,
 * draft downgrade, baseline). Knows nothing of Maven. Stateless and thread-safe: one instance may serve parallel
 * builds.
 */
public final class SpecChecker {

    private final MarkdownParser parser = new MarkdownParser();
    private final TemplateReader templateReader = new TemplateReader();
    private final Set<String> ruleIds;

    /** A checker whose {@code spec:disable} comments may name the rules of {@link RuleSet}. */
    public SpecChecker() {
        this(Set.of());
    }

    /**
     * A checker whose {@code spec:disable} comments may also name {@code moreRuleIds}: the rules of
     * {@link RequirementCheck}s, which the spec's comments silence too.
     */
    public SpecChecker(Set<String> moreRuleIds) {
        this.ruleIds = Stream.concat(RuleSet.all().stream().map(Rule::id), moreRuleIds.stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Checks every spec set of the request. */
    public CheckResult check(CheckRequest request) throws SpecCheckException {
        return check(request, SpecSetListener.NONE);
    }

    /**
     * Checks every spec set of the request, telling {@code listener} about each set before checking it.
     *
     * @throws SpecCheckException when the check cannot run: template not found, invalid override, unreadable file
     */
    public CheckResult check(CheckRequest request, SpecSetListener listener) throws SpecCheckException {
        return check(request, listener, RequirementCheck.NONE);
    }

    /**
     * Checks every spec set of the request like {@link #check(CheckRequest, SpecSetListener)}, then runs
     * {@code requirementCheck} over the requirements of every spec; its findings are gated like the rules' findings.
     */
    public CheckResult check(CheckRequest request, SpecSetListener listener, RequirementCheck requirementCheck)
            throws SpecCheckException {
        ProjectPaths paths = new ProjectPaths(request.baseDirectory());
        SpecFileReader reader = new SpecFileReader(request.encoding());
        FindingGate gate = new FindingGate(request.severities(), ruleIds);
        List<String> specFiles = new ArrayList<>();
        List<SpecRequirements> specs = new ArrayList<>();
        List<SpecSummary> summaries = new ArrayList<>();
        for (SpecSetRequest set : request.specSets()) {
            checkSet(
                    set,
                    approvalInputs(set, paths, request.severities()),
                    paths,
                    reader,
                    listener,
                    gate,
                    specFiles,
                    specs,
                    summaries);
        }
        gate.addReported(requirementCheck.check(List.copyOf(specs)));
        List<Requirement> requirements =
                specs.stream().flatMap(spec -> spec.requirements().stream()).toList();
        return gate.result(specFiles, requirements, request.baseline()).withSpecs(summaries);
    }

    private void checkSet(
            SpecSetRequest set,
            ApprovalInputs approvals,
            ProjectPaths paths,
            SpecFileReader reader,
            SpecSetListener listener,
            FindingGate gate,
            List<String> specFiles,
            List<SpecRequirements> specs,
            List<SpecSummary> summaries)
            throws SpecCheckException {
        List<Rule> rules = RuleSet.all(approvals);
        TemplateSource template = TemplateSource.resolve(set, paths, reader);
        SpecSchema schema = schemaOf(template, set);
        Path directory = paths.absolute(set.directory());
        SpecFileSet fileSet = new SpecFileSet(directory, set.includes(), set.excludes());
        List<Path> files;
        try {
            files = fileSet.files().stream()
                    .filter(file -> template.file()
                            .map(t -> !t.equals(file.normalize()))
                            .orElse(true))
                    .toList();
        } catch (SpecReadException e) {
            throw new SpecCheckException(e.getMessage(), e);
        }
        String directoryName = paths.display(directory);
        listener.specSetFound(new SpecSetPlan(directoryName, fileSet.includes(), template.displayName(), files.size()));
        List<SpecDocument> documents = new ArrayList<>();
        for (Path file : files) {
            String display = paths.display(file);
            SpecDocument document = parse(file, display, reader);
            documents.add(document);
            specFiles.add(display);
            SpecRequirements spec = requirementsOf(document, schema);
            specs.add(spec);
            summaries.add(SpecSummary.of(document, schema, spec.requirements()));
            gate.spec(document, schema);
            RuleContext context = new RuleContext(document, schema);
            for (Rule rule : rules) {
                if (gate.runs(rule)) {
                    FindingCollector out = gate.collector(rule, display);
                    run(rule, display, () -> rule.check(context, out));
                    gate.add(out.findings());
                }
            }
        }
        for (Rule rule : rules) {
            if (rule instanceof SpecSetRule setRule && !documents.isEmpty() && gate.runs(rule)) {
                FindingCollector out = gate.collector(rule, directoryName);
                run(rule, directoryName, () -> setRule.checkSet(documents, schema, out));
                gate.add(out.findings());
            }
        }
        if (!approvals.recording()
                && gate.runs(ApprovalDriftRule.ID)
                && documents.stream().anyMatch(d -> ApprovalDriftRule.hasApprovedRow(d, schema, approvals))) {
            listener.approvalsNotRecorded(directoryName, approvals.lockFile());
        }
    }

    private static SpecRequirements requirementsOf(SpecDocument document, SpecSchema schema) {
        Optional<String> status = DocumentStatus.of(document, schema);
        boolean approved = status.map(s -> schema.approvedStatuses().stream().anyMatch(s::equalsIgnoreCase))
                .orElse(false);
        return new SpecRequirements(
                document.path(),
                status,
                approved,
                schema.requirementIds().map(RequirementIdSpec::pattern),
                RequirementExtractor.extract(document, schema));
    }

    /**
     * The set's recorded approvals, read from its lock file when the {@code approval-drift} rule runs (none when the
     * file does not exist: the rule is then inactive for the set); under {@code relaxDrafts} the draft statuses are
     * exempt. Never writes the lock file.
     */
    static ApprovalInputs approvalInputs(SpecSetRequest set, ProjectPaths paths, SeverityPolicy policy)
            throws SpecCheckException {
        Optional<ApprovalLock> lock = policy.isOff(ApprovalDriftRule.ID) ? Optional.empty() : readLock(set, paths);
        return new ApprovalInputs(
                paths.display(set.directory()), paths.display(set.approvalLock()), lock, policy.draftStatuses());
    }

    /** The set's lock file; empty when it does not exist. */
    static Optional<ApprovalLock> readLock(SpecSetRequest set, ProjectPaths paths) throws SpecCheckException {
        Path file = paths.absolute(set.approvalLock());
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ApprovalLockFile.read(file, paths.display(file)));
        } catch (ApprovalLockFile.LockFileException e) {
            throw new SpecCheckException(
                    "Invalid approvals lock file " + e.getMessage() + " (parameter approvalLock of the spec set)", e);
        }
    }

    SpecSchema schemaOf(TemplateSource template, SpecSetRequest set) throws SpecCheckException {
        SpecDocument document = parser.parse(template.displayName(), template.text());
        SpecSchema schema = templateReader.read(document, template.displayName());
        try {
            return set.overrides().applyTo(schema);
        } catch (IllegalArgumentException e) {
            throw new SpecCheckException(
                    "Invalid spec set configuration for " + template.displayName() + ": " + e.getMessage(), e);
        }
    }

    SpecDocument parse(Path file, String display, SpecFileReader reader) throws SpecCheckException {
        try {
            return parser.parse(display, reader.read(file, display));
        } catch (SpecReadException e) {
            throw new SpecCheckException(e.getMessage(), e);
        }
    }

    /** Runs one rule, naming the rule and file if it breaks (a bug in the plugin, not in the spec). */
    private static void run(Rule rule, String file, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Rule " + rule.id() + " failed on " + file + ": " + e, e);
        }
    }
}
