package dev.specgate.maven;

import dev.specgate.gate.SeverityPolicy;
import dev.specgate.model.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Turns the {@code severities}, {@code relaxDrafts} and {@code draftStatuses} parameters into a
 * {@link SeverityPolicy}, naming the parameter and the value when an entry is wrong.
 */
final class SeverityParameters {

    private final Set<String> knownRules;

    /** @param knownRules the rule ids a severity may name */
    SeverityParameters(Set<String> knownRules) {
        this.knownRules = new TreeSet<>(knownRules);
    }

    /**
     * @param severities entries {@code rule=level}, level one of {@code error}, {@code warning}, {@code info},
     *     {@code off}; null or blank entries are ignored
     * @param relaxDrafts whether specs with a draft status have their errors downgraded to warnings
     * @param draftStatuses the statuses that count as draft
     */
    SeverityPolicy policy(List<String> severities, boolean relaxDrafts, List<String> draftStatuses)
            throws MojoExecutionException {
        Map<String, Optional<Severity>> levels = new LinkedHashMap<>();
        for (String entry : severities == null ? List.<String>of() : severities) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            String rule = equals < 0 ? "" : entry.substring(0, equals).strip();
            if (rule.isEmpty()) {
                throw invalid(entry, "write rule=level, e.g. placeholder=warning");
            }
            if (!knownRules.contains(rule)) {
                throw invalid(entry, "unknown rule \"" + rule + "\"; known rules: " + String.join(", ", knownRules));
            }
            try {
                levels.put(rule, SeverityPolicy.parseLevel(entry.substring(equals + 1)));
            } catch (IllegalArgumentException e) {
                throw invalid(entry, e.getMessage());
            }
        }
        List<String> drafts = relaxDrafts && draftStatuses != null
                ? draftStatuses.stream().filter(s -> s != null && !s.isBlank()).toList()
                : List.of();
        return new SeverityPolicy(levels, drafts);
    }

    private static MojoExecutionException invalid(String entry, String why) {
        return new MojoExecutionException(
                "Invalid value for parameter severities (spec.severities): \"" + entry.strip() + "\": " + why);
    }
}
