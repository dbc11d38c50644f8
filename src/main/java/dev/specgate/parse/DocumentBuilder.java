package dev.specgate.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.specgate.model.BlockKind;
import dev.specgate.model.CodeHeading;
import dev.specgate.model.Inline;
import dev.specgate.model.InlineKind;
import dev.specgate.model.LineKind;
import dev.specgate.model.ListItem;
import dev.specgate.model.Metadata;
import dev.specgate.model.SourceLine;
import dev.specgate.model.SourceLocation;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.Table;
import dev.specgate.model.TaskState;
import dev.specgate.model.TextBlock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Walks one flexmark AST once and builds the model: line kinds, headings, tables, list items, metadata. */
final class DocumentBuilder {

    private static final Pattern ATX_HEADING = Pattern.compile("\\s{0,3}#{1,6}\\s+(.+)");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern SPACE_RUN = Pattern.compile("\\s{2,}");

    private final String path;
    private final Document ast;
    private final LineIndex index;
    private final String[] texts;
    private final LineKind[] kinds;
    private final List<HeadingInfo> headings = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<ListItem> listItems = new ArrayList<>();
    private final Set<String> referenceLabels = new HashSet<>();
    private final MetadataCollector metadata = new MetadataCollector();
    /** The document opens with YAML front matter: its metadata lives there. */
    private boolean frontMatter;

    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<CodeHeading> headingsInCode = new ArrayList<>();
    private final InlineCollector inlines;

    DocumentBuilder(String path, String text, Document ast) {
        this.path = path;
        this.ast = ast;
        this.index = new LineIndex(text, ast.getChars());
        String[] lines = text.split("\n", -1);
        this.texts = text.endsWith("\n") ? Arrays.copyOf(lines, lines.length - 1) : lines; // no line after the last
        this.kinds = new LineKind[texts.length];
        for (int i = 0; i < texts.length; i++) {
            kinds[i] = texts[i].isBlank() ? LineKind.BLANK : LineKind.TEXT;
        }
        collectReferenceLabels(ast);
        this.inlines = new InlineCollector(index, referenceLabels);
    }

    /** Link reference definitions may follow their use: collect every label before reading inline content. */
    private void collectReferenceLabels(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Reference reference) {
                referenceLabels.add(label(reference.getReference()));
            } else if (child.hasChildren() && !(child instanceof Paragraph)) {
                collectReferenceLabels(child);
            }
        }
    }

    SpecDocument build() {
        walkTopLevel();
        List<SourceLine> lines = new ArrayList<>(texts.length);
        for (int i = 0; i < texts.length; i++) {
            lines.add(new SourceLine(i + 1, texts[i], kinds[i]));
        }
        SectionTreeBuilder tree = new SectionTreeBuilder(headings, texts.length);
        return new SpecDocument(
                path,
                lines,
                tree.title(),
                tree.sections(),
                new Metadata(metadata.entries()),
                tables,
                listItems,
                referenceLabels,
                blocks,
                headingsInCode);
    }

    /**
     * Top-level blocks decide sections and metadata; everything below is visited for line kinds, tables and list
     * items. {@code currentSection} is the title of the latest level-2+ heading, {@code blocksInSection} counts the
     * blocks seen since it: the metadata block may be the first block of the first section.
     */
    private void walkTopLevel() {
        String currentSection = null;
        int headingsSeen = 0;
        int sectionsSeen = 0;
        int blocksInSection = 0;
        for (Node node = ast.getFirstChild(); node != null; node = node.getNext()) {
            boolean inMetadataSection = currentSection != null && isMetadataTitle(currentSection);
            if (node instanceof Heading heading) {
                if (heading.isSetextHeading() && (inMetadataSection || sectionsSeen == 0) && setextMetadata(heading)) {
                    continue;
                }
                HeadingInfo info = heading(heading);
                headingsSeen++;
                if (info.level() > 1 || headingsSeen > 1) {
                    currentSection = info.title();
                    sectionsSeen++;
                    blocksInSection = 0;
                }
                continue;
            }
            visit(node);
            boolean candidate = node instanceof Paragraph || node instanceof BulletList || node instanceof OrderedList;
            if (candidate && inMetadataSection) {
                metadata.collectPlain(lines(node), kinds);
            } else if (candidate
                    && (sectionsSeen == 0 || sectionsSeen == 1 && blocksInSection == 0)
                    && !frontMatter // metadata has one home: with front matter, **Key:** lines are prose
                    && !metadata.boldBlockTaken()) {
                metadata.collectBoldBlock(lines(node), kinds);
            }
            if (!(node instanceof ThematicBreak) && !(node instanceof HtmlBlockBase)) {
                blocksInSection++;
            }
        }
    }

    /**
     * What {@link #ATX_HEADING} needs first, seen without running it: a {@code #} after at most three whitespace
     * characters.
     */
    private static boolean mayOpenAtxHeading(String line) {
        int i = 0;
        while (i < 3 && i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i < line.length() && line.charAt(i) == '#';
    }

    private void visit(Node node) {
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            mark(node, LineKind.CODE);
            for (SourceLine line : lines(node)) {
                if (!mayOpenAtxHeading(line.text())) {
                    continue;
                }
                Matcher m = ATX_HEADING.matcher(line.text());
                if (m.matches()) {
                    headingsInCode.add(new CodeHeading(m.group(1).strip(), line.start()));
                }
            }
        } else if (node instanceof HtmlBlockBase) {
            mark(node, LineKind.HTML);
            InlineKind kind = node instanceof HtmlCommentBlock ? InlineKind.HTML_COMMENT : InlineKind.HTML;
            SourceLocation at = index.location(node.getStartOffset());
            blocks.add(new TextBlock(
                    BlockKind.HTML,
                    at,
                    index.endLine(node.getStartOffset(), node.getEndOffset()),
                    List.of(new Inline(kind, index.string(node.getChars()).stripTrailing(), at)),
                    TaskState.NONE,
                    false));
        } else if (node instanceof Paragraph paragraph) {
            paragraph(paragraph);
        } else if (node instanceof ThematicBreak) {
            mark(node, LineKind.THEMATIC_BREAK);
        } else if (node instanceof Heading) {
            mark(node, LineKind.HEADING);
        } else if (node instanceof TableBlock table) {
            mark(node, LineKind.TABLE_ROW);
            Table read = new TableReader(index, inlines).read(table);
            tables.add(read);
            addCells(read);
        } else if (node instanceof YamlFrontMatterBlock) {
            frontMatter = true;
            mark(node, LineKind.FRONT_MATTER);
            metadata.collectFrontMatter(lines(node));
        } else if (node instanceof Reference reference) {
            mark(node, LineKind.REFERENCE);
            referenceLabels.add(label(reference.getReference()));
        } else {
            if (node instanceof com.vladsch.flexmark.ast.ListItem item) {
                listItem(item);
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                visit(child);
            }
        }
    }

    private void paragraph(Paragraph paragraph) {
        List<Inline> content = inlines.collect(paragraph);
        Node parent = paragraph.getParent();
        com.vladsch.flexmark.ast.ListItem item = null;
        for (Node n = parent; n != null && item == null; n = n.getParent()) {
            if (n instanceof com.vladsch.flexmark.ast.ListItem li) {
                item = li;
            }
        }
        TaskState task = checklistState(item);
        if (task == TaskState.NONE && startsWithTaskBox(content)) {
            task = TaskState.OPEN;
        }
        blocks.add(new TextBlock(
                item != null ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH,
                content.isEmpty()
                        ? index.location(paragraph.getStartOffset())
                        : content.get(0).location(),
                index.endLine(paragraph.getStartOffset(), paragraph.getEndOffset()),
                content,
                task,
                item != null && item.isOrderedItem(),
                paragraph.getAncestorOfType(BlockQuote.class) != null));
    }

    /** The state of the nearest task item at or above a list item: items under a task item are its checklist. */
    private static TaskState checklistState(com.vladsch.flexmark.ast.ListItem item) {
        for (Node n = item; n != null; n = n.getParent()) {
            if (n instanceof TaskListItem task) {
                return task.isItemDoneMarker() ? TaskState.DONE : TaskState.OPEN;
            }
        }
        return TaskState.NONE;
    }

    /** A paragraph that starts with a box, {@code [ ] I agree}, is a checklist line outside a list. */
    private static boolean startsWithTaskBox(List<Inline> content) {
        if (content.isEmpty()) {
            return false;
        }
        String first = content.get(0).text();
        return content.get(0).location().column() >= 1
                && (first.startsWith("[ ]") || first.startsWith("[x]") || first.startsWith("[X]"));
    }

    private void addCells(Table table) {
        List<dev.specgate.model.TableRow> rows = new ArrayList<>();
        rows.add(table.header());
        rows.addAll(table.rows());
        for (dev.specgate.model.TableRow row : rows) {
            for (dev.specgate.model.TableCell cell : row.cells()) {
                blocks.add(new TextBlock(
                        BlockKind.TABLE_CELL,
                        cell.location(),
                        cell.location().line(),
                        cell.inlines(),
                        TaskState.NONE,
                        false));
            }
        }
    }

    private HeadingInfo heading(Heading heading) {
        mark(heading, LineKind.HEADING);
        List<Inline> content = inlines.collect(heading);
        blocks.add(new TextBlock(
                BlockKind.HEADING,
                index.location(heading.getStartOffset()),
                index.endLine(heading.getStartOffset(), heading.getEndOffset()),
                content,
                TaskState.NONE,
                false));
        BasedSequence text = heading.getText();
        String title = index.string(text);
        for (Inline piece : content) {
            if (piece.kind() == InlineKind.HTML_COMMENT) {
                title = title.replace(piece.text(), " "); // <!-- omit in toc --> is not part of the title
            }
        }
        title = SPACE_RUN
                .matcher(LINE_BREAK.matcher(title).replaceAll(" "))
                .replaceAll(" ")
                .strip();
        int start = text.isEmpty() ? heading.getStartOffset() : text.getStartOffset();
        HeadingInfo info = new HeadingInfo(title, heading.getLevel(), index.location(start));
        headings.add(info);
        return info;
    }

    /**
     * Seed-style metadata: {@code key: value} lines closed by {@code ---}, which CommonMark reads as setext. A single
     * such line as the document's first heading is its title ({@code A12: Faster retries} over {@code ----}).
     */
    private boolean setextMetadata(Heading heading) {
        List<SourceLine> content = lines(heading);
        List<SourceLine> keyValues = content.subList(0, content.size() - 1);
        if (keyValues.isEmpty()
                || keyValues.size() == 1 && headings.isEmpty()
                || !keyValues.stream().allMatch(l -> KeyValueLine.plain(l).isPresent())) {
            return false;
        }
        for (SourceLine line : content) {
            kinds[line.number() - 1] = LineKind.METADATA;
        }
        Node before = heading.getPrevious();
        if (before instanceof ThematicBreak) {
            mark(before, LineKind.METADATA);
        }
        metadata.collectPlain(keyValues, kinds);
        return true;
    }

    private void listItem(com.vladsch.flexmark.ast.ListItem item) {
        BasedSequence marker = item.getOpeningMarker();
        TaskState task = TaskState.NONE;
        int textStart = marker.getEndOffset();
        if (item instanceof TaskListItem taskItem) {
            task = taskItem.isItemDoneMarker() ? TaskState.DONE : TaskState.OPEN;
            BasedSequence suffix = item.getMarkerSuffix();
            if (suffix.isNotNull() && !suffix.isEmpty()) {
                textStart = suffix.getEndOffset();
            }
        }
        SourceLocation at = index.location(marker.getStartOffset());
        String line = texts[at.line() - 1];
        int from = Math.min(textStart - (marker.getStartOffset() - (at.column() - 1)), line.length());
        while (from < line.length() && Character.isWhitespace(line.charAt(from))) {
            from++;
        }
        if (kinds[at.line() - 1] == LineKind.TEXT) {
            kinds[at.line() - 1] = LineKind.LIST_ITEM;
        }
        SourceLocation textAt = new SourceLocation(at.line(), from + 1);
        listItems.add(new ListItem(at, line.substring(from).strip(), textAt, task, item.isOrderedItem()));
    }

    private void mark(Node node, LineKind kind) {
        int first = index.line(node.getStartOffset());
        int last = index.endLine(node.getStartOffset(), node.getEndOffset());
        for (int line = first; line <= last && line <= kinds.length; line++) {
            kinds[line - 1] = kind;
        }
    }

    private List<SourceLine> lines(Node node) {
        int first = index.line(node.getStartOffset());
        int last = Math.min(index.endLine(node.getStartOffset(), node.getEndOffset()), texts.length);
        List<SourceLine> result = new ArrayList<>();
        for (int line = first; line <= last; line++) {
            result.add(new SourceLine(line, texts[line - 1], kinds[line - 1]));
        }
        return result;
    }

    private static boolean isMetadataTitle(String title) {
        String s = title.replace("*", "").strip();
        return s.equalsIgnoreCase("metadata") || s.equalsIgnoreCase("metadata:");
    }

    private String label(BasedSequence reference) {
        return InlineCollector.normalizeLabel(index.string(reference));
    }
}
