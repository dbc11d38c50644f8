package dev.specgate.schema;

import dev.specgate.model.BlockKind;
import dev.specgate.model.Inline;
import dev.specgate.model.InlineKind;
import dev.specgate.model.Section;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.TextBlock;
import dev.specgate.model.TextKey;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The template conventions that mark a section optional (see {@code src/site/markdown/template-conventions.md}):
 *
 * <ul>
 *   <li>the heading says so: {@code (optional)}, {@code [optional]} or {@code (if applicable)}, in any case, wrapped
 *       in emphasis or not; the marker is not part of the title;</li>
 *   <li>an HTML comment that says the section or element is optional, on the heading line, on one line just before
 *       the heading (only blank lines between), or as the first thing after it; a comment between two headings that starts with
 *       "optional" ({@code <!-- optional -->}) or speaks of its own section ({@code <!-- This section is optional. -->})
 *       marks the heading above it, any other one the heading below it;</li>
 *   <li>the body says so: the first paragraph starts with the word "optional" ({@code > Optional, but suggested}),
 *       or a paragraph of the section's own guidance says "this section is optional", "omit this section ..." or
 *       "this section may be omitted".</li>
 * </ul>
 */
final class OptionalMarker {

    private static final Pattern HEADING_MARKER = Pattern.compile(
            "\\s*[*_]*[(\\[]\\s*(?:optional|if applicable)\\b[^)\\]]*[)\\]][*_]*\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_COMMENT = Pattern.compile("\\s*<!--.*?-->\\s*");
    private static final Pattern OPTIONAL_WORD =
            Pattern.compile("(?<!not |non-)\\boptional\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_SAYS_OPTIONAL = Pattern.compile("^optional\\b.*");
    /** A sentence of the section's own guidance that lets the author leave the section out. */
    private static final Pattern SAYS_OMITTABLE = Pattern.compile("\\bthis (?:sub)?section is optional\\b"
            + "|\\b(?:omit|skip|remove|delete|drop) this (?:sub)?section\\b"
            + "|\\bthis (?:sub)?section (?:may|can|could) be (?:omitted|removed|skipped|deleted|dropped|left out)\\b");

    private OptionalMarker() {}

    /** The heading title without the optional marker and without HTML comments, trimmed. */
    static String stripFromTitle(String title) {
        String noComments = ANY_COMMENT.matcher(title).replaceAll(" ").strip();
        String stripped = HEADING_MARKER.matcher(noComments).replaceAll(" ").strip();
        return stripped.isEmpty() ? noComments : stripped;
    }

    /** True when the template marks this section optional by any of the conventions. */
    static boolean isOptional(SpecDocument template, Section section) {
        if (HEADING_MARKER
                        .matcher(ANY_COMMENT.matcher(section.title()).replaceAll(" "))
                        .find()
                || saysOptional(template.line(section.line()).text())) {
            return true;
        }
        List<TextBlock> blocks = template.blocks();
        int heading = indexOfHeading(blocks, section.line());
        if (heading < 0) {
            return false;
        }
        if (heading > 0 && isOptionalComment(blocks.get(heading - 1))) {
            TextBlock comment = blocks.get(heading - 1);
            boolean underHeadingAbove = (startsWithOptional(comment) || saysOmittable(comment))
                    && heading > 1
                    && blocks.get(heading - 2).kind() == BlockKind.HEADING
                    && onlyBlankBetween(template, blocks.get(heading - 2).endLine(), comment.line());
            // a one-line marker; a longer guidance comment there ends the previous section's body
            boolean oneLine = comment.line() == comment.endLine();
            if (oneLine && !underHeadingAbove && onlyBlankBetween(template, comment.endLine(), section.line())) {
                return true;
            }
        }
        Optional<TextBlock> first =
                heading + 1 < blocks.size() && blocks.get(heading + 1).line() <= section.bodyEndLine()
                        ? Optional.of(blocks.get(heading + 1))
                        : Optional.empty();
        if (first.isEmpty()) {
            return false;
        }
        TextBlock body = first.get();
        if (isOptionalComment(body)) {
            if (startsWithOptional(body) || saysOmittable(body)) {
                return true; // <!-- optional --> or <!-- This section is optional. --> right under the heading
            }
            boolean headingFollows = heading + 2 < blocks.size()
                    && blocks.get(heading + 2).kind() == BlockKind.HEADING
                    && onlyBlankBetween(
                            template, body.endLine(), blocks.get(heading + 2).line());
            return !headingFollows;
        }
        if (body.kind() == BlockKind.PARAGRAPH
                && BODY_SAYS_OPTIONAL.matcher(TextKey.of(body.visibleText())).matches()) {
            return true;
        }
        for (int i = heading + 1; i < blocks.size() && blocks.get(i).line() <= section.bodyEndLine(); i++) {
            TextBlock block = blocks.get(i);
            if ((block.kind() == BlockKind.PARAGRAPH || block.kind() == BlockKind.LIST_ITEM)
                    && SAYS_OMITTABLE.matcher(TextKey.of(block.visibleText())).find()) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfHeading(List<TextBlock> blocks, int line) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == BlockKind.HEADING && blocks.get(i).line() == line) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isOptionalComment(TextBlock block) {
        return block.onlyComments()
                && block.inlines().stream()
                        .filter(i -> i.kind() == InlineKind.HTML_COMMENT)
                        .map(Inline::text)
                        .anyMatch(OptionalMarker::saysOptional);
    }

    /** A comment that speaks of its own section: "this section is optional", "omit this section", ... */
    private static boolean saysOmittable(TextBlock comment) {
        return comment.inlines().stream()
                .filter(i -> i.kind() == InlineKind.HTML_COMMENT)
                .anyMatch(i -> SAYS_OMITTABLE.matcher(TextKey.of(i.text())).find());
    }

    private static boolean startsWithOptional(TextBlock comment) {
        String text = comment.inlines().get(0).text().replaceFirst("^\\s*<!--\\s*", "");
        return text.toLowerCase(Locale.ROOT).startsWith("optional");
    }

    private static boolean saysOptional(String text) {
        int open = text.indexOf("<!--");
        return open >= 0
                && OPTIONAL_WORD
                        .matcher(text.substring(open).toLowerCase(Locale.ROOT))
                        .find();
    }

    private static boolean onlyBlankBetween(SpecDocument template, int afterLine, int beforeLine) {
        for (int n = afterLine + 1; n < beforeLine; n++) {
            if (!template.line(n).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
