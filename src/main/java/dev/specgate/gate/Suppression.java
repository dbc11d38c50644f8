package dev.specgate.gate;

import dev.specgate.model.Finding;
import java.util.Set;

/**
 * One {@code <!-- spec:disable… -->} comment: which rules it silences, over which lines, and why.
 *
 * @param rules the rule ids silenced
 * @param firstLine first line covered (1-based, inclusive)
 * @param lastLine last line covered (inclusive)
 * @param reason the text after {@code --}, or empty
 */
public record Suppression(Set<String> rules, int firstLine, int lastLine, String reason) {

    public Suppression {
        rules = Set.copyOf(rules);
    }

    public boolean covers(Finding finding) {
        return rules.contains(finding.ruleId()) && finding.line() >= firstLine && finding.line() <= lastLine;
    }
}
