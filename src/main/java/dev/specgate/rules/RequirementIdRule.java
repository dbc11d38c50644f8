package dev.specgate.rules;

import dev.specgate.model.ListItem;
import dev.specgate.model.Section;
import dev.specgate.model.SourceLocation;
import dev.specgate.model.SpecDocument;
import dev.specgate.schema.RequirementIdSpec;
import dev.specgate.schema.SpecSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code requirement-id}: requirement IDs follow the template's style, each spec defines some where the template
 * does, none is defined twice (in a spec, or across the spec set under project scope), and every referenced ID is
 * defined.
 */
public final class RequirementIdRule implements SpecSetRule {

    public static final String ID = "requirement-id";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Requirement IDs are well-formed, defined where the template defines them, unique and never dangling.";
    }

    @Override
    public void check(RuleContext context, FindingCollector out) {
        SpecDocument document = context.document();
        SpecSchema schema = context.schema();
        if (schema.requirementIds().isEmpty()) {
            return;
        }
        RequirementIdSpec spec = schema.requirementIds().get();
        List<IdOccurrence> occurrences = context.idOccurrences();
        Map<String, IdOccurrence> defined = new HashMap<>();
        boolean malformedDefinition = false;
        for (IdOccurrence o : occurrences) {
            if (!o.wellFormed()) {
                out.report(
                        o.location(),
                        "Malformed requirement ID \"" + o.token() + "\": use the form "
                                + RequirementIdScanner.example(spec));
                malformedDefinition |= o.definition();
            } else if (o.definition()) {
                IdOccurrence first = defined.putIfAbsent(o.token(), o);
                if (first != null) {
                    out.report(
                            o.location(),
                            "Duplicate requirement ID " + o.token() + " (first defined at line "
                                    + first.location().line() + ")");
                    out.report(
                            first.location(),
                            "Duplicate requirement ID " + o.token() + " (defined again at line "
                                    + o.location().line() + ")");
                }
            }
        }
        if (spec.scope() == RequirementIdSpec.Scope.SPEC) {
            for (IdOccurrence o : occurrences) {
                if (o.wellFormed() && !o.definition() && !defined.containsKey(o.token())) {
                    out.report(o.location(), "Reference to undefined requirement ID " + o.token());
                }
            }
        }
        List<Section> definitionSections = RequirementIdScanner.definitionSections(document, spec, schema.sections());
        int itemsWithoutId = reportItemsWithoutId(document, definitionSections, spec, out);
        if (defined.isEmpty() && !malformedDefinition && itemsWithoutId == 0) {
            reportNoneDefined(document, definitionSections, spec, out);
        }
    }

    /** Reports list items in a definition section (not nested ones, not in subsections) that start with no ID. */
    private static int reportItemsWithoutId(
            SpecDocument document, List<Section> definitionSections, RequirementIdSpec spec, FindingCollector out) {
        Pattern startsWithId = Pattern.compile("^(?:\\*\\*|__)?" + Pattern.quote(spec.prefix()) + "-");
        int count = 0;
        for (Section section : definitionSections) {
            List<ListItem> items = document.listItemsIn(section).stream()
                    .filter(i -> document.sectionAt(i.location().line())
                            .filter(section::equals)
                            .isPresent())
                    .toList();
            int outerColumn =
                    items.stream().mapToInt(i -> i.location().column()).min().orElse(1);
            for (ListItem item : items) {
                if (item.location().column() == outerColumn
                        && !startsWithId.matcher(item.text()).find()) {
                    out.report(
                            item.location(),
                            "List item in \"" + section.displayPath()
                                    + "\" has no requirement ID: start it with an ID like "
                                    + RequirementIdScanner.example(spec),
                            spec.templateLine());
                    count++;
                }
            }
        }
        return count;
    }

    private static void reportNoneDefined(
            SpecDocument document, List<Section> definitionSections, RequirementIdSpec spec, FindingCollector out) {
        SourceLocation at = definitionSections.stream()
                .findFirst()
                .map(Section::location)
                .or(() -> document.title().map(Section::location))
                .orElse(SourceLocation.of(1, 1));
        String where = spec.definitionSections().isEmpty() ? "" : " in " + RequirementIdScanner.sectionNames(spec);
        out.report(
                at,
                "No requirement defined: start each requirement" + where + " with an ID like "
                        + RequirementIdScanner.example(spec),
                spec.templateLine());
    }

    /** Under project scope: IDs defined in two specs, and references to IDs no spec of the set defines. */
    @Override
    public void checkSet(List<SpecFacts> specs, SpecSchema schema, FindingCollector out) {
        if (schema.requirementIds().isEmpty()
                || schema.requirementIds().get().scope() != RequirementIdSpec.Scope.PROJECT) {
            return;
        }
        List<SpecFacts> ordered =
                specs.stream().sorted(Comparator.comparing(SpecFacts::file)).toList();
        Map<String, Requirement> defined = new HashMap<>();
        List<Requirement> references = new ArrayList<>();
        for (SpecFacts facts : ordered) {
            references.addAll(facts.references());
            for (Requirement r : facts.definitions()) {
                Requirement first = defined.putIfAbsent(r.id(), r);
                if (first != null && !first.file().equals(r.file())) {
                    reportAlsoDefined(r, first, out);
                    reportAlsoDefined(first, r, out);
                }
            }
        }
        for (Requirement reference : references) {
            if (!defined.containsKey(reference.id())) {
                out.reportIn(
                        reference.file(),
                        reference.location(),
                        "Reference to undefined requirement ID " + reference.id());
            }
        }
    }

    private static void reportAlsoDefined(Requirement at, Requirement other, FindingCollector out) {
        out.reportIn(
                at.file(),
                at.location(),
                "Duplicate requirement ID " + at.id() + " (also defined in " + other.file() + " at line " + other.line()
                        + ")");
    }
}
