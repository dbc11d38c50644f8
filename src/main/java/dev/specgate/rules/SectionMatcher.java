package dev.specgate.rules;

import dev.specgate.model.Section;
import dev.specgate.model.SourceLocation;
import dev.specgate.model.SpecDocument;
import dev.specgate.schema.SectionSpec;
import dev.specgate.schema.SpecSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Walks the template's section tree against a spec's section tree, level by level: a template section is looked for
 * only among the subsections of the spec heading that matched its parent. Literal template headings match by
 * {@link HeadingMatcher#matchesTitle} at any level; pattern headings ({@code Phase 1: [Phase Name]}) match every
 * heading of the same level under that parent that fits the pattern and that no literal sibling claimed.
 */
final class SectionMatcher {

    private final SpecDocument document;
    private final HeadingMatcher headings = new HeadingMatcher();
    private final List<SectionMatches.Present> present = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();

    private SectionMatcher(SpecDocument document) {
        this.document = document;
    }

    /** Matches the schema's sections against the document's sections. */
    static SectionMatches match(SpecDocument document, SpecSchema schema) {
        return match(document, schema.sections(), schema.requiresTitle());
    }

    /**
     * Matches template sections against the document's sections. Under a template that asks for no title, the
     * document's first level-1 heading is a section like any other.
     */
    static SectionMatches match(SpecDocument document, List<SectionSpec> specs, boolean titled) {
        SectionMatcher matcher = new SectionMatcher(document);
        if (titled || document.title().isEmpty()) {
            matcher.walk(specs, document.sections(), document.title(), List.of());
        } else {
            List<Section> topLevel = new ArrayList<>();
            topLevel.add(document.title().get());
            topLevel.addAll(document.sections());
            matcher.walk(specs, topLevel, Optional.empty(), List.of());
        }
        return matcher.result();
    }

    private record Pending(SectionSpec spec, List<String> specPath, SourceLocation insertionPoint) {}

    private void walk(List<SectionSpec> specs, List<Section> candidates, Optional<Section> parent, List<String> path) {
        Map<SectionSpec, List<Section>> found = claim(specs, candidates);
        int previousEnd = -1;
        for (SectionSpec spec : specs) {
            List<String> specPath = append(path, spec.title());
            List<Section> matches = found.get(spec);
            if (!matches.isEmpty()) {
                for (Section section : matches) {
                    present.add(new SectionMatches.Present(spec, specPath, section));
                    walk(spec.children(), section.children(), Optional.of(section), specPath);
                    previousEnd = Math.max(previousEnd, section.endLine());
                }
            } else if (!spec.optional()) {
                int line = previousEnd > 0
                        ? previousEnd + 1
                        : parent.map(p -> p.bodyEndLine() + 1).orElse(1);
                pending.add(new Pending(spec, specPath, SourceLocation.of(clamp(line), 1)));
            }
        }
    }

    /** Literal specs claim the first unclaimed heading with their title; pattern specs take what is left. */
    private Map<SectionSpec, List<Section>> claim(List<SectionSpec> specs, List<Section> candidates) {
        Map<SectionSpec, List<Section>> found = new IdentityHashMap<>();
        Set<Section> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (SectionSpec spec : specs) {
            List<Section> matches = new ArrayList<>();
            if (spec.pattern().isEmpty()) {
                candidates.stream()
                        .filter(c -> !claimed.contains(c) && headings.matchesTitle(spec, c))
                        .findFirst()
                        .ifPresent(matches::add);
                claimed.addAll(matches);
            }
            found.put(spec, matches);
        }
        for (SectionSpec spec : specs) {
            if (spec.pattern().isPresent()) {
                candidates.stream()
                        .filter(c -> !claimed.contains(c) && c.level() == spec.level())
                        .filter(c -> headings.matchesPattern(spec, c))
                        .forEach(found.get(spec)::add);
            }
        }
        return found;
    }

    private SectionMatches result() {
        Set<Section> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        present.forEach(p -> matched.add(p.section()));
        List<SectionMatches.Absent> absent = new ArrayList<>();
        for (Pending p : pending) {
            // Only a literal title is specific enough to say "it is there, but in the wrong place".
            Optional<Section> elsewhere = p.spec().pattern().isPresent()
                    ? Optional.empty()
                    : Stream.concat(document.title().stream(), document.allSections().stream())
                            .filter(s -> !matched.contains(s) && headings.matchesTitle(p.spec(), s))
                            .findFirst();
            absent.add(new SectionMatches.Absent(p.spec(), p.specPath(), p.insertionPoint(), elsewhere));
        }
        return new SectionMatches(present, absent);
    }

    private int clamp(int line) {
        return Math.max(1, Math.min(line, document.lineCount()));
    }

    private static List<String> append(List<String> path, String title) {
        List<String> result = new ArrayList<>(path);
        result.add(title);
        return result;
    }
}
