package dev.specgate.rules;

import dev.specgate.model.Section;
import dev.specgate.model.SourceLocation;
import dev.specgate.model.SpecDocument;
import dev.specgate.schema.SpecSchema;

/**
 * {@code required-section}: the spec has a title and every section the template requires, under the parent the
 * template puts it under. One finding per missing subtree: the children of a missing section are not reported.
 */
public final class RequiredSectionRule implements Rule {

    /** The rule id. */
    public static final String ID = "required-section";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Every section the template requires is present under the parent the template puts it under.";
    }

    @Override
    public void check(SpecDocument document, SpecSchema schema, FindingCollector out) {
        if (document.title().isEmpty()) {
            out.report(SourceLocation.of(1, 1), "Missing document title: start the spec with a level-1 heading");
        }
        for (SectionMatches.Absent absent : SectionMatcher.match(document, schema.sections()).absent()) {
            int templateLine = absent.spec().templateLine();
            if (absent.elsewhere().isPresent()) {
                Section found = absent.elsewhere().get();
                out.report(found.location(), "Section \"" + absent.spec().title() + "\" is under \""
                        + actualParent(found) + "\" but the template puts it under \"" + absent.parentPath() + "\"",
                        templateLine);
            } else {
                out.report(absent.insertionPoint(),
                        "Missing section \"" + String.join(" > ", absent.specPath()) + "\"", templateLine);
            }
        }
    }

    private static String actualParent(Section section) {
        int depth = section.path().size();
        return depth <= 1 ? "(top level)" : String.join(" > ", section.path().subList(0, depth - 1));
    }
}
