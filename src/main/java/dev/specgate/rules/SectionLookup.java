package dev.specgate.rules;

import dev.specgate.model.Section;
import dev.specgate.model.SpecDocument;
import dev.specgate.schema.HeadingText;
import dev.specgate.schema.SectionSpec;
import dev.specgate.schema.SpecSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the spec sections for a template heading path. The path is resolved against the schema's section tree and
 * matched as the required-section rule matches ({@link SectionMatcher}), so POM aliases count and a template
 * heading with placeholder parts ({@code Endpoint: [Method] /path}) finds every spec heading that fits it. When the
 * template section is not where the template puts it, the first section with the same title (or an alias) anywhere
 * is taken: a section in the wrong place is the required-section rule's finding, and its content is still checked.
 */
final class SectionLookup {

    private SectionLookup() {}

    /** The first spec section for the path, in document order. */
    static Optional<Section> find(SpecDocument document, List<SectionSpec> specs, List<String> path) {
        return findAll(document, specs, path).stream().findFirst();
    }

    /** Every spec section for the path (several when a pattern heading is repeated), in document order. */
    static List<Section> findAll(SpecDocument document, List<SectionSpec> specs, List<String> path) {
        if (path.isEmpty()) {
            return List.of();
        }
        List<SectionSpec> chain = resolve(specs, path);
        if (chain.size() == path.size()) {
            List<String> specPath = chain.stream().map(SectionSpec::title).toList();
            List<Section> matched = SectionMatcher.match(document, specs, true).present().stream()
                    .filter(p -> p.specPath().equals(specPath))
                    .map(SectionMatches.Present::section)
                    .toList();
            if (!matched.isEmpty()) {
                return matched;
            }
        }
        Optional<Section> literal = literalWalk(document, path);
        if (literal.isPresent()) {
            return List.of(literal.get());
        }
        Optional<SectionSpec> last =
                chain.size() == path.size() ? Optional.of(chain.get(chain.size() - 1)) : Optional.empty();
        String lastTitle = path.get(path.size() - 1);
        HeadingMatcher headings = new HeadingMatcher();
        return document.allSections().stream()
                .filter(s -> sameTitle(s.title(), lastTitle)
                        || last.map(spec -> matches(headings, spec, s)).orElse(false))
                .findFirst()
                .map(List::of)
                .orElse(List.of());
    }

    /**
     * The template sections along the path: a path element names a template section by its title, or (for a
     * pattern section) by any heading the pattern accepts, e.g. {@code Phase 2: [Phase Name]} names the section
     * {@code Phase 1: [Phase Name]} that its numbered repeats collapsed into. Shorter than the path when it leaves
     * the tree.
     */
    static List<SectionSpec> resolve(List<SectionSpec> specs, List<String> path) {
        List<SectionSpec> chain = new ArrayList<>();
        List<SectionSpec> level = specs;
        for (String title : path) {
            Optional<SectionSpec> next = child(level, title);
            if (next.isEmpty()) {
                break;
            }
            chain.add(next.get());
            level = next.get().children();
        }
        return chain;
    }

    private static Optional<SectionSpec> child(List<SectionSpec> level, String title) {
        return level.stream()
                .filter(s -> sameTitle(s.title(), title))
                .findFirst()
                .or(() -> level.stream()
                        .filter(s -> s.pattern().isPresent()
                                && s.pattern()
                                        .get()
                                        .matcher(HeadingText.display(title))
                                        .matches())
                        .findFirst());
    }

    private static boolean matches(HeadingMatcher headings, SectionSpec spec, Section section) {
        return spec.pattern().isPresent()
                ? section.level() == spec.level() && headings.matchesPattern(spec, section)
                : headings.matchesTitle(spec, section);
    }

    private static Optional<Section> literalWalk(SpecDocument document, List<String> path) {
        List<Section> level = document.sections();
        Section found = null;
        for (String title : path) {
            found = level.stream()
                    .filter(s -> sameTitle(s.title(), title))
                    .findFirst()
                    .orElse(null);
            if (found == null) {
                return Optional.empty();
            }
            level = found.children();
        }
        return Optional.ofNullable(found);
    }

    static boolean sameTitle(String a, String b) {
        return HeadingText.normalize(a).equals(HeadingText.normalize(b));
    }

    /**
     * The line where a missing section would go: the insertion point the required-section rule reports for it, or
     * for its nearest missing ancestor; the last line when the template does not require it (optional, unknown).
     */
    static int insertionLine(SpecDocument document, SpecSchema schema, List<String> path) {
        List<String> specPath = resolve(schema.sections(), path).stream()
                .map(SectionSpec::title)
                .toList();
        return SectionMatcher.match(document, schema).absent().stream()
                .filter(absent -> isPrefix(absent.specPath(), specPath))
                .map(absent -> absent.insertionPoint().line())
                .findFirst()
                .orElse(Math.max(1, document.lineCount()));
    }

    private static boolean isPrefix(List<String> prefix, List<String> path) {
        return !prefix.isEmpty()
                && prefix.size() <= path.size()
                && path.subList(0, prefix.size()).equals(prefix);
    }
}
