package dev.specgate.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code <requirementIds>} of a {@code <specSet>}: changes to the requirement ID style the template gives.
 * Anything not set keeps the template's.
 *
 * <pre>{@code
 * <requirementIds>
 *   <pattern>REQ-\d{3}</pattern>
 *   <definitionSections><section>Requirements > Functional Requirements</section></definitionSections>
 *   <scope>project</scope>
 * </requirementIds>
 * }</pre>
 */
public class RequirementIdsConfig {

    /**
     * The regular expression a whole requirement ID must match, e.g. {@code REQ-\d{3}} (exactly three digits) or
     * {@code FR-[1-9]\d*} (a number without leading zeros). Default: the style of the template's example IDs
     * ({@code **REQ-001**:} gives {@code REQ-\d{3}}). Required when the template has no example IDs.
     */
    private String pattern;

    /**
     * The ID prefix, e.g. {@code REQ}: a token of this prefix and a hyphen is read as an ID (and reported when it
     * does not match the pattern). Only together with {@code <pattern>}. Default: the pattern's literal start before
     * the first hyphen.
     */
    private String prefix;

    /**
     * Heading paths of the sections where requirements are defined, e.g.
     * {@code Requirements > Functional Requirements}; an ID that starts a list item, paragraph, first table cell or
     * heading there defines a requirement, and every other ID is a reference. Default: the sections holding the
     * template's example IDs (the whole spec when the template has none).
     */
    private List<String> definitionSections = new ArrayList<>();

    /**
     * Where IDs must be unique: {@code spec} (each spec on its own, the default) or {@code project} (across all
     * specs of the spec set; a duplicate names the other file and line).
     */
    private String scope;

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public List<String> getDefinitionSections() {
        return definitionSections;
    }

    public void setDefinitionSections(List<String> definitionSections) {
        this.definitionSections = definitionSections;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }
}
