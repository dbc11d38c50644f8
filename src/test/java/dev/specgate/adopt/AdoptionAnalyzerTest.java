package dev.specgate.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.model.SpecDocument;
import dev.specgate.parse.MarkdownParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdoptionAnalyzerTest {

    private final AdoptionAnalyzer analyzer = new AdoptionAnalyzer();

    @Test
    void proposesAliasesByWordsAndByPositionOptionalSectionsKeptTextAndMetadata() throws Exception {
        AdoptionProposal proposal = analyzer.analyze(
                RenamedTemplateFixture.schema(), RenamedTemplateFixture.template(), RenamedTemplateFixture.specs());

        assertEquals(
                new AdoptionProposal(
                        8,
                        List.of(
                                // Summary and Launch share no word with the section: found where the template puts it.
                                new AdoptionProposal.Alias("Overview", "Summary", 3, 3),
                                new AdoptionProposal.Alias("Risks and Mitigations", "Risks", 3, 0),
                                new AdoptionProposal.Alias("Rollout Plan", "Launch", 3, 3),
                                new AdoptionProposal.Alias("Technical Design", "Detailed Design", 3, 0)),
                        List.of(new AdoptionProposal.OptionalSection("Observability", 2)),
                        List.of(new AdoptionProposal.KeptText("Consider security, privacy and cost.", 20, 6)),
                        List.of(
                                new AdoptionProposal.MetadataField("Owner", 8, true),
                                new AdoptionProposal.MetadataField("Status", 8, true),
                                new AdoptionProposal.MetadataField("Team", 3, false))),
                proposal);
    }

    @Test
    void aHeadingTooFewSpecsUseIsNotProposed() throws Exception {
        List<SpecDocument> specs = new ArrayList<>(RenamedTemplateFixture.specs());
        specs.add(new MarkdownParser().parse("docs/specs/2023-webhooks.md", """
                        # Webhooks

                        **Owner**: Sam Ortiz
                        **Status**: Approved

                        ## Overview

                        Merchants get events pushed instead of polling.

                        ## Technical Design

                        A dispatcher signs each event and retries with backoff.

                        ### Data Model

                        An endpoint row holds the URL, the secret and the event types.

                        ## Risks and Mitigations

                        A slow endpoint must not hold up others; each endpoint has its own queue.

                        ## Go-live

                        Beta merchants first.
                        """));

        AdoptionProposal proposal =
                analyzer.analyze(RenamedTemplateFixture.schema(), RenamedTemplateFixture.template(), specs);

        assertEquals(
                List.of(
                        "Overview = Summary",
                        "Risks and Mitigations = Risks",
                        "Rollout Plan = Launch",
                        "Technical Design = Detailed Design"),
                proposal.aliases().stream()
                        .map(a -> a.sectionPath() + " = " + a.heading())
                        .toList());
    }

    @Test
    void aHeadingWhereTwoSectionsAreMissingGoesToTheOneInTheSameOrder() throws Exception {
        // In the 2019-2020 specs "Launch" is the only heading after Risks, where the template puts both Rollout Plan
        // and Observability, and shares no word with either: the order pairs it with the first of them.
        AdoptionProposal proposal = analyzer.analyze(
                RenamedTemplateFixture.schema(), RenamedTemplateFixture.template(), RenamedTemplateFixture.specs());

        assertEquals(
                List.of("Rollout Plan"),
                proposal.aliases().stream()
                        .filter(a -> a.heading().equals("Launch"))
                        .map(AdoptionProposal.Alias::sectionPath)
                        .toList());
    }
}
