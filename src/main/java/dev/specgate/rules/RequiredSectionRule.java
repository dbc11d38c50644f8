package dev.specgate.rules;

import dev.specgate.model.LineKind;
import dev.specgate.model.Section;
import dev.specgate.model.SourceLine;
import dev.specgate.model.SourceLocation;
import dev.specgate.model.SpecDocument;
import dev.specgate.schema.HeadingText;
import dev.specgate.schema.SectionSpec;
import dev.specgate.schema.SpecSchema;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code required-section}: the spec has a title and every section the template requires, under the parent the
 * template puts it under. One finding per missing subtree: the children of a missing section are not reported.
 */
public final class RequiredSectionRule implements Rule {

    /** The rule id. */
    public static final String ID = "required-section";

    private static final Pattern ATX_HEADING = Pattern.compile("\\s{0,3}#{1,6}\\s+(.+)");

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
        for (SectionMatches.Absent absent :
                SectionMatcher.match(document, schema.sections()).absent()) {
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
                Optional<SourceLine> inCode = headingInCode(document, absent.spec());
                if (inCode.isPresent()) {
                    out.report(
                            inCode.get().start(),
                            missing + ": the heading on this line is inside a code block",
                            templateLine);
                } else {
                    out.report(absent.insertionPoint(), missing, templateLine);
                }
            }
        }
    }

    /** A code line that reads like the missing heading: an unclosed fence often swallows real headings. */
    private static Optional<SourceLine> headingInCode(SpecDocument document, SectionSpec spec) {
        if (spec.pattern().isPresent()) {
            return Optional.empty();
        }
        String wanted = HeadingText.normalize(spec.title());
        return document.lines().stream()
                .filter(line -> line.kind() == LineKind.CODE)
                .filter(line -> {
                    Matcher m = ATX_HEADING.matcher(line.text());
                    return m.matches() && HeadingText.normalize(m.group(1)).equals(wanted);
                })
                .findFirst();
    }

    private static String actualParent(Section section) {
        int depth = section.path().size();
        return depth <= 1 ? "(top level)" : String.join(" > ", section.path().subList(0, depth - 1));
    }
}
