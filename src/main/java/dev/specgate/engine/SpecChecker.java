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
import dev.specgate.rules.FindingCollector;
import dev.specgate.rules.Rule;
import dev.specgate.rules.RuleSet;
import dev.specgate.rules.SpecFacts;
import dev.specgate.rules.SpecSetRule;
import dev.specgate.schema.RequirementIdSpec;
import dev.specgate.schema.SpecSchema;
import dev.specgate.schema.TemplateReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks spec sets against their templates: finds the files, reads the template as the schema, then streams the
 * specs through a bounded pool of workers ({@link CheckRequest#threads()}): each worker reads, parses and checks one
 * spec and keeps only its {@link SpecOutcome} (gated findings and the small facts set-wide rules need), never the
 * document. Outcomes are taken in file order, so findings are those of a serial run. With a cache, a spec whose bytes
 * are unchanged takes its outcome from there. What reports and requirement checks need of each spec (its
 * {@link SpecSummary} and {@link SpecRequirements}) is part of that outcome. Knows nothing of Maven. Holds no per-check state: one instance may
 * serve parallel builds.
 */
public final class SpecChecker {

    private final MarkdownParser parser = new MarkdownParser();
    private final TemplateReader templateReader = new TemplateReader();
    private final Set<String> ruleIds;
    private final LongSupplier clock;

    /** A checker whose {@code spec:disable} comments may name the rules of {@link RuleSet}. */
    public SpecChecker() {
        this(Set.of());
    }

    /**
     * A checker whose {@code spec:disable} comments may also name {@code moreRuleIds}: the rules of
     * {@link RequirementCheck}s, which the spec's comments silence too.
     */
    public SpecChecker(Set<String> moreRuleIds) {
        this(moreRuleIds, System::nanoTime);
    }

    /** @param clock the time in nanoseconds, which decides when progress is reported (tests pass their own) */
    public SpecChecker(LongSupplier clock) {
        this(Set.of(), clock);
    }

    private SpecChecker(Set<String> moreRuleIds, LongSupplier clock) {
        this.ruleIds = Stream.concat(RuleSet.all().stream().map(Rule::id), moreRuleIds.stream())
                .collect(Collectors.toUnmodifiableSet());
        this.clock = clock;
    }

    /** Checks every spec set of the request. */
    public CheckResult check(CheckRequest request) throws SpecCheckException {
        return check(request, SpecSetListener.NONE);
    }

    /**
     * Checks every spec set of the request, telling {@code listener} about each set before checking it and about
     * progress on long ones.
     *
     * @throws SpecCheckException when the check cannot run: template not found or unusable, invalid override,
     *     unreadable or too deeply nested file
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
        List<TemplateSource> templates = new ArrayList<>();
        List<ApprovalInputs> approvals = new ArrayList<>();
        for (SpecSetRequest set : request.specSets()) {
            templates.add(TemplateSource.resolve(set, paths, reader));
            approvals.add(approvalInputs(set, paths, request.severities()));
        }
        Optional<SpecCache> cache = request.cache()
                .map(settings -> SpecCache.load(
                        settings.file(),
                        CacheKey.of(
                                request,
                                settings.pluginVersion(),
                                templates.stream().map(TemplateSource::text).toList(),
                                approvals),
                        listener));
        Tally tally = new Tally();
        FindingGate gate = new FindingGate(request.severities(), ruleIds);
        try (SpecPool pool = new SpecPool(request.threads())) {
            for (int i = 0; i < request.specSets().size(); i++) {
                SetContext set = new SetContext(
                        i, request.specSets().get(i), templates.get(i), approvals.get(i), paths, reader, gate);
                checkSet(set, pool, cache, listener, tally);
            }
        }
        if (cache.isPresent()) {
            Path file = request.cache().get().file();
            try {
                cache.get().write(file);
            } catch (IOException e) {
                listener.debug("Cannot write the spec cache " + file + ": " + e);
            }
        }
        List<SpecRequirements> specs = List.copyOf(tally.specs);
        tally.gated.addAll(
                gate.setFindings(gate.reported(requirementCheck.check(specs)), tally.gating, tally.suppressed));
        return FindingGate.result(
                tally.gated,
                tally.suppressed[0],
                tally.specFiles,
                specs.stream().flatMap(spec -> spec.requirements().stream()).toList(),
                request.baseline(),
                tally.summaries);
    }

    private void checkSet(
            SetContext set, SpecPool pool, Optional<SpecCache> cache, SpecSetListener listener, Tally tally)
            throws SpecCheckException {
        SpecSchema schema = pool.call(set.template, template -> schemaOf(template, set.request));
        Path directory = set.paths.absolute(set.request.directory());
        SpecFileSet fileSet = new SpecFileSet(directory, set.request.includes(), set.request.excludes());
        List<Path> files;
        try {
            files = fileSet.files().stream()
                    .filter(file -> set.template
                            .file()
                            .map(t -> !t.equals(file.normalize()))
                            .orElse(true))
                    .toList();
        } catch (SpecReadException e) {
            throw new SpecCheckException(e.getMessage(), e);
        }
        String directoryName = set.paths.display(directory);
        listener.specSetFound(
                new SpecSetPlan(directoryName, fileSet.includes(), set.template.displayName(), files.size()));
        List<Rule> rules = RuleSet.all(set.approvals);
        boolean tellUnrecorded = !set.approvals.recording() && set.gate.runs(ApprovalDriftRule.ID);
        SpecRun run = new SpecRun(
                parser, rules, set.gate, schema, tellUnrecorded ? Optional.of(set.approvals) : Optional.empty());
        ProgressMeter meter = new ProgressMeter(clock, listener, files.size());
        List<SpecFacts> facts = new ArrayList<>();
        Map<String, SpecOutcome> withFacts = new HashMap<>();
        int[] checked = {0};
        boolean[] approvedRows = {false};
        pool.map(files, file -> checkFile(set, run, cache, file), keyed -> {
            SpecOutcome outcome = keyed.outcome();
            cache.ifPresent(c -> c.record(keyed.id(), keyed.entry()));
            tally.add(outcome, schema);
            approvedRows[0] |= outcome.approvedRow();
            facts.add(outcome.facts());
            if (!outcome.facts().definitions().isEmpty()
                    || !outcome.facts().references().isEmpty()) {
                withFacts.put(outcome.file(), outcome.withoutFindings());
            }
            meter.checked(++checked[0], tally.gated.size());
        });
        for (Rule rule : rules) {
            if (rule instanceof SpecSetRule setRule && !files.isEmpty() && set.gate.runs(rule)) {
                FindingCollector out = set.gate.collector(rule, directoryName);
                SpecRun.run(rule, directoryName, () -> setRule.checkSet(facts, schema, out));
                tally.gated.addAll(set.gate.setFindings(out.findings(), withFacts, tally.suppressed));
            }
        }
        if (tellUnrecorded && approvedRows[0]) {
            listener.approvalsNotRecorded(directoryName, set.approvals.lockFile());
        }
    }

    /**
     * Runs on a worker: reads one spec and checks it, unless the cache holds its outcome for the same bytes. A spec
     * whose size and modification time are those the cache recorded is not even read.
     */
    private static Keyed checkFile(SetContext set, SpecRun run, Optional<SpecCache> cache, Path file)
            throws SpecCheckException {
        String display = set.paths.display(file);
        String id = set.index + ":" + display;
        try {
            long size = 0;
            long modified = 0;
            if (cache.isPresent()) {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    size = attributes.size();
                    modified = attributes.lastModifiedTime().toMillis();
                    Optional<SpecCache.Entry> unchanged = cache.get().lookup(id, size, modified);
                    if (unchanged.isPresent()) {
                        return new Keyed(id, unchanged.get());
                    }
                } catch (IOException e) {
                    // Reading the file names what is wrong with it.
                }
            }
            byte[] bytes = set.reader.bytes(file, display);
            String hash = cache.isPresent() ? CacheKey.sha256(bytes) : "";
            Optional<SpecOutcome> cached = cache.flatMap(c -> c.lookup(id, hash));
            SpecOutcome outcome;
            if (cached.isPresent()) {
                outcome = cached.get();
            } else {
                outcome = run.check(display, set.reader.text(bytes, display));
            }
            return new Keyed(id, new SpecCache.Entry(hash, size, modified, outcome));
        } catch (SpecReadException e) {
            throw new SpecCheckException(e.getMessage(), e);
        }
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
                    "Invalid approvals lock file (parameter approvalLock of the spec set): " + e.getMessage(), e);
        }
    }

    /** Parses one spec's text (for {@link SpecApprover}, which needs the document itself). */
    SpecDocument parse(String display, String text) throws SpecCheckException {
        return NestingLimit.parse(parser, display, text);
    }

    SpecSchema schemaOf(TemplateSource template, SpecSetRequest set) throws SpecCheckException {
        String name = template.displayName();
        TemplateCheck.text(name, template.text());
        SpecDocument document = NestingLimit.parse(parser, name, template.text());
        TemplateCheck.headings(name, document);
        SpecSchema schema = templateReader.read(document, name);
        try {
            return set.overrides().applyTo(schema);
        } catch (IllegalArgumentException e) {
            throw new SpecCheckException("Invalid spec set configuration for " + name + ": " + e.getMessage(), e);
        }
    }

    /** One spec set and what checking it needs. */
    private record SetContext(
            int index,
            SpecSetRequest request,
            TemplateSource template,
            ApprovalInputs approvals,
            ProjectPaths paths,
            SpecFileReader reader,
            FindingGate gate) {}

    /** A spec's outcome with its cache id, content hash and stat data (empty and zero without a cache). */
    private record Keyed(String id, SpecCache.Entry entry) {

        SpecOutcome outcome() {
            return entry.outcome();
        }
    }

    /** What the check has gathered so far; touched only on the calling thread. */
    private static final class Tally {
        final List<GatedFinding> gated = new ArrayList<>();
        final int[] suppressed = {0};
        final List<String> specFiles = new ArrayList<>();
        final List<SpecRequirements> specs = new ArrayList<>();
        final List<SpecSummary> summaries = new ArrayList<>();
        /** What gating a requirement check's findings needs of each spec defining requirements. */
        final Map<String, SpecOutcome> gating = new HashMap<>();

        void add(SpecOutcome outcome, SpecSchema schema) {
            specFiles.add(outcome.file());
            gated.addAll(outcome.findings());
            suppressed[0] += outcome.suppressed();
            summaries.add(outcome.summary());
            boolean approved = outcome.status()
                    .map(s -> schema.approvedStatuses().stream().anyMatch(s::equalsIgnoreCase))
                    .orElse(false);
            specs.add(new SpecRequirements(
                    outcome.file(),
                    outcome.status(),
                    approved,
                    schema.requirementIds().map(RequirementIdSpec::pattern),
                    outcome.facts().definitions()));
            if (!outcome.facts().definitions().isEmpty()) {
                gating.put(outcome.file(), outcome.withoutFindings());
            }
        }
    }
}
