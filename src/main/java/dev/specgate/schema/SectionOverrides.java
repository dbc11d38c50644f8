package dev.specgate.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Applies POM section overrides to a section tree: adds required sections, marks sections optional and adds heading
 * aliases. Paths are {@code >}-separated heading titles ({@code Deployment > Rollback Plan}), compared as
 * {@link HeadingText} compares headings.
 */
final class SectionOverrides {

    private static final int MAX_HINTS = 8;

    private SectionOverrides() {}

    static SpecSchema apply(SchemaOverrides overrides, SpecSchema schema) {
        List<SectionSpec> sections = schema.sections();
        for (String path : overrides.requiredSections()) {
            sections = require(sections, split("requiredSections", path), 2);
        }
        for (String path : overrides.optionalSections()) {
            sections = update(sections, "optionalSections", path, s -> copy(s, true, s.aliases()));
        }
        List<Map.Entry<String, List<String>>> aliases =
                new ArrayList<>(overrides.aliases().entrySet());
        aliases.sort(Map.Entry.comparingByKey());
        for (Map.Entry<String, List<String>> alias : aliases) {
            sections = update(sections, "aliases", alias.getKey(), s -> copy(s, s.optional(), merged(s, alias)));
        }
        return schema.withSections(sections);
    }

    /** Makes sure the path exists and is required, creating missing sections (template line 0). */
    private static List<SectionSpec> require(List<SectionSpec> siblings, List<String> path, int level) {
        List<SectionSpec> result = new ArrayList<>(siblings);
        int index = indexOf(siblings, path.get(0));
        SectionSpec target;
        if (index < 0) {
            int newLevel = siblings.isEmpty() ? level : siblings.get(0).level();
            target = new SectionSpec(path.get(0).strip(), newLevel, Optional.empty(), false, List.of(), 0, List.of());
            result.add(target);
            index = result.size() - 1;
        } else {
            target = copy(siblings.get(index), false, siblings.get(index).aliases());
        }
        if (path.size() > 1) {
            target = withChildren(target, require(target.children(), path.subList(1, path.size()), target.level() + 1));
        }
        result.set(index, target);
        return result;
    }

    private static List<SectionSpec> update(
            List<SectionSpec> top, String parameter, String rawPath, UnaryOperator<SectionSpec> change) {
        List<String> path = split(parameter, rawPath);
        return updateAt(top, path, change).orElseThrow(() -> unknownPath(top, parameter, path));
    }

    private static Optional<List<SectionSpec>> updateAt(
            List<SectionSpec> siblings, List<String> path, UnaryOperator<SectionSpec> change) {
        int index = indexOf(siblings, path.get(0));
        if (index < 0) {
            return Optional.empty();
        }
        SectionSpec found = siblings.get(index);
        Optional<SectionSpec> changed = path.size() == 1
                ? Optional.of(change.apply(found))
                : updateAt(found.children(), path.subList(1, path.size()), change)
                        .map(c -> withChildren(found, c));
        return changed.map(c -> {
            List<SectionSpec> result = new ArrayList<>(siblings);
            result.set(index, c);
            return result;
        });
    }

    /**
     * The path in the template's spelling, e.g. {@code Requirements > Functional Requirements} for
     * {@code requirements > functional requirements:}.
     *
     * @throws IllegalArgumentException naming the parameter and the path when the schema has no such section
     */
    static List<String> resolve(List<SectionSpec> top, String parameter, String rawPath) {
        List<String> path = split(parameter, rawPath);
        List<String> resolved = new ArrayList<>();
        List<SectionSpec> level = top;
        for (String title : path) {
            int index = indexOf(level, title);
            if (index < 0) {
                throw unknownPath(top, parameter, path);
            }
            resolved.add(level.get(index).title());
            level = level.get(index).children();
        }
        return List.copyOf(resolved);
    }

    private static IllegalArgumentException unknownPath(List<SectionSpec> top, String parameter, List<String> path) {
        String shown = String.join(" > ", path);
        return new IllegalArgumentException(parameter + ": the template has no section \"" + shown
                + "\"; known paths near it: " + nearbyPaths(top, path));
    }

    /** The children of the deepest matching prefix, plus any path ending with the same title. */
    private static String nearbyPaths(List<SectionSpec> top, List<String> path) {
        List<String> hints = new ArrayList<>();
        List<SectionSpec> level = top;
        List<String> prefix = new ArrayList<>();
        for (String title : path) {
            int index = indexOf(level, title);
            if (index < 0) {
                break;
            }
            prefix.add(level.get(index).title());
            level = level.get(index).children();
        }
        for (SectionSpec s : level) {
            hints.add(join(prefix, s.title()));
        }
        collectSameTitle(top, new ArrayList<>(), key(path.get(path.size() - 1)), hints);
        List<String> distinct = hints.stream().distinct().limit(MAX_HINTS).toList();
        return distinct.isEmpty()
                ? "(none: the template has no sections there)"
                : distinct.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "));
    }

    private static void collectSameTitle(
            List<SectionSpec> level, List<String> prefix, String wanted, List<String> out) {
        for (SectionSpec s : level) {
            if (key(s.title()).equals(wanted)) {
                out.add(join(prefix, s.title()));
            }
            List<String> deeper = new ArrayList<>(prefix);
            deeper.add(s.title());
            collectSameTitle(s.children(), deeper, wanted, out);
        }
    }

    private static String join(List<String> prefix, String title) {
        List<String> all = new ArrayList<>(prefix);
        all.add(title);
        return String.join(" > ", all);
    }

    private static int indexOf(List<SectionSpec> siblings, String title) {
        String wanted = key(title);
        for (int i = 0; i < siblings.size(); i++) {
            if (key(siblings.get(i).title()).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static String key(String title) {
        return HeadingText.normalize(title);
    }

    private static List<String> split(String parameter, String path) {
        List<String> parts =
                Arrays.stream(path.split(">", -1)).map(String::strip).toList();
        if (parts.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException(parameter + ": \"" + path + "\" is not a heading path;"
                    + " write headings separated by \" > \", e.g. \"Deployment > Rollback Plan\"");
        }
        return parts;
    }

    private static List<String> merged(SectionSpec s, Map.Entry<String, List<String>> alias) {
        List<String> all = new ArrayList<>(s.aliases());
        alias.getValue().stream()
                .map(String::strip)
                .filter(a -> !a.isEmpty() && !all.contains(a))
                .forEach(all::add);
        return all;
    }

    private static SectionSpec copy(SectionSpec s, boolean optional, List<String> aliases) {
        return new SectionSpec(s.title(), s.level(), s.pattern(), optional, aliases, s.templateLine(), s.children());
    }

    private static SectionSpec withChildren(SectionSpec s, List<SectionSpec> children) {
        return new SectionSpec(
                s.title(), s.level(), s.pattern(), s.optional(), s.aliases(), s.templateLine(), children);
    }
}
