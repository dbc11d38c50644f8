package dev.specgate.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.specgate.model.Inline;
import dev.specgate.model.InlineKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps flexmark's inline nodes under one block to {@link Inline} pieces with 1-based locations. Emphasis is
 * transparent (its text is text); a bracketed label that no link reference definition resolves is
 * {@link InlineKind#BRACKETED}, a resolved one is a link.
 */
final class InlineCollector {

    private static final Pattern OUTER_BRACKETS = Pattern.compile("^\\[|]$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final LineIndex index;
    private final Set<String> referenceLabels;

    InlineCollector(LineIndex index, Set<String> referenceLabels) {
        this.index = index;
        this.referenceLabels = referenceLabels;
    }

    List<Inline> collect(Node block) {
        List<Inline> out = new ArrayList<>();
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            add(child, out);
        }
        return commentsInText(merged(out));
    }

    /** Adjacent text pieces of one line as one piece: flexmark splits text at characters it tried as delimiters. */
    private static List<Inline> merged(List<Inline> pieces) {
        List<Inline> out = new ArrayList<>();
        for (Inline piece : pieces) {
            Inline last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null
                    && last.kind() == InlineKind.TEXT
                    && piece.kind() == InlineKind.TEXT
                    && last.location().line() == piece.location().line()
                    && last.location().column() + last.text().length()
                            == piece.location().column()) {
                out.set(out.size() - 1, new Inline(InlineKind.TEXT, last.text() + piece.text(), last.location()));
            } else {
                out.add(piece);
            }
        }
        return out;
    }

    /**
     * An HTML comment that CommonMark 0.30 does not read as one (it holds {@code --}, as a suppression's reason does)
     * is a comment all the same, as later CommonMark versions and browsers read it.
     */
    private static List<Inline> commentsInText(List<Inline> pieces) {
        List<Inline> out = new ArrayList<>();
        for (Inline piece : pieces) {
            String text = piece.text();
            int open = piece.kind() == InlineKind.TEXT ? text.indexOf("<!--") : -1;
            int close = open < 0 ? -1 : text.indexOf("-->", open + 4);
            if (close < 0) {
                out.add(piece);
                continue;
            }
            int end = close + 3;
            if (open > 0) {
                out.add(new Inline(InlineKind.TEXT, text.substring(0, open), piece.location()));
            }
            out.add(new Inline(InlineKind.HTML_COMMENT, text.substring(open, end), piece.at(open)));
            if (end < text.length()) {
                out.addAll(commentsInText(List.of(new Inline(InlineKind.TEXT, text.substring(end), piece.at(end)))));
            }
        }
        return out;
    }

    private void add(Node node, List<Inline> out) {
        if (node instanceof Text || node instanceof HtmlEntity) {
            text(InlineKind.TEXT, node.getChars(), out);
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            return;
        } else if (node instanceof Code code) {
            piece(InlineKind.CODE, code.getText(), code.getStartOffset(), out);
        } else if (node instanceof Link link) {
            piece(InlineKind.LINK_TEXT, link.getText(), link.getStartOffset(), out);
            piece(InlineKind.LINK_TARGET, link.getUrl(), link.getUrl().getStartOffset(), out);
        } else if (node instanceof Image || node instanceof ImageRef) {
            piece(InlineKind.IMAGE, node.getChars(), node.getStartOffset(), out);
        } else if (node instanceof LinkRef ref) {
            linkRef(ref, out);
        } else if (node instanceof AutoLink || node instanceof MailLink) {
            piece(InlineKind.AUTOLINK, node.getChars(), node.getStartOffset(), out);
        } else if (node instanceof HtmlInlineComment) {
            piece(InlineKind.HTML_COMMENT, node.getChars(), node.getStartOffset(), out);
        } else if (node instanceof HtmlInline) {
            piece(InlineKind.HTML, node.getChars(), node.getStartOffset(), out);
        } else if (node.hasChildren()) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                add(child, out); // emphasis, strong emphasis and other containers
            }
        } else if (!node.getChars().isBlank()) {
            text(InlineKind.TEXT, node.getChars(), out);
        }
    }

    private void linkRef(LinkRef ref, List<Inline> out) {
        String label = index.string(ref.getReference()).strip();
        if (label.startsWith("^")) {
            piece(InlineKind.FOOTNOTE, ref.getChars(), ref.getStartOffset(), out);
        } else if (ref.isDefined() || referenceLabels.contains(normalizeLabel(label))) {
            piece(
                    InlineKind.LINK_TEXT,
                    ref.getText().isEmpty() ? ref.getReference() : ref.getText(),
                    ref.getStartOffset(),
                    out);
        } else {
            text(InlineKind.BRACKETED, ref.getChars(), out);
        }
    }

    /** Adds text split at line breaks, so that every piece lies on one line. */
    private void text(InlineKind kind, BasedSequence chars, List<Inline> out) {
        int start = 0;
        String s = index.string(chars);
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '\n') {
                if (i > start) {
                    int offset = chars.getIndexOffset(start);
                    if (offset < 0) { // a character flexmark put in, not one of the source's
                        offset = chars.subSequence(start, i).getStartOffset();
                    }
                    out.add(new Inline(kind, s.substring(start, i), index.location(offset)));
                }
                start = i + 1;
            }
        }
    }

    private void piece(InlineKind kind, BasedSequence chars, int offset, List<Inline> out) {
        out.add(new Inline(kind, index.string(chars), index.location(offset)));
    }

    /** A link label as compared: whitespace folded, lower case. */
    static String normalizeLabel(String label) {
        String bare = OUTER_BRACKETS.matcher(label).replaceAll("").strip();
        return WHITESPACE.matcher(bare).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
