package dev.specgate.engine;

import dev.specgate.discovery.SpecFileReader;
import dev.specgate.discovery.SpecFileSet;
import dev.specgate.discovery.SpecReadException;
import dev.specgate.model.SpecDocument;
import dev.specgate.parse.MarkdownParser;
import dev.specgate.rules.FindingCollector;
import dev.specgate.rules.Requirement;
import dev.specgate.rules.Rule;
import dev.specgate.rules.RuleSet;
import dev.specgate.rules.SpecFacts;
import dev.specgate.rules.SpecSetRule;
import dev.specgate.schema.SpecSchema;
import dev.specgate.schema.TemplateReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Checks spec sets against their templates: finds the files, reads the template as the schema, then streams the
 * specs through a bounded pool of workers ({@link CheckRequest#threads()}): each worker reads, parses and checks one
 * spec and keeps only its {@link SpecOutcome} (gated findings and the small facts set-wide rules need), never the
 * document. Outcomes are taken in file order, so findings are those of a serial run. With a cache, a spec whose bytes
 * are unchanged takes its outcome from there. Knows nothing of Maven. Holds no per-check state: one instance may
 * serve parallel builds.
 */
public final class SpecChecker {

    private final MarkdownParser parser = new MarkdownParser();
    private final TemplateReader templateReader = new TemplateReader();
    private final List<Rule> rules = RuleSet.all();
    private final Set<String> ruleIds = rules.stream().map(Rule::id).collect(Collectors.toUnmodifiableSet());
    private final LongSupplier clock;

    public SpecChecker() {
        this(System::nanoTime);
    }

    /** @param clock the time in nanoseconds, which decides when progress is reported (tests pass their own) */
    public SpecChecker(LongSupplier clock) {
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
        ProjectPaths paths = new ProjectPaths(request.baseDirectory());
        SpecFileReader reader = new SpecFileReader(request.encoding());
        List<TemplateSource> templates = new ArrayList<>();
        for (SpecSetRequest set : request.specSets()) {
            templates.add(TemplateSource.resolve(set, paths, reader));
        }
        Optional<SpecCache> cache = request.cache()
                .map(settings -> SpecCache.load(
                        settings.file(),
                        CacheKey.of(
                                request,
                                settings.pluginVersion(),
                                templates.stream().map(TemplateSource::text).toList()),
                        listener));
        Tally tally = new Tally();
        try (SpecPool pool = new SpecPool(request.threads())) {
            FindingGate gate = new FindingGate(request.severities(), ruleIds);
            for (int i = 0; i < request.specSets().size(); i++) {
                SetContext set = new SetContext(i, request.specSets().get(i), templates.get(i), paths, reader, gate);
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
        return FindingGate.result(
                tally.gated, tally.suppressed[0], tally.specFiles, tally.requirements, request.baseline());
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
        SpecRun run = new SpecRun(parser, rules, set.gate, schema);
        ProgressMeter meter = new ProgressMeter(clock, listener, files.size());
        List<SpecFacts> facts = new ArrayList<>();
        Map<String, SpecOutcome> withFacts = new HashMap<>();
        int[] checked = {0};
        pool.map(files, file -> checkFile(set, run, cache, file), keyed -> {
            SpecOutcome outcome = keyed.outcome;
            cache.ifPresent(c -> c.record(keyed.id, keyed.contentHash, outcome));
            tally.add(outcome);
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
    }

    /** Runs on a worker: reads one spec and checks it, unless the cache holds its outcome for the same bytes. */
    private static Keyed checkFile(SetContext set, SpecRun run, Optional<SpecCache> cache, Path file)
            throws SpecCheckException {
        String display = set.paths.display(file);
        String id = set.index + ":" + display;
        try {
            byte[] bytes = set.reader.bytes(file, display);
            String hash = cache.isPresent() ? CacheKey.sha256(bytes) : "";
            Optional<SpecOutcome> cached = cache.flatMap(c -> c.lookup(id, hash));
            if (cached.isPresent()) {
                return new Keyed(id, hash, cached.get());
            }
            String text = set.reader.text(bytes, display);
            NestingLimit.check(display, text);
            return new Keyed(id, hash, run.check(display, text));
        } catch (SpecReadException e) {
            throw new SpecCheckException(e.getMessage(), e);
        }
    }

    SpecSchema schemaOf(TemplateSource template, SpecSetRequest set) throws SpecCheckException {
        String name = template.displayName();
        TemplateCheck.text(name, template.text());
        NestingLimit.check(name, template.text());
        SpecDocument document;
        try {
            document = parser.parse(name, template.text());
        } catch (StackOverflowError e) {
            throw NestingLimit.tooDeep(name, template.text());
        }
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
            ProjectPaths paths,
            SpecFileReader reader,
            FindingGate gate) {}

    /** A spec's outcome with its cache id and content hash (empty without a cache). */
    private record Keyed(String id, String contentHash, SpecOutcome outcome) {}

    /** What the check has gathered so far; touched only on the calling thread. */
    private static final class Tally {
        final List<GatedFinding> gated = new ArrayList<>();
        final int[] suppressed = {0};
        final List<String> specFiles = new ArrayList<>();
        final List<Requirement> requirements = new ArrayList<>();

        void add(SpecOutcome outcome) {
            specFiles.add(outcome.file());
            gated.addAll(outcome.findings());
            suppressed[0] += outcome.suppressed();
            requirements.addAll(outcome.facts().definitions());
        }
    }
}
