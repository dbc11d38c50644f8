package dev.specgate.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed spec (or template): its lines, the section tree, metadata, tables and list items, all with 1-based
 * locations. Nothing in here refers to the Markdown library that produced it.
 *
 * @param path the file as shown to users: relative to the project base directory, with {@code /} separators
 * @param lines every physical line, numbered from 1, with what the parser read it as
 * @param title the document title: the first heading if it is level 1 (it is not part of any section path)
 * @param sections the top-level sections (the children of the title, or level-1/2 headings when there is no title)
 * @param metadata fields from front matter, the metadata block and a Metadata section
 * @param tables every table outside code, in document order
 * @param listItems every list item outside code, in document order (task items included)
 * @param referenceLabels the lower-cased labels of link reference definitions ({@code [label]: url})
 * @param blocks every heading, paragraph, list item paragraph, table cell and HTML block outside code, in document
 *     order (table cells after their table's other blocks), with their inline pieces
 * @param headingsInCode lines inside code blocks that would be ATX headings outside them ({@code ## Rollout} after an
 *     unclosed fence), with their heading text: where a missing section often hides
 */
public record SpecDocument(
        String path,
        List<SourceLine> lines,
        Optional<Section> title,
        List<Section> sections,
        Metadata metadata,
        List<Table> tables,
        List<ListItem> listItems,
        Set<String> referenceLabels,
        List<TextBlock> blocks,
        List<CodeHeading> headingsInCode) {

    public SpecDocument {
        blocks = List.copyOf(blocks);
        headingsInCode = List.copyOf(headingsInCode);
        lines = List.copyOf(lines);
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
        listItems = List.copyOf(listItems);
        referenceLabels = Set.copyOf(referenceLabels);
    }

    /** The 1-based line. */
    public SourceLine line(int number) {
        return lines.get(number - 1);
    }

    public int lineCount() {
        return lines.size();
    }

    /** Every section of the tree (title excluded) in document order. */
    public List<Section> allSections() {
        List<Section> all = new ArrayList<>();
        addAll(sections, all);
        return all;
    }

    private static void addAll(List<Section> from, List<Section> to) {
        for (Section s : from) {
            to.add(s);
            addAll(s.children(), to);
        }
    }

    /** The innermost section that contains the line, if any (the title does not count). */
    public Optional<Section> sectionAt(int line) {
        Section found = null;
        List<Section> level = sections;
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Section s : level) {
                if (s.contains(line)) {
                    found = s;
                    level = s.children();
                    descended = true;
                    break;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** The lines of a section's own body: after its heading, up to its first subsection. */
    public List<SourceLine> bodyLines(Section section) {
        int from = section.line() + 1;
        // A setext heading's underline belongs to the heading, not the body.
        while (from <= section.bodyEndLine() && line(from).kind() == LineKind.HEADING) {
            from++;
        }
        return from > section.bodyEndLine() ? List.of() : lines.subList(from - 1, section.bodyEndLine());
    }

    /** The tables that lie in this section, subsections included. */
    public List<Table> tablesIn(Section section) {
        return tables.stream()
                .filter(t -> section.contains(t.location().line()))
                .toList();
    }

    /** The list items that lie in this section, subsections included. */
    public List<ListItem> listItemsIn(Section section) {
        return listItems.stream()
                .filter(i -> section.contains(i.location().line()))
                .toList();
    }
}
