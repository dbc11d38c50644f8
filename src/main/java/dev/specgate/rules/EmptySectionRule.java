package dev.specgate.rules;

import dev.specgate.model.BlockKind;
import dev.specgate.model.LineKind;
import dev.specgate.model.Section;
import dev.specgate.model.SourceLine;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.TextBlock;
import java.util.List;

/**
 * {@code empty-section}: a required section that is present has content. Subsections count as content (so do
 * metadata lines); blank lines, thematic breaks, link reference definitions and HTML comments do not.
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
        for (SectionMatches.Present match : context.sectionMatches().present()) {
            Section section = match.section();
            if (!match.spec().optional() && isEmpty(document, section)) {
                out.report(
                        section.location(),
                        "Section \"" + section.displayPath() + "\" is empty",
                        match.spec().templateLine());
            }
        }
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
