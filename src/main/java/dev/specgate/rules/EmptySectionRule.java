package dev.specgate.rules;

import dev.specgate.model.LineKind;
import dev.specgate.model.Section;
import dev.specgate.model.SourceLine;
import dev.specgate.model.SpecDocument;
import dev.specgate.schema.SpecSchema;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code empty-section}: a required section that is present has content. Subsections count as content (so do
 * metadata lines); blank lines, thematic breaks and HTML comments do not.
 */
public final class EmptySectionRule implements Rule {

    /** The rule id. */
    public static final String ID = "empty-section";

    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?(?:-->|\\z)", Pattern.DOTALL);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Every required section that is present has content of its own or subsections.";
    }

    @Override
    public void check(SpecDocument document, SpecSchema schema, FindingCollector out) {
        for (SectionMatches.Present match :
                SectionMatcher.match(document, schema.sections()).present()) {
            Section section = match.section();
            if (!match.spec().optional() && isEmpty(document, section)) {
                out.report(
                        section.location(),
                        "Section \"" + section.displayPath() + "\" is empty",
                        match.spec().templateLine());
            }
        }
    }

    static boolean isEmpty(SpecDocument document, Section section) {
        if (!section.children().isEmpty()) {
            return false;
        }
        List<SourceLine> body = document.bodyLines(section);
        boolean onlyNoise = body.stream()
                .allMatch(l -> l.isBlank()
                        || l.kind() == LineKind.BLANK
                        || l.kind() == LineKind.THEMATIC_BREAK
                        || l.kind() == LineKind.HTML);
        if (!onlyNoise) {
            return false;
        }
        // An HTML block may be real content (a <details> or an <img>); only comments are nothing.
        String html = body.stream()
                .filter(l -> l.kind() == LineKind.HTML)
                .map(SourceLine::text)
                .collect(Collectors.joining("\n"));
        return HTML_COMMENT.matcher(html).replaceAll("").isBlank();
    }
}
