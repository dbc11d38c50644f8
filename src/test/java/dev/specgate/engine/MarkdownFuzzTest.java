package dev.specgate.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specgate.gate.SeverityPolicy;
import dev.specgate.model.Finding;
import dev.specgate.parse.MarkdownParser;
import dev.specgate.rules.ApprovalInputs;
import dev.specgate.rules.FindingCollector;
import dev.specgate.rules.Requirement;
import dev.specgate.rules.Rule;
import dev.specgate.rules.RuleSet;
import dev.specgate.rules.SpecFacts;
import dev.specgate.rules.SpecSetRule;
import dev.specgate.schema.RequirementIdOverrides;
import dev.specgate.schema.SchemaOverrides;
import dev.specgate.schema.SpecSchema;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing of the parser and every rule with seeded generators: generated, mutated and arbitrary Markdown, as specs
 * and as templates, must give findings or the plugin's own {@link SpecCheckException} (an unusable template, a file
 * nested too deeply), never any other exception or error. Each document runs the way the engine runs a spec: on a
 * pool worker, through every rule, the gate and the set-wide rule.
 *
 * <p>Each seed gives four documents (a template/spec pair, a mutated spec, an arbitrary text). The normal suite
 * checks {@value #DEFAULT_COUNT} seeds per case; {@code ./mvnw -Pfuzz test} checks 260,000 (1,040,000 documents). The run's seed is printed; {@code -Dspec.fuzz.seed=N} repeats it, and a failure names
 * the seed of the one document that broke.
 */
class MarkdownFuzzTest {

    private static final int DEFAULT_COUNT = 300;
    private static final int COUNT = Integer.getInteger("spec.fuzz.count", DEFAULT_COUNT);
    private static final long SEED = Long.getLong("spec.fuzz.seed", System.nanoTime());
    private static final AtomicLong DOCUMENTS = new AtomicLong();
    private static final AtomicLong REFUSED = new AtomicLong();
    private static final MarkdownParser PARSER = new MarkdownParser();
    private static final List<Rule> RULES = RuleSet.all();
    private static final FindingGate GATE =
            new FindingGate(SeverityPolicy.DEFAULT, RULES.stream().map(Rule::id).collect(Collectors.toSet()));
    private static final SpecChecker CHECKER = new SpecChecker();
    private static SpecPool pool;

    @BeforeAll
    static void start() {
        pool = new SpecPool(2);
    }

    @AfterAll
    static void report() {
        pool.close();
        System.out.printf(
                Locale.ROOT,
                "MarkdownFuzzTest: seed %d, %,d documents checked, %,d refused with the plugin's own error,"
                        + " no other exception%n",
                SEED,
                DOCUMENTS.get(),
                REFUSED.get());
    }

    @Test
    void generatedSpecsAgainstGeneratedTemplates() {
        forEachSeed(1, seed -> {
            FuzzMarkdown markdown = new FuzzMarkdown(seed);
            checkPair(markdown.document(), markdown.document(), seed % 2 == 0, 2);
        });
    }

    @Test
    void mutatedSpecsAgainstARealTemplate() {
        forEachSeed(2, seed -> {
            FuzzMarkdown markdown = new FuzzMarkdown(seed);
            checkPair(GeneratedSpecs.TEMPLATE, markdown.mutated(), seed % 3 == 0, 1);
        });
    }

    @Test
    void arbitraryTextAsSpecAndTemplate() {
        forEachSeed(3, seed -> {
            Random random = new Random(seed);
            char[] chars = new char[random.nextInt(random.nextInt(10) == 0 ? 2_000 : 200)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : (char) random.nextInt(0x80);
            }
            String text = new String(chars);
            checkPair(text, text, false, 1);
            checkPair(GeneratedSpecs.TEMPLATE, text, true, 0);
        });
    }

    /**
     * Runs the case for {@link #COUNT} seeds derived from the run's seed, on two threads; a failure names the
     * document's seed. Logs the count every 50,000 seeds on long runs.
     */
    private static void forEachSeed(int testCase, SeedCase check) {
        LongStream.range(0, COUNT).parallel().forEach(i -> {
            long seed = new Random(SEED * 31 + testCase * 1_000_003L + i * 0x9E3779B97F4A7C15L).nextLong();
            try {
                check.run(seed);
            } catch (Throwable e) {
                throw new AssertionError(
                        "Case " + testCase + " failed on document seed " + seed + " (run seed " + SEED + "): " + e, e);
            }
            if (i > 0 && i % 50_000 == 0) {
                System.out.printf(
                        Locale.ROOT, "MarkdownFuzzTest: case %d, %,d documents so far%n", testCase, DOCUMENTS.get());
            }
        });
    }

    private static SpecOutcome renamed(SpecOutcome outcome, String file) {
        SpecFacts facts = outcome.facts();
        SpecFacts copy = new SpecFacts(
                file,
                facts.definitions().stream()
                        .map(r -> new Requirement(r.id(), file, r.location(), r.text()))
                        .toList(),
                facts.references().stream()
                        .map(r -> new Requirement(r.id(), file, r.location(), r.text()))
                        .toList());
        return new SpecOutcome(
                file,
                List.of(),
                0,
                copy,
                outcome.suppressions(),
                outcome.status(),
                outcome.factSections(),
                outcome.summary(),
                outcome.approvedRow());
    }

    @FunctionalInterface
    private interface SeedCase {
        void run(long seed) throws Exception;
    }

    /**
     * Checks {@code spec} twice (and its facts again under another name, as a second spec of the set) against {@code template}, then the set-wide rule over both;
     * {@code generated} says how many of the two texts are new documents, for the count.
     */
    private static void checkPair(String template, String spec, boolean projectScope, int generated) throws Exception {
        DOCUMENTS.addAndGet(generated);
        SchemaOverrides overrides = projectScope
                ? SchemaOverrides.NONE.withRequirementIds(
                        RequirementIdOverrides.of("REQ-\\d{3}", null, List.of(), "project"))
                : SchemaOverrides.NONE;
        SpecSetRequest set = new SpecSetRequest(Path.of("docs"), List.of(), List.of(), Optional.empty(), overrides);
        TemplateSource source = new TemplateSource(Optional.empty(), "docs/TEMPLATE.md", template);
        SpecSchema schema;
        try {
            schema = pool.call(source, t -> CHECKER.schemaOf(t, set));
        } catch (SpecCheckException e) {
            REFUSED.incrementAndGet();
            schema = pool.call(
                    new TemplateSource(Optional.empty(), "docs/TEMPLATE.md", GeneratedSpecs.TEMPLATE),
                    t -> CHECKER.schemaOf(t, set));
        }
        SpecRun run = new SpecRun(PARSER, RULES, GATE, schema, Optional.of(ApprovalInputs.NONE));
        SpecOutcome outcome;
        try {
            outcome = pool.call(spec, text -> {
                NestingLimit.check("docs/a.md", text);
                return run.check("docs/a.md", text);
            });
        } catch (SpecCheckException e) {
            REFUSED.incrementAndGet();
            assertTrue(e.getMessage().startsWith("docs/a.md:"), e.getMessage());
            return;
        }
        // The same spec again as docs/b.md, for the set-wide rule: every ID it defines is then defined twice.
        List<SpecOutcome> outcomes = List.of(outcome, renamed(outcome, "docs/b.md"));
        for (GatedFinding g : outcome.findings()) {
            assertTrue(g.finding().file().equals("docs/a.md"), g.finding()::format);
            assertTrue(!g.finding().message().isBlank(), g.finding()::format);
        }
        Map<String, SpecOutcome> byFile = new HashMap<>();
        outcomes.forEach(o -> byFile.put(o.file(), o));
        List<SpecFacts> facts = outcomes.stream().map(SpecOutcome::facts).toList();
        for (Rule rule : RULES) {
            if (rule instanceof SpecSetRule setRule) {
                FindingCollector out = GATE.collector(rule, "docs");
                setRule.checkSet(facts, schema, out);
                List<Finding> raw = out.findings();
                GATE.setFindings(raw, byFile, new int[1]);
            }
        }
    }
}
