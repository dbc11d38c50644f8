package dev.specgate.rules;

import dev.specgate.model.Section;
import dev.specgate.model.SpecDocument;
import dev.specgate.schema.SectionSpec;
import dev.specgate.schema.SpecSchema;
import java.util.List;
import java.util.Optional;

/**
 * Finds the spec section for a template heading path. Titles compare as the required-section rule compares them
 * (case, surrounding whitespace, emphasis and one trailing colon ignored). When the exact path is missing, the
 * first section with the same last title anywhere is taken: a section in the wrong place is the required-section
 * rule's finding, and its content is still checked.
 */
final class SectionLookup {

    private SectionLookup() {}

    static Optional<Section> find(SpecDocument document, List<String> path) {
        if (path.isEmpty()) {
            return Optional.empty();
        }
        List<Section> level = document.sections();
        Section found = null;
        for (String title : path) {
            found = level.stream().filter(s -> sameTitle(s.title(), title)).findFirst().orElse(null);
            if (found == null) {
                break;
            }
            level = found.children();
        }
        if (found != null) {
            return Optional.of(found);
        }
        String last = path.get(path.size() - 1);
        return document.allSections().stream().filter(s -> sameTitle(s.title(), last)).findFirst();
    }

    static boolean sameTitle(String a, String b) {
        return HeadingMatcher.normalize(a).equals(HeadingMatcher.normalize(b));
    }

    /**
     * The line where a missing section would go: the line after the nearest earlier template sibling that is
     * present (its next heading), else after its parent's own body, else line 1; clamped to the last line.
     */
    static int insertionLine(SpecDocument document, SpecSchema schema, List<String> path) {
        List<String> parentPath = path.subList(0, path.size() - 1);
        List<SectionSpec> siblings = schema.sections();
        for (String title : parentPath) {
            siblings = siblings.stream().filter(s -> sameTitle(s.title(), title)).findFirst()
                    .map(SectionSpec::children).orElse(List.of());
        }
        if (siblings.isEmpty()) {
            return Math.max(1, document.lineCount()); // no template structure known: the end of the spec
        }
        int index = indexOf(siblings, path.get(path.size() - 1));
        for (int i = index - 1; i >= 0; i--) {
            List<String> siblingPath = new java.util.ArrayList<>(parentPath);
            siblingPath.add(siblings.get(i).title());
            Optional<Section> present = find(document, siblingPath);
            if (present.isPresent()) {
                return clamp(document, present.get().endLine() + 1);
            }
        }
        Optional<Section> parent = find(document, parentPath);
        if (parent.isPresent()) {
            return clamp(document, parent.get().bodyEndLine() + 1);
        }
        return 1;
    }

    private static int indexOf(List<SectionSpec> siblings, String title) {
        for (int i = 0; i < siblings.size(); i++) {
            if (sameTitle(siblings.get(i).title(), title)) {
                return i;
            }
        }
        return siblings.size();
    }

    private static int clamp(SpecDocument document, int line) {
        return Math.max(1, Math.min(line, document.lineCount()));
    }
}
