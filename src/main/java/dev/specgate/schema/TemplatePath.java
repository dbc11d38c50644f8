package dev.specgate.schema;

import dev.specgate.model.Section;
import dev.specgate.model.SpecDocument;
import java.util.List;

/** Heading paths of template sections as specs write them: without optional markers or HTML comments. */
final class TemplatePath {

    private TemplatePath() {}

    static List<String> of(Section section) {
        return section.path().stream().map(OptionalMarker::stripFromTitle).toList();
    }

    /** The path of the innermost section holding the line; empty before the first section. */
    static List<String> at(SpecDocument template, int line) {
        return template.sectionAt(line).map(TemplatePath::of).orElse(List.of());
    }
}
