package dev.specgate.parse;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
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
import dev.specgate.model.LineKind;
import dev.specgate.model.ListItem;
import dev.specgate.model.Metadata;
import dev.specgate.model.SourceLine;
import dev.specgate.model.SourceLocation;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.Table;
import dev.specgate.model.TaskState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Walks one flexmark AST once and builds the model: line kinds, headings, tables, list items, metadata. */
final class DocumentBuilder {

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

    DocumentBuilder(String path, String text, Document ast) {
        this.path = path;
        this.ast = ast;
        this.index = new LineIndex(text);
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        this.texts = body.split("\n", -1);
        this.kinds = new LineKind[texts.length];
        for (int i = 0; i < texts.length; i++) {
            kinds[i] = texts[i].isBlank() ? LineKind.BLANK : LineKind.TEXT;
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
                referenceLabels);
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
                    && !metadata.boldBlockTaken()) {
                metadata.collectBoldBlock(lines(node), kinds);
            }
            if (!(node instanceof ThematicBreak) && !(node instanceof HtmlBlockBase)) {
                blocksInSection++;
            }
        }
    }

    private void visit(Node node) {
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            mark(node, LineKind.CODE);
        } else if (node instanceof HtmlBlockBase) {
            mark(node, LineKind.HTML);
        } else if (node instanceof ThematicBreak) {
            mark(node, LineKind.THEMATIC_BREAK);
        } else if (node instanceof Heading) {
            mark(node, LineKind.HEADING);
        } else if (node instanceof TableBlock table) {
            mark(node, LineKind.TABLE_ROW);
            tables.add(new TableReader(index).read(table));
        } else if (node instanceof YamlFrontMatterBlock) {
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

    private HeadingInfo heading(Heading heading) {
        mark(heading, LineKind.HEADING);
        BasedSequence text = heading.getText();
        String title = text.toString().replaceAll("\\s*\\n\\s*", " ").strip();
        int start = text.isEmpty() ? heading.getStartOffset() : text.getStartOffset();
        HeadingInfo info = new HeadingInfo(title, heading.getLevel(), index.location(start));
        headings.add(info);
        return info;
    }

    /** Seed-style metadata: {@code key: value} lines closed by {@code ---}, which CommonMark reads as setext. */
    private boolean setextMetadata(Heading heading) {
        List<SourceLine> content = lines(heading);
        List<SourceLine> keyValues = content.subList(0, content.size() - 1);
        if (keyValues.isEmpty()
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
        return title.replace("*", "").strip().toLowerCase(Locale.ROOT).matches("metadata:?");
    }

    private static String label(BasedSequence reference) {
        return reference.toString().replaceAll("^\\[|]$", "").strip().toLowerCase(Locale.ROOT);
    }
}
