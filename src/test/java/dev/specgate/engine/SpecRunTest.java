package dev.specgate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.specgate.gate.SeverityPolicy;
import dev.specgate.parse.MarkdownParser;
import dev.specgate.rules.FindingCollector;
import dev.specgate.rules.Rule;
import dev.specgate.rules.RuleContext;
import dev.specgate.schema.SpecSchema;
import dev.specgate.schema.TemplateReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One spec through the rules: a rule that runs out of stack on a deep spec names the spec's deepest line. */
class SpecRunTest {

    private static final MarkdownParser PARSER = new MarkdownParser();

    @Test
    void aRuleRunningOutOfStackOnASpecNamesTheSpecsDeepestLine() {
        Rule deep = new Rule() {
            @Override
            public String id() {
                return "deep";
            }

            @Override
            public String description() {
                return "Walks the document recursively.";
            }

            @Override
            public void check(RuleContext context, FindingCollector out) {
                throw new StackOverflowError();
            }
        };
        SpecSchema schema = new TemplateReader().read(PARSER.parse("TEMPLATE.md", "## Summary\n\nText.\n"), "T.md");
        SpecRun run = new SpecRun(
                PARSER,
                List.of(deep),
                new FindingGate(SeverityPolicy.DEFAULT, Set.of("deep")),
                schema,
                Optional.empty());

        SpecCheckException e = assertThrows(
                SpecCheckException.class, () -> run.check("docs/specs/a.md", "## Summary\n\n> > > Deep.\n"));

        assertEquals(
                "docs/specs/a.md:3: nested too deeply to parse (about 3 levels of block quotes or lists here; the"
                        + " plugin parses up to 5,000); flatten the structure",
                e.getMessage());
    }
}
