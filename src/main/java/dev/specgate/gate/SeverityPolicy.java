package dev.specgate.gate;

import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which severity each finding ends up with: the rule's default, a per-rule level from the POM ({@code off} drops
 * the rule), and, for specs whose status is a draft status, errors downgraded to warnings.
 *
 * @param levels per rule id: a severity, or empty for {@code off}
 * @param draftStatuses document statuses treated as work in progress (compared case-insensitively); empty turns
 *     the downgrade off
 */
public record SeverityPolicy(Map<String, Optional<Severity>> levels, List<String> draftStatuses) {

    public static final SeverityPolicy DEFAULT = new SeverityPolicy(Map.of(), List.of());

    public SeverityPolicy {
        levels = Map.copyOf(levels);
        draftStatuses = draftStatuses.stream()
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .toList();
    }

    /** True when the rule is configured {@code off}. */
    public boolean isOff(String ruleId) {
        Optional<Severity> level = levels.get(ruleId);
        return level != null && level.isEmpty();
    }

    /** The severity a rule reports with. */
    public Severity severityOf(String ruleId, Severity defaultSeverity) {
        Optional<Severity> level = levels.get(ruleId);
        return level == null ? defaultSeverity : level.orElse(defaultSeverity);
    }

    /** The finding as it stands for a spec with the given status ({@code errors → warnings} for drafts). */
    public Finding forStatus(Finding finding, Optional<String> documentStatus) {
        boolean draft = documentStatus
                .map(s -> draftStatuses.contains(s.replace("*", "").strip().toLowerCase(Locale.ROOT)))
                .orElse(false);
        return draft && finding.severity() == Severity.ERROR ? finding.withSeverity(Severity.WARNING) : finding;
    }

    /**
     * Parses a level as written in the POM: {@code error}, {@code warning}, {@code info} or {@code off}.
     *
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static Optional<Severity> parseLevel(String value) {
        String level = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (level) {
            case "error" -> Optional.of(Severity.ERROR);
            case "warning", "warn" -> Optional.of(Severity.WARNING);
            case "info" -> Optional.of(Severity.INFO);
            case "off" -> Optional.empty();
            default ->
                throw new IllegalArgumentException(
                        "\"" + value + "\" is not a severity: use error, warning, info or off");
        };
    }
}
