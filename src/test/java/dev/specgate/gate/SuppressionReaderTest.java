package dev.specgate.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import dev.specgate.model.SourceLocation;
import dev.specgate.model.SpecDocument;
import dev.specgate.parse.MarkdownParser;
import dev.specgate.rules.FindingCollector;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuppressionReaderTest {

    private final SuppressionReader reader = new SuppressionReader(Set.of("placeholder", "empty-section"));
    private final FindingCollector problems = new FindingCollector(SuppressionReader.RULE_ID, Severity.ERROR, "a.md");

    private List<Suppression> read(String text) {
        SpecDocument doc = new MarkdownParser().parse("a.md", text);
        return reader.read(doc, problems);
    }

    private static Finding at(String rule, int line) {
        return new Finding(rule, Severity.ERROR, "a.md", SourceLocation.of(line, 1), "m", OptionalInt.empty());
    }

    @Test
    void nextLineCoversOnlyTheNextNonBlankLine() {
        List<Suppression> s = read("""
                # T
                <!-- spec:disable-next-line placeholder -- owner named in kickoff -->

                Owner: [Name]
                Other: [Name]
                """);
        assertEquals(List.of(new Suppression(Set.of("placeholder"), 4, 4, "owner named in kickoff")), s);
        assertTrue(s.get(0).covers(at("placeholder", 4)));
        assertFalse(s.get(0).covers(at("placeholder", 5)));
        assertFalse(s.get(0).covers(at("empty-section", 4)));
    }

    @Test
    void aSuppressionQuotedInCodeIsNoSuppression() {
        List<Suppression> s = read("""
                # T
                Write `<!-- spec:disable-line placeholder -->` at the end of a line: [Name]

                ```
                <!-- spec:disable-file placeholder -->
                ```
                """);
        assertEquals(List.of(), s);
        assertEquals(List.of(), problems.findings());
    }

    @Test
    void aCommentWithAReasonAfterTextIsAComment() {
        List<Suppression> s = read("# T\nOwner: [Name] <!-- spec:disable-line placeholder -- named at kickoff -->\n");
        assertEquals(List.of(new Suppression(Set.of("placeholder"), 2, 2, "named at kickoff")), s);
    }

    @Test
    void sameLineCommentCoversItsLine() {
        List<Suppression> s = read("# T\nOwner: [Name] <!-- spec:disable-line placeholder -->\n");
        assertEquals(List.of(new Suppression(Set.of("placeholder"), 2, 2, "")), s);
    }

    @Test
    void sectionCoversTheSectionAndItsSubsections() {
        List<Suppression> s = read("""
                # T
                ## A
                <!-- spec:disable-section placeholder, empty-section -- legacy -->
                ### A1
                x
                ## B
                """);
        assertEquals(List.of(new Suppression(Set.of("placeholder", "empty-section"), 2, 5, "legacy")), s);
    }

    @Test
    void fileCoversEverything() {
        List<Suppression> s = read("<!-- spec:disable-file placeholder -->\n# T\n## A\n");
        assertEquals(List.of(new Suppression(Set.of("placeholder"), 1, 3, "")), s);
    }

    @Test
    void unknownRuleIsReportedWhereItIsWritten() {
        List<Suppression> s = read("# T\n<!-- spec:disable-file placeholdr -->\n");
        assertTrue(s.isEmpty());
        assertEquals(
                List.of("a.md:2:24: [suppression] Unknown rule \"placeholdr\" in suppression; known rules: "
                        + "empty-section, placeholder"),
                problems.findings().stream().map(Finding::format).toList());
    }

    @Test
    void aCommentNamingNoRuleIsReportedAndSuppressesNothing() {
        List<Suppression> s = read("# T\nOwner: [Name] <!-- spec:disable-line -->\n");
        assertEquals(List.of(), s);
        assertEquals(
                List.of("a.md:2:37: [suppression] Suppression names no rule: write e.g. <!-- spec:disable-next-line"
                        + " placeholder -- reason -->"),
                problems.findings().stream().map(Finding::format).toList());
    }

    @Test
    void aCommentWithOnlyAReasonNamesNoRule() {
        List<Suppression> s = read("# T\n<!-- spec:disable-file -- legacy spec -->\n");
        assertEquals(List.of(), s);
        assertEquals(
                List.of("a.md:2:23: [suppression] Suppression names no rule: write e.g. <!-- spec:disable-next-line"
                        + " placeholder -- reason -->"),
                problems.findings().stream().map(Finding::format).toList());
    }

    @Test
    void commentsInsideCodeAreNotSuppressions() {
        List<Suppression> s = read("# T\n```\n<!-- spec:disable-file placeholder -->\n```\n");
        assertTrue(s.isEmpty());
        assertTrue(problems.findings().isEmpty());
    }
}
