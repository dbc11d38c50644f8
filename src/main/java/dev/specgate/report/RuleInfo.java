package dev.specgate.report;

import dev.specgate.model.Severity;
import dev.specgate.rules.Rule;
import java.util.List;
import java.util.Objects;

/**
 * What reports say about a rule: SARIF rule metadata and the JUnit test cases come from these.
 *
 * @param id the stable kebab-case rule id
 * @param description one sentence on what the rule checks
 * @param helpText what to do about a finding (SARIF {@code fullDescription} and {@code help})
 * @param defaultSeverity the severity its findings have unless configured otherwise
 */
public record RuleInfo(String id, String description, String helpText, Severity defaultSeverity) {

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(helpText, "helpText");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    }

    /** The metadata of a rule; its description doubles as help text. */
    public static RuleInfo of(Rule rule) {
        return new RuleInfo(rule.id(), rule.description(), rule.description(), rule.defaultSeverity());
    }

    /** The metadata of every rule, in the given order. */
    public static List<RuleInfo> of(List<? extends Rule> rules) {
        return rules.stream().map(RuleInfo::of).toList();
    }

    /** Stands in for a rule id that appears in findings but was not described (e.g. a configuration check). */
    static RuleInfo undescribed(String id, Severity severity) {
        String text = "Findings reported under the id " + id + ".";
        return new RuleInfo(id, text, text, severity);
    }
}
