package dev.specgate.schema;

import dev.specgate.model.BlockKind;
import dev.specgate.model.Inline;
import dev.specgate.model.InlineKind;
import dev.specgate.model.MetadataEntry;
import dev.specgate.model.Section;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.TextBlock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The template's prompt texts: paragraphs and list items a filled spec must not keep verbatim, such as
 * {@code One paragraph explanation of the feature.} Everything else in the template is either structure or text a
 * spec is meant to keep:
 *
 * <ul>
 *   <li>kept text the template marks with an HTML comment {@code <!-- spec:keep -->} in the block or on the lines
 *       just before it;</li>
 *   <li>checklists: task items, the items under them, paragraphs that start with a box ({@code [ ] I agree}) and the
 *       paragraph that leads into a checklist;</li>
 *   <li>tables of contents: blocks that are only links to the document's own anchors;</li>
 *   <li>metadata lines and the one-line {@code Key: value} list items before the first section
 *       ({@code * Reviewer: jdoe}: a default value; prompts in such a value are placeholders), labels ({@code **Request**:}), texts of fewer than two words, texts that hold a delimited
 *       prompt (those are reported as placeholders), and texts that start with inline code (literal values);</li>
 *   <li>the plain prose of a template that {@linkplain #marksItsGuidance sets its guidance apart} in comments,
 *       quotes or brackets: boilerplate a spec keeps;</li>
 *   <li>HTML comments: guidance, never a prompt.</li>
 * </ul>
 */
final class PromptTexts {

    /** The marker of kept text in a template's HTML comment. */
    static final String KEEP_MARKER = "spec:keep";

    /** A one-line field: a short label, a colon and a value. */
    private static final Pattern FIELD_LINE = Pattern.compile("[\\p{L}][^:]{0,40}?:\\s+\\S.*");

    private PromptTexts() {}

    static Set<String> collect(SpecDocument template) {
        Set<Integer> metadataLines = template.metadata().entries().stream()
                .map(MetadataEntry::keyLocation)
                .map(location -> location.line())
                .collect(Collectors.toSet());
        List<Section> sections = TemplateTitle.of(template).sections();
        int firstSectionLine =
                sections.isEmpty() ? Integer.MAX_VALUE : sections.get(0).line();
        List<TextBlock> blocks = template.blocks();
        boolean guidanceMarked = marksItsGuidance(blocks);
        Set<String> prompts = new LinkedHashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            if ((block.kind() == BlockKind.PARAGRAPH || block.kind() == BlockKind.LIST_ITEM)
                    && (!guidanceMarked || block.quoted() || leadsIntoMarkedGuidance(blocks, i))
                    && !metadataLines.contains(block.line())
                    && !isHeaderField(block, firstSectionLine)
                    && !block.inChecklist()
                    && !leadsIntoChecklist(blocks, i)
                    && !markedKept(blocks, i)
                    && !isTableOfContents(block)
                    && isPrompt(block)) {
                prompts.add(Placeholders.blockKey(block));
            }
        }
        return prompts;
    }

    /**
     * Whether the template sets its guidance apart from content: more of its sections open with an HTML comment, a
     * block quote or a bracketed or braced prompt than with plain prose. The plain prose of such a template is text
     * its specs keep (a licence line, the RFC 2119 sentence, a default answer such as "No known issues."), unless it
     * {@linkplain #leadsIntoMarkedGuidance leads into} guidance; its quoted guidance is still prompt text.
     */
    static boolean marksItsGuidance(List<TextBlock> blocks) {
        int marked = 0;
        int plain = 0;
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if (blocks.get(i).kind() != BlockKind.HEADING) {
                continue;
            }
            TextBlock first = blocks.get(i + 1);
            if (isMarkedGuidance(first)) {
                marked++;
            } else if (first.kind() == BlockKind.PARAGRAPH || first.kind() == BlockKind.LIST_ITEM) {
                plain++;
            }
        }
        return marked > plain;
    }

    /** Guidance set apart: a comment, a block quote, or a paragraph or item wholly in brackets or braces. */
    private static boolean isMarkedGuidance(TextBlock block) {
        if (block.kind() == BlockKind.HEADING || block.kind() == BlockKind.TABLE_CELL) {
            return false;
        }
        return block.onlyComments() || block.quoted() || isDelimitedGuidance(block);
    }

    /**
     * A paragraph or list item wholly in square brackets or braces, of three words or more starting with a letter:
     * {@code [Describe the change (~200 words).]}, {@code {Describe the context.}}. Quotes and parentheses inside do
     * not make it code, as they would a short bracketed label.
     */
    static boolean isDelimitedGuidance(TextBlock block) {
        if (block.kind() != BlockKind.PARAGRAPH && block.kind() != BlockKind.LIST_ITEM) {
            return false;
        }
        List<Inline> pieces = block.inlines().stream()
                .filter(i -> !(i.kind() == InlineKind.TEXT && i.text().isBlank()))
                .toList();
        String text = block.visibleText();
        boolean bracketed = pieces.size() == 1 && pieces.get(0).kind() == InlineKind.BRACKETED;
        boolean braced = text.startsWith("{")
                && text.endsWith("}")
                && text.indexOf('{', 1) < 0
                && text.indexOf('}') == text.length() - 1;
        if (!bracketed && !braced) {
            return false;
        }
        String label = text.substring(1, text.length() - 1).strip();
        return !label.isEmpty() && Character.isLetter(label.charAt(0)) && label.split("\\s+").length >= 3;
    }

    /**
     * Plain prose before marked guidance of its own section leads into it ({@code Consider the cost.} above
     * {@code [What could go wrong?]}): it is guidance too. Prose after the guidance, or in a section without any, is
     * content.
     */
    private static boolean leadsIntoMarkedGuidance(List<TextBlock> blocks, int i) {
        for (int j = i + 1; j < blocks.size() && blocks.get(j).kind() != BlockKind.HEADING; j++) {
            if (isMarkedGuidance(blocks.get(j))) {
                return true;
            }
        }
        return false;
    }

    static boolean isPrompt(TextBlock block) {
        List<Inline> pieces = block.inlines();
        if (pieces.isEmpty() || pieces.get(0).kind() == InlineKind.CODE) {
            return false;
        }
        if (pieces.stream()
                .anyMatch(p -> p.kind() == InlineKind.BRACKETED || p.text().contains("{"))) {
            return false;
        }
        String text = block.visibleText().strip();
        return !text.isEmpty() && !text.endsWith(":") && text.split("\\s+").length >= 2;
    }

    /**
     * A one-line {@code Key: value} list item before the template's first section: a field of the list under the
     * title ({@code * Reviewer: jdoe}), whose value is a default a spec keeps, not prompt text.
     */
    private static boolean isHeaderField(TextBlock block, int firstSectionLine) {
        return block.kind() == BlockKind.LIST_ITEM
                && block.line() < firstSectionLine
                && block.line() == block.endLine()
                && FIELD_LINE.matcher(block.visibleText()).matches();
    }

    /** Only links to the document's own anchors: a table-of-contents line. */
    static boolean isTableOfContents(TextBlock block) {
        boolean anchor = false;
        for (Inline piece : block.inlines()) {
            switch (piece.kind()) {
                case LINK_TARGET -> anchor |= piece.text().startsWith("#");
                case LINK_TEXT, HTML_COMMENT -> {}
                case TEXT -> {
                    if (!piece.text().isBlank()) {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        return anchor;
    }

    /** The paragraph right before a checklist introduces it: it belongs to the checklist. */
    private static boolean leadsIntoChecklist(List<TextBlock> blocks, int i) {
        TextBlock block = blocks.get(i);
        return block.kind() == BlockKind.PARAGRAPH
                && i + 1 < blocks.size()
                && blocks.get(i + 1).inChecklist()
                && blocks.get(i + 1).kind() == BlockKind.LIST_ITEM;
    }

    private static boolean markedKept(List<TextBlock> blocks, int i) {
        TextBlock block = blocks.get(i);
        if (block.inlines().stream().anyMatch(PromptTexts::isKeepComment)) {
            return true;
        }
        if (i == 0) {
            return false;
        }
        TextBlock before = blocks.get(i - 1);
        return before.kind() == BlockKind.HTML
                && before.endLine() >= block.line() - 2
                && before.inlines().stream().anyMatch(PromptTexts::isKeepComment);
    }

    private static boolean isKeepComment(Inline piece) {
        return piece.kind() == InlineKind.HTML_COMMENT
                && piece.text().toLowerCase(Locale.ROOT).contains(KEEP_MARKER);
    }
}
