package dev.specgate.gate;

import dev.specgate.model.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Findings a team accepted when it adopted the plugin. A check with a baseline fails only on findings that are
 * not in it; baseline entries no current finding matches are reported as fixed (removable).
 */
public record Baseline(List<BaselineEntry> entries) {

    public static final Baseline EMPTY = new Baseline(List.of());

    public Baseline {
        entries = List.copyOf(entries);
    }

    /** A baseline accepting exactly these findings; {@code sectionOf} gives each finding's heading path. */
    public static Baseline of(List<Finding> findings, Function<Finding, String> sectionOf) {
        List<BaselineEntry> entries = new ArrayList<>();
        for (Finding f : findings) {
            String section = sectionOf.apply(f);
            entries.add(new BaselineEntry(
                    f.file(), f.ruleId(), Fingerprint.of(f, section), section, f.message(), f.line()));
        }
        return new Baseline(entries);
    }

    /**
     * Splits current findings into new ones and baselined ones. Each entry absorbs at most one finding, so a
     * second identical defect in the same section is still new.
     */
    public Comparison compare(List<Finding> findings, Function<Finding, String> sectionOf) {
        Map<String, List<BaselineEntry>> unmatched = new HashMap<>();
        for (BaselineEntry e : entries) {
            unmatched.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
        }
        List<Finding> fresh = new ArrayList<>();
        List<Finding> known = new ArrayList<>();
        for (Finding f : findings) {
            String key =
                    new BaselineEntry(f.file(), f.ruleId(), Fingerprint.of(f, sectionOf.apply(f)), "", "", 0).key();
            List<BaselineEntry> candidates = unmatched.get(key);
            if (candidates != null && !candidates.isEmpty()) {
                candidates.remove(0);
                known.add(f);
            } else {
                fresh.add(f);
            }
        }
        List<BaselineEntry> fixed = entries.stream()
                .filter(e -> unmatched.getOrDefault(e.key(), List.of()).contains(e))
                .toList();
        return new Comparison(fresh, known, fixed);
    }

    /**
     * @param fresh findings not in the baseline: these count
     * @param baselined findings the baseline accepts
     * @param fixed baseline entries nothing matches any more: they can be removed
     */
    public record Comparison(List<Finding> fresh, List<Finding> baselined, List<BaselineEntry> fixed) {}
}
