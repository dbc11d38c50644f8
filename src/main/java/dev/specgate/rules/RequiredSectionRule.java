package dev.specgate.rules;

import dev.specgate.model.CodeHeading;
import dev.specgate.model.Section;
import dev.specgate.model.SourceLocation;
import dev.specgate.model.SpecDocument;
import dev.specgate.schema.HeadingText;
import dev.specgate.schema.SectionSpec;
import dev.specgate.schema.SpecSchema;
import java.util.List;
import java.util.Optional;

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
    public void check(RuleContext context, FindingCollector out) {
        SpecDocument document = context.document();
        SpecSchema schema = context.schema();
        if (schema.requiresTitle() && !hasTitle(document, schema)) {
            out.report(SourceLocation.of(1, 1), "Missing document title: start the spec with a level-1 heading");
        }
        for (SectionMatches.Absent absent : context.sectionMatches().absent()) {
            int templateLine = absent.spec().templateLine();
            if (absent.elsewhere().isPresent()) {
                Section found = absent.elsewhere().get();
                out.report(
                        found.location(),
                        "Section \"" + absent.spec().title() + "\" is under \"" + actualParent(found)
                                + "\" but the template puts it under \"" + absent.parentPath() + "\"",
                        templateLine);
            } else {
                String missing = "Missing section \"" + String.join(" > ", absent.specPath()) + "\"";
                Optional<SourceLocation> inCode = headingInCode(document, absent.spec());
                if (inCode.isPresent()) {
                    out.report(
                            inCode.get(), missing + ": the heading on this line is inside a code block", templateLine);
                } else {
                    out.report(absent.insertionPoint(), missing, templateLine);
                }
            }
        }
    }

    /**
     * A title is a level-1 heading anywhere, a front matter {@code title}, or, when the template's title is a level-2
     * heading, a first heading at that level or above that is not one of the template's sections.
     */
    private static boolean hasTitle(SpecDocument document, SpecSchema schema) {
        List<Section> all = document.allSections();
        if (document.title().isPresent()
                || all.stream().anyMatch(s -> s.level() == 1)
                || document.metadata().get("title").isPresent()) {
            return true;
        }
        if (schema.titleLevel() < 2 || all.isEmpty()) {
            return false;
        }
        Section first = all.get(0);
        return first.level() <= schema.titleLevel()
                && schema.sections().stream().noneMatch(spec -> HeadingText.normalize(spec.title())
                        .equals(HeadingText.normalize(first.title())));
    }

    /** A code line that reads like the missing heading: an unclosed fence often swallows real headings. */
    private static Optional<SourceLocation> headingInCode(SpecDocument document, SectionSpec spec) {
        if (spec.pattern().isPresent()) {
            return Optional.empty();
        }
        String wanted = HeadingText.normalize(spec.title());
        return document.headingsInCode().stream()
                .filter(h -> HeadingText.normalize(h.title()).equals(wanted))
                .map(CodeHeading::location)
                .findFirst();
    }

    private static String actualParent(Section section) {
        int depth = section.path().size();
        return depth <= 1 ? "(top level)" : String.join(" > ", section.path().subList(0, depth - 1));
    }
}
