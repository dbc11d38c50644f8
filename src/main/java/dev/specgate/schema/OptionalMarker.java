package dev.specgate.schema;

import dev.specgate.model.LineKind;
import dev.specgate.model.Section;
import dev.specgate.model.SourceLine;
import dev.specgate.model.SpecDocument;
import java.util.regex.Pattern;

/**
 * The template convention that marks a section optional: the heading ends with {@code (optional)} (any case, may be
 * wrapped in {@code *} or {@code _}), or an HTML comment {@code <!-- optional -->} stands on the heading line or on
 * the first non-blank line after the heading. Other HTML comments in headings are dropped from the title too.
 */
final class OptionalMarker {

    private static final Pattern SUFFIX =
            Pattern.compile("\\s*[*_]*\\(\\s*optional\\s*\\)[*_]*\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPTIONAL_COMMENT =
            Pattern.compile("<!--\\s*optional\\b.*?-->", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_COMMENT = Pattern.compile("\\s*<!--.*?-->\\s*");

    private OptionalMarker() {}

    /** The heading title without the optional marker and without HTML comments, trimmed. */
    static String stripFromTitle(String title) {
        String noComments = ANY_COMMENT.matcher(title).replaceAll(" ").strip();
        return SUFFIX.matcher(noComments).replaceFirst("").strip();
    }

    /** True when the template marks this section optional by either convention. */
    static boolean isOptional(SpecDocument template, Section section) {
        String title = ANY_COMMENT.matcher(section.title()).replaceAll(" ").strip();
        if (SUFFIX.matcher(title).find()
                || OPTIONAL_COMMENT.matcher(section.title()).find()) {
            return true;
        }
        SourceLine heading = template.line(section.line());
        if (OPTIONAL_COMMENT.matcher(heading.text()).find()) {
            return true;
        }
        for (int n = section.line() + 1; n <= template.lineCount(); n++) {
            SourceLine line = template.line(n);
            if (line.kind() == LineKind.HEADING && n == section.line() + 1 && isSetextUnderline(line)) {
                continue;
            }
            if (!line.isBlank()) {
                return OPTIONAL_COMMENT.matcher(line.text().strip()).lookingAt();
            }
        }
        return false;
    }

    private static boolean isSetextUnderline(SourceLine line) {
        return line.text().strip().matches("=+|-+");
    }
}
