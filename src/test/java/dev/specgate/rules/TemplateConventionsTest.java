package dev.specgate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.model.Finding;
import dev.specgate.model.SpecDocument;
import dev.specgate.parse.MarkdownParser;
import dev.specgate.schema.SpecSchema;
import dev.specgate.schema.TemplateReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The template conventions real templates use, each on a template and a spec of its shape, through every rule: the
 * exact findings (console form) a spec gets.
 */
class TemplateConventionsTest {

    private static final MarkdownParser PARSER = new MarkdownParser();

    private static List<String> check(String template, String spec) {
        SpecSchema schema = new TemplateReader().read(PARSER.parse("TEMPLATE.md", template), "TEMPLATE.md");
        SpecDocument document = PARSER.parse(RuleFixtures.FILE, spec);
        RuleContext context = new RuleContext(document, schema);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : RuleSet.all()) {
            FindingCollector out = new FindingCollector(rule.id(), rule.defaultSeverity(), RuleFixtures.FILE);
            rule.check(context, out);
            findings.addAll(out.findings());
        }
        return findings.stream().sorted(Finding.ORDER).map(Finding::format).toList();
    }

    private static final String ALL_LEVEL_ONE = """
            # Summary

            One paragraph explanation of the feature.

            # Motivation

            Why are we doing this?
            """;

    @Test
    void aTemplateOfLevelOneSectionsAsksForNoTitle() {
        assertEquals(List.of(), check(ALL_LEVEL_ONE, "# Summary\n\nIt adds X.\n\n# Motivation\n\nUsers ask.\n"));
        assertEquals(
                List.of("docs/specs/a.md:3:1: [required-section] Missing section \"Motivation\" (template line 5)"),
                check(ALL_LEVEL_ONE, "# Summary\n\nIt adds X.\n"));
    }

    @Test
    void aTemplateWithoutLevelOneHeadingAsksForNoTitle() {
        String template = "- Start Date: (fill me in with today's date, YYYY-MM-DD)\n\n## Summary\n\nOne paragraph.\n";
        assertEquals(List.of(), check(template, "- Start Date: 2020-01-01\n\n## Summary\n\nIt adds X.\n"));
    }

    @Test
    void aPromptTitleAsksForATitleNotItsText() {
        String template = "# KEP-NNNN: Your short, descriptive title\n\n## Summary\n\nText here.\n";
        assertEquals(List.of(), check(template, "Refunds\n=======\n\n## Summary\n\nIt adds X.\n"));
        assertEquals(
                List.of("docs/specs/a.md:1:1: [required-section] Missing document title: start the spec with a"
                        + " level-1 heading"),
                check(template, "## Summary\n\nIt adds X.\n"));
    }

    @Test
    void aSetextLevelTwoTitlePromptIsTheTitle() {
        String template = "Title\n-----\n\n## Abstract\n\nText here.\n";
        assertEquals(List.of(), check(template, "Faster builds\n-------------\n\n## Abstract\n\nIt adds X.\n"));
    }

    @Test
    void numberedHeadingsMatchTheirTemplateHeading() {
        String template = "# [Feature]\n\n## Overview\n\n### Problem Statement\n\n## Appendix\n";
        String spec = "# Refunds\n\n## 1. Overview\n\n### 1.1 Problem Statement\n\nText.\n\n## A. Appendix\n\nMore.\n";
        assertEquals(List.of(), check(template, spec));
    }

    @Test
    void optionalSectionsInTheStylesRealTemplatesWriteThem() {
        String template = """
                # {short title}

                ## Context

                {Describe the context.}

                <!-- This is an optional element. Feel free to remove. -->
                ## Decision Drivers

                * {decision driver 1}

                ## Rollout [optional]

                ## Migration (if applicable)

                ## Alternatives

                > Optional, but suggested.

                ## Prior Art

                This section is optional.

                ### {title of option 1}

                ## Notes
                <!-- optional -->
                ## Risks

                Text.
                """;
        String spec = "# Use Gradle\n\n## Context\n\nWe build with Ant.\n\n## Risks\n\nNone.\n";
        assertEquals(List.of(), check(template, spec));
    }

    @Test
    void keptTemplateTextIsNoPromptButInstructionsAre() {
        String template = """
                # [Feature]

                ## Contents

                - [Summary](#summary)

                ## Checklist

                Items marked (R) are required.
                - [ ] (R) Design reviewed
                  - Will this need downtime?

                ## Summary

                <!-- spec:keep -->
                The key words MUST and SHOULD are to be read as in RFC 2119.

                One paragraph explanation of the feature.
                """;
        String spec = """
                # Refunds

                ## Contents

                - [Summary](#summary)

                ## Checklist

                Items marked (R) are required.
                - [x] (R) Design reviewed
                  - Will this need downtime?

                ## Summary

                The key words MUST and SHOULD are to be read as in RFC 2119.

                One paragraph explanation of the feature.
                """;
        assertEquals(
                List.of("docs/specs/a.md:17:1: [placeholder] Template text left unchanged: \"One paragraph explanation"
                        + " of the feature.\""),
                check(template, spec));
    }

    @Test
    void frontMatterFieldsTheTemplateCallsOptionalMayBeMissingOrEmpty() {
        String template = """
                ---
                title: {title}
                # These are optional metadata elements. Feel free to remove any of them.
                status: "{proposed | rejected | accepted | …}"
                date: {YYYY-MM-DD when the decision was last updated}
                consulted: {list everyone whose opinions are sought}
                ---

                ## Context

                {Describe the context.}
                """;
        String spec = """
                ---
                title: Use Gradle
                status: superseded by ADR-0007
                date: 2024-05-01T10:00:00Z
                consulted:
                  - build team
                ---

                ## Context

                We build with Ant.
                """;
        assertEquals(List.of(), check(template, spec));
        assertEquals(
                List.of("docs/specs/a.md:2:1: [metadata] Missing metadata field \"title\" (template line 2)"),
                check(template, "---\nstatus: accepted\n---\n\n## Context\n\nWe build with Ant.\n"));
    }

    @Test
    void anAbbreviatedOptionAcceptsTheWordItAbbreviates() {
        String template = "# [Feature]\n\n## Risks\n\n| Risk | Impact |\n|---|---|\n| [Risk] | High/Med/Low |\n";
        String spec = "# Refunds\n\n## Risks\n\n| Risk | Impact |\n|---|---|\n| Fraud | Medium |\n| Loss | Huge |\n";
        assertEquals(
                List.of("docs/specs/a.md:8:10: [table-columns] Column \"Impact\" has \"Huge\", expected one of: High,"
                        + " Med, Low (template line 5)"),
                check(template, spec));
    }

    @Test
    void aMissingSectionSwallowedByAnUnclosedFenceIsPointedAt() {
        String template = "# [Feature]\n\n## Design\n\nText here.\n\n## Rollout\n\nText here.\n";
        String spec = "# Refunds\n\n## Design\n\n```\ncode\n\n## Rollout\n\nSteps.\n";
        assertEquals(
                List.of("docs/specs/a.md:8:1: [required-section] Missing section \"Rollout\": the heading on this line"
                        + " is inside a code block (template line 7)"),
                check(template, spec));
    }

    @Test
    void aTemplateQuestionKeptAsTheLeadInOfItsAnswerIsAnswered() {
        String template = "## Drawbacks\n\nWhy should we *not* do this?\n\n## Rollout\n\nHow does it reach users?\n";
        String spec = "## Drawbacks\n\nWhy should we not do this?\n\nIt costs a week.\n\n## Rollout\n\n"
                + "How does it reach users?\n";
        assertEquals(
                List.of(
                        "docs/specs/a.md:9:1: [placeholder] Template text left unchanged: \"How does it reach users?\""),
                check(template, spec));
    }

    @Test
    void anHtmlCommentInASpecHeadingIsNotPartOfItsTitle() {
        String template = "# [Feature]\n\n## Summary\n\nOne paragraph.\n";
        assertEquals(List.of(), check(template, "# Refunds\n\n## Summary <!-- omit in toc -->\n\nIt adds X.\n"));
    }

    private static final String NULL_FIELDS = """
            ---
            stage: accepted
            start-date: # the day the proposal was opened, as YYYY-MM-DD
            shipped-in:
            ---

            # Proposal title

            ## Summary

            > One paragraph explanation of the feature.
            """;

    @Test
    void aFrontMatterFieldTheTemplateLeavesWithoutValueMayStayEmptyOrBeLeftOut() {
        String filled = "---\nstage: accepted\nstart-date: 2021-04-01\nshipped-in: # FIXME later\n---\n\n"
                + "# Refunds\n\n## Summary\n\nIt adds X.\n";
        assertEquals(List.of(), check(NULL_FIELDS, filled));
        assertEquals(
                List.of(), check(NULL_FIELDS, "---\nstage: accepted\n---\n\n# Refunds\n\n## Summary\n\nIt adds X.\n"));
        assertEquals(
                List.of("docs/specs/a.md:3:13: [metadata] Metadata field \"start-date\" has \"2021-02-30\", not a real"
                        + " date in YYYY-MM-DD form (template line 3)"),
                check(NULL_FIELDS, filled.replace("2021-04-01", "2021-02-30")));
        assertEquals(
                List.of("docs/specs/a.md:2:1: [metadata] Missing metadata field \"stage\" (template line 2)"),
                check(NULL_FIELDS, "---\nstart-date: 2021-04-01\n---\n\n# Refunds\n\n## Summary\n\nIt adds X.\n"));
    }

    @Test
    void aSectionWhoseGuidanceSaysItMayBeOmittedIsOptional() {
        String template = "# [Feature]\n\n## Summary\n\nOne paragraph.\n\n## Example\n\n"
                + "Show a small example of the new API.\nOmit this section if it does not apply.\n\n## Risks\n\n"
                + "What could go wrong?\n";
        assertEquals(List.of(), check(template, "# Refunds\n\n## Summary\n\nIt adds X.\n\n## Risks\n\nNone.\n"));
        assertEquals(
                List.of("docs/specs/a.md:9:1: [required-section] Missing section \"Risks\" (template line 12)"),
                check(template, "# Refunds\n\n## Summary\n\nIt adds X.\n\n## Example\n\nrefund(order)\n"));
    }

    private static final String QUOTED_PROMPTS = """
            # [Feature]

            ## Summary

            > One paragraph explanation of the feature.

            ## Motivation

            Explain why we are doing this and what it enables.
            """;

    @Test
    void promptTextCountsOnlyInTheQuotingTheTemplateGaveIt() {
        assertEquals(
                List.of("docs/specs/a.md:5:3: [placeholder] Template text left unchanged: \"One paragraph explanation"
                        + " of the feature.\""),
                check(
                        QUOTED_PROMPTS,
                        "# Refunds\n\n## Summary\n\n> One paragraph explanation of the feature.\n\n"
                                + "## Motivation\n\nUsers ask.\n"));
        // a spec that quotes the template's plain guidance is discussing it
        assertEquals(
                List.of(),
                check(
                        QUOTED_PROMPTS,
                        "# Refunds\n\n## Summary\n\nIt adds X.\n\n## Motivation\n\nThe old text said:\n\n"
                                + "> Explain why we are doing this and what it enables.\n\nWe keep that.\n"));
    }

    @Test
    void aMarkerQuotedAcrossLinesOrDefinedAsAnAcronymIsMentionedNotLeft() {
        String template = "# [Feature]\n\n## Summary\n\nOne paragraph.\n";
        assertEquals(
                List.of(),
                check(
                        template,
                        "# Refunds\n\n## Summary\n\nSome behaviour is \"To Be Determined\" (TBD). We call it \"TBD\n"
                                + "behaviour\" from here on.\n"));
        assertEquals(
                List.of("docs/specs/a.md:5:21: [placeholder] Placeholder \"TBD\" left in"),
                check(template, "# Refunds\n\n## Summary\n\nThe retry limit is (TBD) for now.\n"));
    }

    @Test
    void aLineWhoseTemplateValueSaysLeaveItMayBeKept() {
        String template =
                "- Start Date: (fill me in with today's date, YYYY-MM-DD)\n- Tracking Issue: (leave this empty)\n\n"
                        + "## Summary\n\nOne paragraph.\n";
        assertEquals(
                List.of(),
                check(
                        template,
                        "- Start Date: 2020-01-01\n- Tracking Issue: (leave this empty)\n\n## Summary\n\nIt adds X.\n"));
        assertEquals(
                List.of("docs/specs/a.md:5:1: [placeholder] Placeholder \"(leave this empty)\" left in"),
                check(template, "- Start Date: 2020-01-01\n\n## Summary\n\n(leave this empty)\n"));
    }

    private static final String SETEXT_TITLE_FIELDS = """
            Title
            ----
            * Author(s): [Author Name, Co-Author Name ...]
            * Reviewer: jdoe
            * Discussion at: <mailing list thread> (filled in once the thread exists)
            * Last updated: [YYYY-MM-DD]

            ## Abstract

            [A short summary of the proposal.]
            """;

    @Test
    void aOneLineSetextTitleWithAColonIsATitleAndFixedFieldValuesMayBeKept() {
        String spec = """
                B7: Faster retries
                ----
                * Author(s): Ann Lee
                * Reviewer: jdoe
                * Discussion at: https://lists.example.org/t/42 (filled in once the thread exists)
                * Last updated: 2024-01-02

                ## Abstract

                Retries back off. Mails carry the subject prefix "[retry-announce] " from now on.

                ### [Outdated] First draft

                It retried at once.
                """;
        assertEquals(
                List.of("docs/specs/a.md:5:49: [placeholder] Placeholder \"(filled in once the thread exists)\" left"
                        + " in"),
                check(SETEXT_TITLE_FIELDS, spec));
    }

    @Test
    void promptsTheTemplateWritesAsATagOrWithAnEllipsisAreCaught() {
        String spec = "B7: Faster retries\n----\n* Author(s): Ann Lee\n* Reviewer: jdoe\n* Last updated: 2024-01-02\n\n"
                + "## Abstract\n\n<mailing list thread>\n\n[Author Name, Co-Author Name ...]\n";
        assertEquals(
                List.of(
                        "docs/specs/a.md:9:1: [placeholder] Placeholder \"<mailing list thread>\" left in",
                        "docs/specs/a.md:11:1: [placeholder] Placeholder \"[Author Name, Co-Author Name ...]\" left in"),
                check(SETEXT_TITLE_FIELDS, spec));
    }

    @Test
    void aFrontMatterValuePromptThatSaysOptionalMakesTheFieldOptionalAlsoOverSeveralLines() {
        String template = "---\ntitle: (the proposal's title)\nsupersedes: (optional - name the proposal this one\n"
                + "  replaces)\n---\n\n## Summary\n\nOne paragraph.\n";
        assertEquals(List.of(), check(template, "---\ntitle: Faster retries\n---\n\n## Summary\n\nIt adds X.\n"));
        assertEquals(
                List.of("docs/specs/a.md:2:1: [metadata] Missing metadata field \"title\" (template line 2)"),
                check(template, "---\nsupersedes: P-12\n---\n\n## Summary\n\nIt adds X.\n"));
    }

    /** Guidance in comments; the only visible prose is text every spec keeps. */
    private static final String COMMENT_GUIDED = """
            ---
            title: <a few words>
            status: <Draft | Review | Final>
            ---

            **Note:** proposals are numbered by an editor once they are merged, so leave the number out.

            ## Abstract

            <!--
              A short technical summary.
            -->

            ## Motivation

            <!--
              This section is optional.

              Why the change is needed.
            -->

            ## Security

            <!--
              What could go wrong.
            -->

            No known issues.

            ## Licence

            All rights waived under the project licence.
            """;

    @Test
    void aCommentRightUnderAHeadingThatSaysThisSectionIsOptionalMarksThatSection() {
        String spec = "---\ntitle: Faster retries\nstatus: Final\n---\n\n## Abstract\n\nIt adds X.\n\n## Security\n\n"
                + "Replays are refused.\n\n## Licence\n\nAll rights waived under the project licence.\n";
        assertEquals(List.of(), check(COMMENT_GUIDED, spec));
        assertEquals(
                List.of("docs/specs/a.md:10:1: [required-section] Missing section \"Security\" (template line 22)"),
                check(COMMENT_GUIDED, spec.replace("## Security\n\nReplays are refused.\n\n", "")));
    }

    @Test
    void theVisibleProseOfATemplateThatWritesItsGuidanceInCommentsIsKeptText() {
        String spec = "---\ntitle: Faster retries\nstatus: Final\n---\n\n## Abstract\n\nIt adds X.\n\n## Security\n\n"
                + "No known issues.\n\n## Licence\n\nAll rights waived under the project licence.\n";
        assertEquals(List.of(), check(COMMENT_GUIDED, spec));
        // a template whose guidance is plain prose still reports its prose left in
        String plain = "## Abstract\n\nSummarize the change.\n\n## Security\n\nDescribe what could go wrong.\n";
        assertEquals(
                List.of("docs/specs/a.md:7:1: [placeholder] Template text left unchanged: \"Describe what could go"
                        + " wrong.\""),
                check(plain, "## Abstract\n\nIt adds X.\n\n## Security\n\nDescribe what could go wrong.\n"));
    }

    @Test
    void withFrontMatterABoldLabelInTheBodyIsProseAndAnAngleBracketedListIsAnEnumeration() {
        String spec = "---\ntitle: Faster retries\nstatus: Done\n---\n\n## Abstract\n\nIt adds X.\n\n## Security\n\n"
                + "Replays are refused.\n\n## Licence\n\nAll rights waived under the project licence.\n";
        assertEquals(
                List.of(
                        "docs/specs/a.md:3:9: [metadata] Metadata field \"status\" has \"Done\", expected one of: Draft,"
                                + " Review, Final (template line 3)"),
                check(COMMENT_GUIDED, spec));
    }

    @Test
    void aBracketedParagraphOfGuidanceIsAPromptAlsoWithQuotesAndParentheses() {
        String template = "## Summary\n\n[Describe the change (~100 words). A good place to \"dump ideas\".]\n";
        assertEquals(
                List.of("docs/specs/a.md:3:1: [placeholder] Placeholder \"[Describe the change (~100 words). A good"
                        + " place to \"dump ideas\".]\" left in"),
                check(template, "## Summary\n\n[Describe the change (~100 words). A good place to \"dump ideas\".]\n"));
        assertEquals(
                List.of(),
                check(template, "## Summary\n\nRetries back off (about 100 ms) and log a \"retry\" line.\n"));
    }

    @Test
    void aFieldUnderAPluralKeyMayBeEmptyWhenThereIsNothingToListUnlessTheTemplateRequiresIt() {
        String template = "---\nauthor: (the main author)\nco-authors: (a buddy to help out)\n"
                + "other-reviewers: (required: two names)\n---\n\n## Summary\n\nOne paragraph.\n";
        String spec = "---\nauthor: Ann Lee\nco-authors:\nother-reviewers: Bo, Cy\n---\n\n## Summary\n\nIt adds X.\n";
        assertEquals(List.of(), check(template, spec));
        assertEquals(
                List.of(
                        "docs/specs/a.md:2:1: [metadata] Metadata field \"author\" is empty (template line 2)",
                        "docs/specs/a.md:4:1: [metadata] Metadata field \"other-reviewers\" is empty (template line 4)"),
                check(template, spec.replace("Ann Lee", "").replace("Bo, Cy", "")));
    }

    @Test
    void aDatePromptInAnotherOrderGivesTheFormDatesAreCheckedIn() {
        String template = "---\ncreated: <mm/dd/yyyy>\n---\n\n## Summary\n\nOne paragraph.\n";
        assertEquals(List.of(), check(template, "---\ncreated: 5/3/2023\n---\n\n## Summary\n\nIt adds X.\n"));
        assertEquals(List.of(), check(template, "---\ncreated: 2023-05-03\n---\n\n## Summary\n\nIt adds X.\n"));
        assertEquals(
                List.of("docs/specs/a.md:2:10: [metadata] Metadata field \"created\" has \"13/30/2023\", not a real"
                        + " date in MM/DD/YYYY form (template line 2)"),
                check(template, "---\ncreated: 13/30/2023\n---\n\n## Summary\n\nIt adds X.\n"));
    }
}
