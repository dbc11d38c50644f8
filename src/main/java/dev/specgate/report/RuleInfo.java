package dev.specgate.report;

import dev.specgate.gate.SuppressionReader;
import dev.specgate.model.Severity;
import dev.specgate.rules.Rule;
import dev.specgate.rules.RuleSet;
import dev.specgate.trace.TraceRule;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** The rule's section of the rules page (SARIF {@code helpUri}). */
    public String helpUri() {
        return Documentation.rule(id);
    }

    /** The metadata of a rule; its description doubles as help text. */
    public static RuleInfo of(Rule rule) {
        return new RuleInfo(rule.id(), rule.description(), rule.description(), rule.defaultSeverity());
    }

    /** The metadata of every rule, in the given order. */
    public static List<RuleInfo> of(List<? extends Rule> rules) {
        return rules.stream().map(RuleInfo::of).toList();
    }

    /** The metadata of the {@code suppression} check: problems in {@code spec:disable} comments. */
    public static RuleInfo suppression() {
        return new RuleInfo(
                SuppressionReader.RULE_ID,
                "Suppression comments (<!-- spec:disable-line|disable-next-line|disable-section|disable-file RULE"
                        + " -- reason -->) name rules the plugin knows.",
                "A spec:disable comment names an unknown rule id, which silences nothing (the comment's known ids still"
                        + " apply), or names no rule at all: correct the id (the message lists the known ones) or remove"
                        + " the comment.",
                Severity.ERROR);
    }

    /** Every rule the plugin reports under, in a stable order: the rules of {@link RuleSet}, then suppression. */
    public static List<RuleInfo> known() {
        List<RuleInfo> all = new ArrayList<>(of(RuleSet.all()));
        all.add(suppression());
        return List.copyOf(all);
    }

    /** The metadata of the {@code spec:trace} rules, in a stable order. */
    public static List<RuleInfo> trace() {
        return Arrays.stream(TraceRule.values())
                .map(r -> new RuleInfo(r.id(), r.description(), r.helpText(), r.defaultSeverity()))
                .toList();
    }

    /** Stands in for a rule id that appears in findings but was not described (e.g. a configuration check). */
    static RuleInfo undescribed(String id, Severity severity) {
        String text = "Findings reported under the id " + id + ".";
        return new RuleInfo(id, text, text, severity);
    }
}
