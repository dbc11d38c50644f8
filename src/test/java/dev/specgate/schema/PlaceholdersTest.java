package dev.specgate.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specgate.model.SpecDocument;
import dev.specgate.model.TextBlock;
import dev.specgate.parse.MarkdownParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One definition of a placeholder, learned from each template's own prompt styles. */
class PlaceholdersTest {

    private static final MarkdownParser PARSER = new MarkdownParser();

    private static Placeholders learn(String template) {
        return Placeholders.learn(PARSER.parse("TEMPLATE.md", template));
    }

    /** Every hit of a spec text, as "line:column text". */
    private static List<String> hits(Placeholders placeholders, String spec) {
        SpecDocument document = PARSER.parse("a.md", spec);
        return document.blocks().stream()
                .flatMap(b -> placeholders.find(b).stream())
                .map(h -> h.location() + " " + h.text())
                .toList();
    }

    @Test
    void squareBracketPromptsCountOnlyWhenTheTemplateWritesThem() {
        Placeholders bracketed = learn("# T\n\n**Author**: [Your Name]\n");
        Placeholders none = learn("# T\n\n## Summary\n\nOne paragraph explanation.\n");
        String spec = "# Spec\n\nOwner: [Team Lead] and [Your Name].\n";
        assertEquals(List.of("3:8 [Team Lead]", "3:24 [Your Name]"), hits(bracketed, spec));
        assertEquals(List.of(), hits(none, spec));
    }

    @Test
    void bracketedTextThatReadsAsCodeOrAReferenceIsNoPrompt() {
        Placeholders p = learn("# T\n\n**Author**: [Your Name]\n\n- [Name]\n");
        String spec = String.join(
                "\n",
                "# Spec",
                "",
                "A slice [T] of [x, y] or [\"a\", \"b\"] or [0, 62] as in [4] and [15.4].",
                "",
                "> [!NOTE]",
                "> A note.",
                "",
                "Priority [P0], see [the docs](https://example.com) and [ref] or [a..b].",
                "",
                "- [ ] a task box",
                "",
                "[ref]: https://example.com",
                "");
        assertEquals(List.of(), hits(p, spec));
    }

    @Test
    void singleWordBracketsAreCapitalisedOrInTheTemplatesOwnStyle() {
        String spec = "# Spec\n\nSee [Owner] and [owner] but not [IRLO] or [url].\n";
        assertEquals(
                List.of("3:5 [Owner]", "3:17 [owner]", "3:33 [IRLO]", "3:43 [url]"),
                hits(learn("# T\n\n- [name]\n"), spec));
        assertEquals(List.of("3:5 [Owner]"), hits(learn("# T\n\n- [Your Name]\n"), spec));
    }

    @Test
    void braceAngleAndDoubleBracePromptsFollowTheTemplate() {
        Placeholders p =
                learn("# {short title}\n\n* {title of option 1}\n\nUse <language, version list> and {{VAR}}.\n");
        String spec = "# Spec\n\nWe chose {argument a}, <runtime, version list>, {{NAME}} and {x} or {Clause}.\n";
        assertEquals(List.of("3:10 {argument a}", "3:24 <runtime, version list>", "3:49 {{NAME}}"), hits(p, spec));
        assertEquals(List.of(), hits(learn("# T\n\n## A\n\nText.\n"), spec));
    }

    @Test
    void placeholdersInCodeLinksAndHtmlAreNotProse() {
        Placeholders p = learn("# T\n\n**Author**: [Your Name] YYYY-MM-DD {{VAR}}\n");
        String spec = String.join(
                "\n",
                "# Spec",
                "",
                "Code `[Your Name]` and ``a {{VAR}}",
                "b`` and [see [Your Name]](#x) <!-- [Your Name] YYYY-MM-DD --> <https://x/{{VAR}}>",
                "",
                "```",
                "[Your Name] YYYY-MM-DD",
                "```",
                "");
        assertEquals(List.of(), hits(p, spec));
    }

    @Test
    void dateTemplatesAlwaysCountAlsoWithATime() {
        Placeholders p = learn("# T\n\n## A\n\nText here.\n");
        assertEquals(
                List.of("3:7 YYYY-MM-DD", "3:24 YYYY-MM-DDT00:00:00.000Z"),
                hits(p, "# S\n\nDate: YYYY-MM-DD, then YYYY-MM-DDT00:00:00.000Z.\n"));
    }

    @Test
    void markerWordsAreConventionalOrTheTemplatesOwn() {
        Placeholders plain = learn("# T\n\n## A\n\nText here.\n");
        Placeholders withPending = learn("# T\n\n**Owner**: TBA\n");
        String spec = "# S\n\n- TBD\n\nThe order is TBA, tbd or TBD-ish.\n";
        assertEquals(List.of("3:3 TBD"), hits(plain, spec));
        assertEquals(List.of("3:3 TBD", "5:14 TBA"), hits(withPending, spec));
        assertEquals(
                List.of(), hits(plain, "## Stabilizing \"TBD\" behavior\n\nThe 'TBD' and \u201CTODO\u201D states.\n"));
    }

    @Test
    void numberedExamplesFollowTheTemplatesOwnNumberedPrompts() {
        Placeholders p = learn("# T\n\n## Stories\n\n#### Story 1\n\n- Task 1\n- Task 2\n");
        String spec = "# S\n\n- Task 3\n- Java 17\n- Story 2\n\n#### Task 1\n";
        assertEquals(List.of("3:3 Task 3", "5:3 Story 2"), hits(p, spec));
    }

    @Test
    void theTemplatesOwnPromptsCountVerbatimWhateverTheirStyle() {
        Placeholders p =
                learn("- Feature Name: (fill me in with a unique ident, `my_feature`)\n\n## Summary\n\nText.\n");
        assertEquals(
                List.of("3:1 (fill me in with a unique ident, `my_feature`)"),
                hits(p, "# S\n\n(fill me in with a unique ident, `my_feature`)\n"));
    }

    @Test
    void promptTextLeftVerbatimButNotKeptText() {
        SpecDocument template = PARSER.parse(
                "TEMPLATE.md",
                String.join(
                        "\n",
                        "# T",
                        "",
                        "## Summary",
                        "",
                        "One paragraph explanation of the feature.",
                        "",
                        "- [Summary](#summary)",
                        "- [Design](#design)",
                        "",
                        "Items marked with (R) are required before release.",
                        "- [ ] (R) Design is reviewed",
                        "  - Will this need downtime?",
                        "",
                        "<!-- spec:keep -->",
                        "The key words MUST and SHOULD are to be read as in RFC 2119.",
                        "",
                        "[ ] I understand the owners may ask for more tests.",
                        ""));
        Placeholders p = Placeholders.learn(template);
        assertEquals(java.util.Set.of("one paragraph explanation of the feature."), p.promptTexts());
        SpecDocument spec = PARSER.parse("a.md", "# S\n\nOne paragraph *explanation* of the\nfeature.\n\nReal text.\n");
        List<TextBlock> blocks = spec.blocks();
        assertTrue(p.isPromptLeft(blocks.get(1)));
        assertFalse(p.isPromptLeft(blocks.get(2)));
    }
}
