package dev.specgate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specgate.gate.SeverityPolicy;
import dev.specgate.model.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated set of 1,000 specs: serial, parallel, cached and uncached runs give identical results. */
class SpecCheckerScaleTest {

    private static final int SPECS = 1_000;

    @TempDir
    static Path base;

    private static SpecSetRequest set;

    @BeforeAll
    static void writeSpecs() throws Exception {
        set = GeneratedSpecs.write(base, SPECS);
    }

    private static CheckRequest request(int threads, boolean cache) {
        return request(base, set, threads, cache);
    }

    private static CheckRequest request(Path base, SpecSetRequest set, int threads, boolean cache) {
        return new CheckRequest(base, List.of(set), StandardCharsets.UTF_8, SeverityPolicy.DEFAULT, Optional.empty())
                .withThreads(threads)
                .withCache(
                        cache
                                ? Optional.of(new CacheSettings(base.resolve("target/spec/cache/check.bin"), "1.0"))
                                : Optional.empty());
    }

    @Test
    void serialParallelCachedAndUncachedRunsAgreeAlsoAfterAnEdit() throws Exception {
        SpecChecker checker = new SpecChecker();
        CheckResult serial = checker.check(request(1, false));
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
                        "suppression"),
                rules);
        assertTrue(serial.findings().stream().anyMatch(f -> f.message().contains("also defined in")));
        assertTrue(serial.suppressed() > 0);

        assertEquals(serial, checker.check(request(4, false)), "parallel, no cache");
        assertEquals(serial, checker.check(request(3, true)), "parallel, cold cache");
        assertTrue(Files.isRegularFile(base.resolve("target/spec/cache/check.bin")));
        assertEquals(serial, checker.check(request(2, true)), "parallel, warm cache");
        assertEquals(serial, checker.check(request(1, true)), "serial, warm cache");

        Path edited = base.resolve("docs/specs/area-03/spec-00010.md");
        Files.writeString(edited, GeneratedSpecs.spec(10).replace("## Rollback Plan", "## Rollback"));
        CheckResult fresh = checker.check(request(1, false));
        assertEquals(serial.findings().size() + 1, fresh.findings().size());
        assertEquals(fresh, checker.check(request(4, true)), "cached after an edit");
        assertEquals(fresh, checker.check(request(4, true)), "cached twice after an edit");
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
