package dev.specgate.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specgate.model.LineKind;
import dev.specgate.model.ListItem;
import dev.specgate.model.MetadataEntry;
import dev.specgate.model.Section;
import dev.specgate.model.SourceLocation;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.Table;
import dev.specgate.model.TableCell;
import dev.specgate.model.TableRow;
import dev.specgate.model.TaskState;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {

    private final MarkdownParser parser = new MarkdownParser();

    private SpecDocument parse(String text) {
        return parser.parse("docs/specs/a.md", text);
    }

    private static List<String> paths(SpecDocument doc) {
        return doc.allSections().stream()
                .map(s -> s.level() + " " + s.displayPath() + " @" + s.location() + " body<=" + s.bodyEndLine()
                        + " end=" + s.endLine())
                .toList();
    }

    @Test
    void nestsAtxHeadingsUnderTheTitleWithExactLocations() {
        SpecDocument doc = parse("""
                # Refunds
                intro
                ## Overview
                text
                ### Scope ###
                more

                ## Deployment
                ### Rollback Plan:
                steps
                """);
        assertEquals("Refunds", doc.title().orElseThrow().title());
        assertEquals(SourceLocation.of(1, 3), doc.title().orElseThrow().location());
        assertEquals(
                List.of(
                        "2 Overview @3:4 body<=4 end=7",
                        "3 Overview > Scope @5:5 body<=7 end=7",
                        "2 Deployment @8:4 body<=8 end=10",
                        "3 Deployment > Rollback Plan: @9:5 body<=10 end=10"),
                paths(doc));
    }

    @Test
    void readsSetextHeadings() {
        SpecDocument doc = parse("""
                Refunds
                =======

                Overview
                --------
                text
                """);
        assertEquals("Refunds", doc.title().orElseThrow().title());
        assertEquals(List.of("2 Overview @4:1 body<=6 end=6"), paths(doc));
        assertEquals(LineKind.HEADING, doc.line(5).kind());
        assertEquals(
                List.of("text"),
                doc.bodyLines(doc.sections().get(0)).stream().map(l -> l.text()).toList());
    }

    @Test
    void withoutATitleTheFirstHeadingsAreTopLevelSections() {
        SpecDocument doc = parse("## A\n### B\n## C\n");
        assertTrue(doc.title().isEmpty());
        assertEquals(
                List.of("2 A @1:4 body<=1 end=2", "3 A > B @2:5 body<=2 end=2", "2 C @3:4 body<=3 end=3"), paths(doc));
    }

    @Test
    void linesInFencedAndIndentedCodeAreNeverHeadingsTablesOrItems() {
        SpecDocument doc = parse("""
                # T
                ```
                ## Not a heading
                | a | b |
                |---|---|
                - [ ] not a task
                ```

                    ## indented code

                ## Real
                """);
        assertEquals(List.of("2 Real @11:4 body<=11 end=11"), paths(doc));
        for (int line = 2; line <= 7; line++) {
            assertEquals(LineKind.CODE, doc.line(line).kind(), "line " + line);
        }
        assertEquals(LineKind.CODE, doc.line(9).kind());
        assertTrue(doc.tables().isEmpty());
        assertTrue(doc.listItems().isEmpty());
    }

    @Test
    void handlesBomAndCrlf() {
        SpecDocument doc = parse("\uFEFF# Title\r\n\r\n## Overview\r\nText\r\n");
        assertEquals("Title", doc.title().orElseThrow().title());
        assertEquals(SourceLocation.of(1, 3), doc.title().orElseThrow().location());
        assertEquals(List.of("2 Overview @3:4 body<=4 end=4"), paths(doc));
        assertEquals("Text", doc.line(4).text());
        assertEquals(4, doc.lineCount());
    }

    @Test
    void readsBoldMetadataBlockAfterTheTitle() {
        SpecDocument doc = parse("""
                # Refunds

                **Author**: Ana Ruiz
                **Status:** Approved
                **Date**:
                Some prose: not metadata

                ## Overview
                **Owner**: not metadata, a later block
                """);
        assertEquals(
                List.of(
                        new MetadataEntry("Author", "Ana Ruiz", SourceLocation.of(3, 3), SourceLocation.of(3, 13)),
                        new MetadataEntry("Status", "Approved", SourceLocation.of(4, 3), SourceLocation.of(4, 13)),
                        new MetadataEntry("Date", "", SourceLocation.of(5, 3), SourceLocation.of(5, 9))),
                doc.metadata().entries());
        assertEquals(LineKind.METADATA, doc.line(3).kind());
        assertEquals(LineKind.TEXT, doc.line(6).kind());
        assertTrue(doc.metadata().get("owner").isEmpty());
    }

    @Test
    void readsBulletMetadataAsTheFirstBlockOfTheFirstSection() {
        SpecDocument doc = parse("""
                # Spec

                ## Overview
                - **Feature**: Refund API
                - **Last Updated**: 2026-01-31

                ## Background
                - **Context**: not metadata
                """);
        assertEquals("Refund API", doc.metadata().get("feature").orElseThrow().value());
        MetadataEntry updated = doc.metadata().get("LAST_UPDATED").orElseThrow();
        assertEquals(SourceLocation.of(5, 21), updated.valueLocation());
        assertEquals(2, doc.metadata().entries().size());
        assertEquals(
                List.of(
                        new MetadataEntry("Feature", "Refund API", SourceLocation.of(4, 5), SourceLocation.of(4, 16)),
                        new MetadataEntry(
                                "Last Updated", "2026-01-31", SourceLocation.of(5, 5), SourceLocation.of(5, 21))),
                doc.metadata().entries());
    }

    @Test
    void aRequirementListFirstInTheFirstSectionIsNotMetadata() {
        SpecDocument doc = parse("""
                # Spec
                ## Requirements
                - **REQ-001**: Refund within 5 days
                - **REQ-002**: Notify the customer
                """);
        assertTrue(doc.metadata().entries().isEmpty());
        assertEquals(LineKind.LIST_ITEM, doc.line(3).kind());
    }

    @Test
    void readsFrontMatter() {
        SpecDocument doc = parse("""
                ---
                author: Ana
                status: "draft"
                tags:
                  - x
                ---
                # Title
                """);
        assertEquals(
                List.of("author", "status", "tags"),
                doc.metadata().entries().stream().map(MetadataEntry::key).toList());
        assertEquals("draft", doc.metadata().get("status").orElseThrow().value());
        assertEquals(LineKind.FRONT_MATTER, doc.line(2).kind());
        assertEquals("Title", doc.title().orElseThrow().title());
    }

    @Test
    void readsKeyValueLinesBetweenRulesInAMetadataSectionInsteadOfASetextHeading() {
        SpecDocument doc = parse("""
                # Spec
                Intro sentence.

                ## Metadata
                ---
                version: 1.0
                author: Ana
                created: 2026-03-01
                ---

                ## Overview
                Text
                """);
        assertEquals(List.of("2 Metadata @4:4 body<=10 end=10", "2 Overview @11:4 body<=12 end=12"), paths(doc));
        assertEquals(
                List.of("version", "author", "created"),
                doc.metadata().entries().stream().map(MetadataEntry::key).toList());
        assertEquals(
                SourceLocation.of(8, 10),
                doc.metadata().get("created").orElseThrow().valueLocation());
        for (int line = 5; line <= 9; line++) {
            assertEquals(LineKind.METADATA, doc.line(line).kind(), "line " + line);
        }
    }

    @Test
    void aSetextHeadingOutsideAMetadataSectionStaysAHeading() {
        SpecDocument doc = parse("# T\n\n## Overview\n\nNote: this\n---\n");
        assertEquals(List.of("2 Overview @3:4 body<=4 end=4", "2 Note: this @5:1 body<=6 end=6"), paths(doc));
        assertEquals("Note: this", doc.allSections().get(1).title());
        assertTrue(doc.metadata().entries().isEmpty());
    }

    @Test
    void readsTablesAsGitHubDoesAnEmptyCellBetweenTwoPipesAndOneDashSeparators() {
        SpecDocument doc = parse("""
                | Role | Name | Status |
                |-|-|:-:|
                |Ops||Pending|
                """);
        assertEquals(1, doc.tables().size());
        assertEquals(
                List.of("Ops", "", "Pending"),
                doc.tables().get(0).rows().get(0).cells().stream()
                        .map(TableCell::text)
                        .toList());
    }

    @Test
    void aBracketedLineUnderATableIsTextNotTheTablesCaption() {
        SpecDocument doc = parse("""
                | Role | Name |
                |---|---|
                | Ops | Ana |
                [Describe who signs]
                """);
        assertEquals(1, doc.tables().get(0).rows().size());
        assertTrue(doc.blocks().stream().anyMatch(b -> b.visibleText().equals("[Describe who signs]")));
    }

    @Test
    void readsTablesWithCellLocations() {
        SpecDocument doc = parse("""
                # T
                ## Sign-offs
                | Role | Name | Status |
                |------|------|--------|
                | Security | | Pending |
                """);
        assertEquals(1, doc.tables().size());
        Table table = doc.tables().get(0);
        assertEquals(
                List.of(new Table(
                        SourceLocation.of(3, 1),
                        new TableRow(
                                SourceLocation.of(3, 1),
                                List.of(
                                        new TableCell("Role", SourceLocation.of(3, 3)),
                                        new TableCell("Name", SourceLocation.of(3, 10)),
                                        new TableCell("Status", SourceLocation.of(3, 17)))),
                        List.of(new TableRow(
                                SourceLocation.of(5, 1),
                                List.of(
                                        new TableCell("Security", SourceLocation.of(5, 3)),
                                        new TableCell("", SourceLocation.of(5, 13)),
                                        new TableCell("Pending", SourceLocation.of(5, 16))))))),
                doc.tables());
        assertEquals(SourceLocation.of(3, 1), table.location());
        assertEquals(
                List.of("Role", "Name", "Status"),
                table.header().cells().stream().map(c -> c.text()).toList());
        assertEquals(2, table.columnIndex("status"));
        assertEquals("Security", table.rows().get(0).cell(0).text());
        assertEquals(SourceLocation.of(5, 3), table.rows().get(0).cell(0).location());
        assertEquals("", table.rows().get(0).cell(1).text());
        assertEquals("Pending", table.rows().get(0).cell(2).text());
        assertEquals(SourceLocation.of(5, 16), table.rows().get(0).cell(2).location());
        assertEquals(List.of(table), doc.tablesIn(doc.sections().get(0)));
        assertEquals(LineKind.TABLE_ROW, doc.line(4).kind());
    }

    @Test
    void readsListAndTaskItems() {
        SpecDocument doc = parse("""
                # T
                ## Open Questions
                - [ ] Who owns it?
                - [x] Budget
                1. **REQ-001**: Refund within 5 days
                * plain
                """);
        List<ListItem> items = doc.listItems();
        assertEquals(
                List.of(
                        new ListItem(
                                SourceLocation.of(3, 1),
                                "Who owns it?",
                                SourceLocation.of(3, 7),
                                TaskState.OPEN,
                                false),
                        new ListItem(SourceLocation.of(4, 1), "Budget", SourceLocation.of(4, 7), TaskState.DONE, false),
                        new ListItem(
                                SourceLocation.of(5, 1),
                                "**REQ-001**: Refund within 5 days",
                                SourceLocation.of(5, 4),
                                TaskState.NONE,
                                true),
                        new ListItem(SourceLocation.of(6, 1), "plain", SourceLocation.of(6, 3), TaskState.NONE, false)),
                items);
        assertEquals(
                new ListItem(SourceLocation.of(3, 1), "Who owns it?", SourceLocation.of(3, 7), TaskState.OPEN, false),
                items.get(0));
        assertEquals(TaskState.DONE, items.get(1).task());
        assertEquals(
                new ListItem(
                        SourceLocation.of(5, 1),
                        "**REQ-001**: Refund within 5 days",
                        SourceLocation.of(5, 4),
                        TaskState.NONE,
                        true),
                items.get(2));
        assertEquals("plain", items.get(3).text());
        assertEquals(LineKind.LIST_ITEM, doc.line(3).kind());
    }

    @Test
    void recordsReferenceLabelsAndHtmlComments() {
        SpecDocument doc = parse("""
                # T
                <!-- optional -->
                See [the RFC].

                [The RFC]: https://example.org/rfc
                """);
        assertEquals(java.util.Set.of("the rfc"), doc.referenceLabels());
        assertEquals(LineKind.HTML, doc.line(2).kind());
        assertEquals(LineKind.REFERENCE, doc.line(5).kind());
    }

    @Test
    void sectionAtFindsTheInnermostSection() {
        SpecDocument doc = parse("# T\n## A\nx\n### B\ny\n## C\n");
        Section b = doc.sectionAt(5).orElseThrow();
        assertEquals("A > B", b.displayPath());
        assertEquals("A", doc.sectionAt(3).orElseThrow().title());
        assertFalse(doc.sectionAt(1).isPresent());
    }
}
