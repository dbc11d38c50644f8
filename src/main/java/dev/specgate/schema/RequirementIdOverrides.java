package dev.specgate.schema;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the POM changes in the requirement ID style ({@code <requirementIds>}); anything left empty keeps what the
 * template gives.
 *
 * @param pattern the whole-token pattern of a well-formed ID, e.g. {@code REQ-\d{3}}
 * @param prefix the ID prefix, e.g. {@code REQ}; derived from the pattern's literal start when the POM gives none
 * @param definitionSections heading paths of the sections where IDs are defined, e.g.
 *     {@code Requirements > Functional Requirements}
 * @param scope where IDs must be unique
 */
public record RequirementIdOverrides(
        Optional<Pattern> pattern,
        Optional<String> prefix,
        List<String> definitionSections,
        Optional<RequirementIdSpec.Scope> scope) {

    /** No change. */
    public static final RequirementIdOverrides NONE =
            new RequirementIdOverrides(Optional.empty(), Optional.empty(), List.of(), Optional.empty());

    private static final Pattern LITERAL_PREFIX = Pattern.compile("\\^?([A-Za-z][A-Za-z0-9_]*)-.*");

    public RequirementIdOverrides {
        definitionSections = List.copyOf(definitionSections);
    }

    /**
     * Reads the POM values (each {@code null} or blank when not set).
     *
     * @param pattern a regular expression; its literal start up to the first hyphen is the prefix unless
     *     {@code prefix} is given
     * @param scope {@code spec} or {@code project}, in any case
     * @throws IllegalArgumentException naming the parameter and the value when one is invalid
     */
    public static RequirementIdOverrides of(
            String pattern, String prefix, List<String> definitionSections, String scope) {
        Optional<Pattern> compiled = blank(pattern) ? Optional.empty() : Optional.of(compile(pattern.strip()));
        Optional<String> givenPrefix = blank(prefix) ? Optional.empty() : Optional.of(prefix.strip());
        if (givenPrefix.isPresent() && compiled.isEmpty()) {
            throw new IllegalArgumentException("requirementIds/prefix: \"" + givenPrefix.get()
                    + "\" is set without requirementIds/pattern; set the pattern too, e.g. <pattern>"
                    + givenPrefix.get() + "-\\d{3}</pattern>");
        }
        Optional<String> derived = givenPrefix.or(() -> compiled.map(RequirementIdOverrides::prefixOf));
        return new RequirementIdOverrides(compiled, derived, definitionSections, scope(scope));
    }

    /** True when nothing is changed. */
    public boolean isEmpty() {
        return pattern.isEmpty() && definitionSections.isEmpty() && scope.isEmpty();
    }

    /** The schema with these changes; the template's ID style when the POM leaves a part empty. */
    SpecSchema applyTo(SpecSchema schema) {
        if (isEmpty()) {
            return schema;
        }
        Optional<RequirementIdSpec> base = schema.requirementIds();
        if (base.isEmpty() && pattern.isEmpty()) {
            throw new IllegalArgumentException("requirementIds: the template defines no requirement IDs, so set"
                    + " requirementIds/pattern too, e.g. <pattern>REQ-\\d{3}</pattern>");
        }
        List<List<String>> sections = definitionSections.isEmpty()
                ? base.map(RequirementIdSpec::definitionSections).orElse(List.of())
                : definitionSections.stream()
                        .map(path ->
                                SectionOverrides.resolve(schema.sections(), "requirementIds/definitionSections", path))
                        .toList();
        RequirementIdSpec spec = new RequirementIdSpec(
                prefix.orElseGet(() -> base.orElseThrow().prefix()),
                pattern.orElseGet(() -> base.orElseThrow().pattern()),
                sections,
                scope.orElseGet(() -> base.map(RequirementIdSpec::scope).orElse(RequirementIdSpec.Scope.SPEC)),
                pattern.isPresent() ? 0 : base.orElseThrow().templateLine());
        return schema.withRequirementIds(Optional.of(spec));
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                    "requirementIds/pattern: \"" + regex
                            + "\" is not a valid regular expression (" + e.getDescription() + " at index "
                            + e.getIndex()
                            + "); write e.g. REQ-\\d{3}",
                    e);
        }
    }

    private static String prefixOf(Pattern pattern) {
        Matcher m = LITERAL_PREFIX.matcher(pattern.pattern());
        if (!m.matches()) {
            throw new IllegalArgumentException("requirementIds/pattern: cannot tell the ID prefix from \""
                    + pattern.pattern() + "\"; start the pattern with the prefix and a hyphen (REQ-\\d{3})"
                    + " or set requirementIds/prefix");
        }
        return m.group(1);
    }

    private static Optional<RequirementIdSpec.Scope> scope(String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "spec" -> Optional.of(RequirementIdSpec.Scope.SPEC);
            case "project" -> Optional.of(RequirementIdSpec.Scope.PROJECT);
            default ->
                throw new IllegalArgumentException(
                        "requirementIds/scope: \"" + value.strip()
                                + "\" is not a scope; use spec (IDs unique in each spec) or project (unique across the spec set)");
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
