package dev.specgate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specgate.gate.SeverityPolicy;
import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated set of 1,000 specs: serial, parallel, cached and uncached runs give identical results: findings,
 * requirements, spec summaries and what a requirement check is handed and reports.
 */
class SpecCheckerScaleTest {

    private static final int SPECS = 1_000;

    @TempDir
    static Path base;

    private static SpecSetRequest set;

    @BeforeAll
    static void writeSpecs() throws Exception {
        set = GeneratedSpecs.write(base, SPECS);
        // Written an hour ago: a warm cache then trusts the specs' size and time instead of reading them again.
        FileTime anHourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, anHourAgo);
            }
        }
    }

    private static CheckRequest request(int threads, boolean cache) {
        return request(base, set, threads, cache);
    }

    private static CheckRequest request(Path base, SpecSetRequest set, int threads, boolean cache) {
        SeverityPolicy relaxDrafts = new SeverityPolicy(Map.of(), List.of("Draft"));
        return new CheckRequest(base, List.of(set), StandardCharsets.UTF_8, relaxDrafts, Optional.empty())
                .withThreads(threads)
                .withCache(
                        cache
                                ? Optional.of(new CacheSettings(base.resolve("target/spec/cache/check.bin"), "1.0"))
                                : Optional.empty());
    }

    /** A requirement check's rule, reported on every third requirement. */
    private static final String TRACE_RULE = "untested-requirement";

    /** Runs the check with a requirement check that records what it was handed and reports some requirements. */
    private static final class Run {
        final List<SpecRequirements> handed = new ArrayList<>();
        final CheckResult result;

        Run(SpecChecker checker, CheckRequest request) throws SpecCheckException {
            result = checker.check(request, SpecSetListener.NONE, specs -> {
                handed.addAll(specs);
                return specs.stream()
                        .flatMap(spec -> spec.requirements().stream())
                        .filter(r -> r.id().hashCode() % 3 == 0)
                        .map(r -> new Finding(
                                TRACE_RULE,
                                Severity.ERROR,
                                r.file(),
                                r.location(),
                                r.id() + " has no test",
                                OptionalInt.empty()))
                        .toList();
            });
        }

        void assertSameAs(Run other, String how) {
            assertEquals(other.result, result, how);
            assertEquals(
                    other.handed.stream().map(Run::describe).toList(),
                    handed.stream().map(Run::describe).toList(),
                    how + ": requirement check input");
        }

        private static String describe(SpecRequirements spec) {
            return spec.file() + " " + spec.status() + " " + spec.approved() + " "
                    + spec.idPattern().map(Object::toString) + " " + spec.requirements();
        }
    }

    @Test
    void serialParallelCachedAndUncachedRunsAgreeAlsoAfterAnEdit() throws Exception {
        SpecChecker checker = new SpecChecker(Set.of(TRACE_RULE));
        Run serialRun = new Run(checker, request(1, false));
        CheckResult serial = serialRun.result;
        assertEquals(SPECS, serial.specFiles().size());
        Set<String> rules = serial.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
        assertEquals(
                Set.of(
                        "required-section",
                        "empty-section",
                        "placeholder",
                        "metadata",
                        "requirement-id",
                        "table-columns",
                        "sign-off",
                        "suppression",
                        TRACE_RULE),
                rules);
        assertEquals(
                serial.specFiles(),
                serial.specs().stream().map(SpecSummary::file).toList());
        assertTrue(serial.specs().stream().anyMatch(s -> s.author().isPresent()));
        assertTrue(serial.specs().stream().anyMatch(s -> s.lastDate().isPresent()));
        assertTrue(serial.specs().stream()
                .anyMatch(s ->
                        s.signOff().map(p -> p.hasTable() && p.approved() == 1).orElse(false)));
        assertTrue(serial.specs().stream()
                .anyMatch(s -> s.signOff().map(p -> !p.hasTable()).orElse(false)));
        assertTrue(serial.specs().stream().anyMatch(s -> s.requirementSections().size() == 3));
        assertTrue(
                serial.requirements().size() > SPECS / 2,
                "requirements: " + serial.requirements().size());
        assertEquals(SPECS, serialRun.handed.size());
        assertTrue(serialRun.handed.stream().anyMatch(SpecRequirements::approved));
        assertTrue(
                serial.findings().stream()
                        .anyMatch(f -> f.ruleId().equals(TRACE_RULE) && f.severity() == Severity.WARNING),
                "a draft's requirement-check findings are downgraded");
        assertTrue(serial.findings().stream().anyMatch(f -> f.message().contains("also defined in")));
        assertTrue(serial.suppressed() > 0);

        new Run(checker, request(4, false)).assertSameAs(serialRun, "parallel, no cache");
        new Run(checker, request(3, true)).assertSameAs(serialRun, "parallel, cold cache");
        assertTrue(Files.isRegularFile(base.resolve("target/spec/cache/check.bin")));
        Path cacheFile = base.resolve("target/spec/cache/check.bin");
        FileTime written = Files.getLastModifiedTime(cacheFile);
        Files.setLastModifiedTime(cacheFile, FileTime.fromMillis(written.toMillis() - 60_000));
        new Run(checker, request(2, true)).assertSameAs(serialRun, "parallel, warm cache");
        new Run(checker, request(1, true)).assertSameAs(serialRun, "serial, warm cache");
        assertEquals(
                written.toMillis() - 60_000,
                Files.getLastModifiedTime(cacheFile).toMillis(),
                "not rewritten");

        Path edited = base.resolve("docs/specs/area-03/spec-00010.md");
        Files.writeString(edited, GeneratedSpecs.spec(10).replace("## Rollback Plan", "## Rollback"));
        Run fresh = new Run(checker, request(1, false));
        assertEquals(serial.findings().size() + 1, fresh.result.findings().size());
        new Run(checker, request(4, true)).assertSameAs(fresh, "cached after an edit");
        new Run(checker, request(4, true)).assertSameAs(fresh, "cached twice after an edit");

        // A lock file (an empty one counts) turns approval-drift on: the cache must not answer for the set without it.
        assertEquals(List.of("docs/specs"), unrecorded(checker, request(2, true)), "told from the cache too");
        Files.writeString(base.resolve("docs/specs/spec-approvals.lock"), "{\"specApprovals\":1}\n");
        Run locked = new Run(checker, request(1, false));
        assertTrue(locked.result.findings().stream().anyMatch(f -> f.ruleId().equals("approval-drift")));
        new Run(checker, request(3, true)).assertSameAs(locked, "cached after the lock file appeared");
        new Run(checker, request(3, true)).assertSameAs(locked, "cached twice with the lock file");
        assertEquals(List.of(), unrecorded(checker, request(2, true)));
    }

    /** The spec sets the check says have approved sign-off rows but no lock file. */
    private static List<String> unrecorded(SpecChecker checker, CheckRequest request) throws SpecCheckException {
        List<String> sets = new ArrayList<>();
        checker.check(
                request,
                new SpecSetListener() {
                    @Override
                    public void specSetFound(SpecSetPlan plan) {}

                    @Override
                    public void approvalsNotRecorded(String directory, String lockFile) {
                        sets.add(directory);
                    }
                },
                RequirementCheck.NONE);
        return sets;
    }

    @Test
    void progressIsReportedEveryIntervalOnlyOnALongSet(@TempDir Path small) throws Exception {
        SpecSetRequest sixty = GeneratedSpecs.write(small, 60);
        List<String> lines = new ArrayList<>();
        SpecSetListener listener = new SpecSetListener() {
            @Override
            public void specSetFound(SpecSetPlan plan) {}

            @Override
            public void progress(int checked, int total, int findings) {
                lines.add(checked + "/" + total);
            }
        };
        long[] now = {0};
        // Every reading of the clock moves it on a second: one line every five specs checked.
        new SpecChecker(() -> now[0] += 1_000_000_000L).check(request(small, sixty, 2, false), listener);
        assertEquals(
                List.of(
                        "5/60", "10/60", "15/60", "20/60", "25/60", "30/60", "35/60", "40/60", "45/60", "50/60",
                        "55/60"),
                lines);

        lines.clear();
        new SpecChecker(() -> 0L).check(request(small, sixty, 2, false), listener);
        assertEquals(List.of(), lines, "a set done within the interval logs nothing");
    }
}
