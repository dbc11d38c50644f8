package dev.specgate.bench;

import dev.specgate.engine.CheckRequest;
import dev.specgate.engine.CheckResult;
import dev.specgate.engine.GeneratedSpecs;
import dev.specgate.engine.SpecChecker;
import dev.specgate.engine.SpecSetRequest;
import dev.specgate.parse.MarkdownParser;
import dev.specgate.schema.SchemaOverrides;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Measures what a check costs, as ratios against baselines taken in the same run (absolute times on shared machines
 * are noise): the full check of a spec set against reading and parsing the same files alone, and the time per spec
 * of a large set against a small one. Not a test: run it with {@code ./mvnw -q -Pbench test-compile exec:java}.
 *
 * <p>Arguments (optional): number of specs in the large set (default 400), measured rounds (default 15).
 */
public final class CheckBenchmark {

    private static final int SMALL_SET = 40;

    private CheckBenchmark() {}

    public static void main(String[] args) throws Exception {
        int large = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path root = Files.createTempDirectory("spec-bench");
        Path smallDir = SyntheticSpecs.write(root.resolve("small"), SMALL_SET);
        Path largeDir = SyntheticSpecs.write(root.resolve("large"), large);
        SpecChecker checker = new SpecChecker();
        MarkdownParser parser = new MarkdownParser();

        for (int i = 0; i < 5; i++) {
            parseOnly(parser, largeDir);
            check(checker, root, largeDir);
            check(checker, root, smallDir);
        }
        long[] parse = new long[rounds];
        long[] full = new long[rounds];
        long[] small = new long[rounds];
        int findings = 0;
        for (int i = 0; i < rounds; i++) {
            // Interleaved, so that a burst of load on the machine hits all three alike.
            parse[i] = time(() -> parseOnly(parser, largeDir));
            full[i] = time(() -> check(checker, root, largeDir));
            small[i] = time(() -> check(checker, root, smallDir));
        }
        findings = check(checker, root, largeDir).findings().size();

        double parseMs = median(parse) / 1e6;
        double fullMs = median(full) / 1e6;
        double smallMs = median(small) / 1e6;
        System.out.printf(
                "specs: %d (large set), %d (small set); %d rounds; %d findings in the large set%n",
                large, SMALL_SET, rounds, findings);
        System.out.printf("baseline  read + parse only, large set : %8.1f ms (median)%n", parseMs);
        System.out.printf("full check, large set                  : %8.1f ms (median)%n", fullMs);
        System.out.printf("full check, small set                  : %8.1f ms (median)%n", smallMs);
        System.out.printf("ratio full check / read + parse        : %8.2f%n", fullMs / parseMs);
        System.out.printf(
                "ratio time per spec, large / small set : %8.2f  (1.00 = linear)%n",
                (fullMs / large) / (smallMs / SMALL_SET));
    }

    private static void parseOnly(MarkdownParser parser, Path dir) {
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                parser.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CheckResult check(SpecChecker checker, Path base, Path dir) {
        SpecSetRequest set = new SpecSetRequest(dir, List.of(), List.of(), Optional.empty(), SchemaOverrides.NONE);
        try {
            return checker.check(new CheckRequest(base, List.of(set), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long time(Runnable task) {
        long start = System.nanoTime();
        task.run();
        return System.nanoTime() - start;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * Writes {@link GeneratedSpecs#TEMPLATE} (in {@code TEMPLATE.md}) and long specs filled from it (30 requirements,
     * 40 paragraphs), every fifth with a few defects.
     */
    static final class SyntheticSpecs {

        private SyntheticSpecs() {}

        static Path write(Path dir, int count) throws IOException {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("TEMPLATE.md"), GeneratedSpecs.TEMPLATE);
            for (int i = 0; i < count; i++) {
                Files.writeString(dir.resolve(String.format("spec-%04d.md", i)), spec(i));
            }
            return dir;
        }

        private static String spec(int i) {
            boolean broken = i % 5 == 0;
            StringBuilder requirements = new StringBuilder();
            for (int r = 1; r <= 30; r++) {
                requirements.append(String.format(
                        "%d. **REQ-%03d**: The service handles case %d within %d ms.%n", r, r, r, 50 + r));
            }
            List<String> prose = new ArrayList<>();
            for (int p = 0; p < 40; p++) {
                prose.add("Paragraph " + p + " explains a detail of service " + i
                        + " with enough words to look like a real design document line.");
            }
            return "# Service " + i + " - Design\n\n"
                    + "**Author**: Dana Lee\n"
                    + "**Status**: " + (broken ? "Done" : "Approved") + "\n"
                    + "**Date**: 2026-0" + (1 + i % 9) + "-1" + (i % 9) + "\n\n"
                    + "## Summary\n" + String.join("\n\n", prose) + "\n\n"
                    + "## Requirements\n### Functional Requirements\n" + requirements
                    + (broken ? "31. **REQ-003**: duplicate\n" : "") + "\n"
                    + "## Risks\n| Risk | Impact | Mitigation |\n|------|--------|------------|\n"
                    + "| Load | " + (broken ? "Huge" : "High") + " | Autoscaling |\n\n"
                    + (broken ? "" : "## Rollback Plan\nTurn the flag off.\n\n")
                    + "## Sign-off\n| Role | Name | Status | Date |\n|------|------|--------|------|\n"
                    + "| Engineering Lead | Dana Lee | Approved | 2026-03-02 |\n"
                    + "| Security | Sam Roe | " + (broken ? "Pending" : "Approved") + " | 2026-03-03 |\n";
        }
    }
}
