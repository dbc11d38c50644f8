package dev.specgate.engine;

import dev.specgate.model.Finding;
import dev.specgate.model.SpecDocument;
import dev.specgate.parse.MarkdownParser;
import dev.specgate.rules.ApprovalDriftRule;
import dev.specgate.rules.ApprovalInputs;
import dev.specgate.rules.FindingCollector;
import dev.specgate.rules.Rule;
import dev.specgate.rules.RuleContext;
import dev.specgate.rules.SpecFacts;
import dev.specgate.schema.SpecSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks one spec of a spec set from its text to its {@link SpecOutcome}: parse, every rule that is not off, the
 * gate, the facts set-wide rules need. The document lives only inside {@link #check}. Immutable and thread-safe.
 */
final class SpecRun {

    private final MarkdownParser parser;
    private final List<Rule> rules;
    private final FindingGate gate;
    private final SpecSchema schema;
    private final Optional<ApprovalInputs> unrecordedApprovals;

    /**
     * @param unrecordedApprovals the set's approval inputs when its lock file is missing and {@code approval-drift}
     *     is on: each outcome then says whether the spec has a sign-off row saying Approved, which the set's user is
     *     told goes unchecked; empty otherwise
     */
    SpecRun(
            MarkdownParser parser,
            List<Rule> rules,
            FindingGate gate,
            SpecSchema schema,
            Optional<ApprovalInputs> unrecordedApprovals) {
        this.parser = parser;
        this.rules = List.copyOf(rules);
        this.gate = gate;
        this.schema = schema;
        this.unrecordedApprovals = unrecordedApprovals;
    }

    /**
     * Checks one spec.
     *
     * @param file the spec as findings name it
     * @param text its decoded text
     * @throws SpecCheckException when the spec is nested too deeply to parse or to check, naming its deepest line
     */
    SpecOutcome check(String file, String text) throws SpecCheckException {
        SpecDocument document = NestingLimit.parse(parser, file, text);
        RuleContext context = new RuleContext(document, schema);
        List<Finding> raw = new ArrayList<>();
        for (Rule rule : rules) {
            if (gate.runs(rule)) {
                FindingCollector out = gate.collector(rule, file);
                try {
                    run(rule, file, () -> rule.check(context, out));
                } catch (StackOverflowError e) {
                    throw NestingLimit.tooDeep(file, text); // the spec's nesting, not a bug in the rule
                }
                raw.addAll(out.findings());
            }
        }
        SpecFacts facts = SpecFacts.of(context);
        boolean approvedRow = unrecordedApprovals
                .map(approvals -> ApprovalDriftRule.hasApprovedRow(context, approvals))
                .orElse(false);
        return gate.spec(document, raw, facts, SpecSummary.of(context, facts.definitions()), approvedRow);
    }

    /**
     * Runs one rule, naming the rule and file if it breaks (a bug in the plugin, not in the spec); a stack overflow
     * goes to the caller, which knows whether a spec's nesting explains it.
     */
    static void run(Rule rule, String file, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Rule " + rule.id() + " failed on " + file + ": " + e, e);
        }
    }
}
