package dev.specgate.adopt;

import dev.specgate.engine.CheckResult;
import dev.specgate.model.Finding;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How many findings a check gave.
 *
 * @param byRule finding count per rule id
 * @param missingSections how many {@code required-section} findings name a section the spec lacks (not a section
 *     under another parent, nor a missing document title)
 */
public record FindingCounts(Map<String, Long> byRule, long missingSections) {

    private static final String REQUIRED_SECTION = "required-section";
    private static final String MISSING_SECTION = "Missing section \"";

    public FindingCounts {
        byRule = Map.copyOf(byRule);
    }

    public static FindingCounts of(CheckResult result) {
        return new FindingCounts(
                new TreeMap<>(result.findings().stream()
                        .collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting()))),
                result.findings().stream()
                        .filter(f -> f.ruleId().equals(REQUIRED_SECTION)
                                && f.message().startsWith(MISSING_SECTION))
                        .count());
    }

    public long total() {
        return byRule.values().stream().mapToLong(Long::longValue).sum();
    }

    public long of(String rule) {
        return byRule.getOrDefault(rule, 0L);
    }
}
