package dev.specgate.rules;

import dev.specgate.model.BlockKind;
import dev.specgate.model.LineKind;
import dev.specgate.model.Section;
import dev.specgate.model.SourceLine;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.TextBlock;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * {@code empty-section}: a required section that is present has content. Subsections count as content (so do
 * metadata lines, and sections the template does not have that follow it at its own level); blank lines, thematic
 * breaks, link reference definitions and HTML comments do not.
 */
public final class EmptySectionRule implements Rule {

    /** The rule id. */
    public static final String ID = "empty-section";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Every required section that is present has content of its own or subsections.";
    }

    @Override
    public void check(RuleContext context, FindingCollector out) {
        SpecDocument document = context.document();
        Set<Section> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        context.sectionMatches().present().forEach(match -> matched.add(match.section()));
        for (SectionMatches.Present match : context.sectionMatches().present()) {
            Section section = match.section();
            if (!match.spec().optional()
                    && isEmpty(document, section)
                    && !continuesUnderOwnHeading(document.sections(), section, matched)) {
                out.report(
                        section.location(),
                        "Section \"" + section.displayPath() + "\" is empty",
                        match.spec().templateLine());
            }
        }
    }

    /**
     * True when the section is followed, at its own level, by a section the template does not have: the author
     * wrote the content under headings of the wrong level ({@code ## Unresolved questions} then
     * {@code ## Should the limit be configurable?}), and that content belongs to the section before it.
     */
    private static boolean continuesUnderOwnHeading(List<Section> siblings, Section section, Set<Section> matched) {
        for (int i = 0; i < siblings.size(); i++) {
            Section sibling = siblings.get(i);
            if (sibling == section) {
                return i + 1 < siblings.size() && !matched.contains(siblings.get(i + 1));
            }
            if (sibling.line() < section.line() && sibling.contains(section.line())) {
                return continuesUnderOwnHeading(sibling.children(), section, matched);
            }
        }
        return false;
    }

    /**
     * True when the section has no subsections and its own body holds nothing but blank lines, thematic breaks, link
     * reference definitions and HTML blocks that are only comments.
     */
    static boolean isEmpty(SpecDocument document, Section section) {
        if (!section.children().isEmpty()) {
            return false;
        }
        List<SourceLine> body = document.bodyLines(section);
        boolean onlyNoise = body.stream()
                .allMatch(l -> l.isBlank()
                        || l.kind() == LineKind.THEMATIC_BREAK
                        || l.kind() == LineKind.REFERENCE
                        || l.kind() == LineKind.HTML);
        if (!onlyNoise || body.isEmpty()) {
            return onlyNoise;
        }
        // An HTML block may be real content (a <details> or an <img>); only comments are nothing.
        int from = body.get(0).number();
        int to = body.get(body.size() - 1).number();
        return document.blocks().stream()
                .filter(b -> b.kind() == BlockKind.HTML && b.line() >= from && b.line() <= to)
                .allMatch(TextBlock::onlyComments);
    }
}
