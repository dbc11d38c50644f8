package dev.specgate.schema;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The requirement ID style a template uses and where it defines IDs.
 *
 * @param prefix the ID prefix, e.g. {@code REQ} or {@code FR}
 * @param pattern the whole-token pattern of a well-formed ID, e.g. {@code REQ-\d{3}} or {@code FR-[1-9]\d*}
 * @param definitionSections heading paths of the sections where IDs are defined
 * @param scope where IDs must be unique
 * @param templateLine the template line of the first example ID (0 when set in the POM)
 */
public record RequirementIdSpec(
        String prefix, Pattern pattern, List<List<String>> definitionSections, Scope scope, int templateLine) {

    /** Where requirement IDs must be unique. */
    public enum Scope {
        /** Unique within each spec (teams reuse {@code FR-1} in every spec). */
        SPEC,
        /** Unique across all specs of a spec set. */
        PROJECT
    }

    public RequirementIdSpec {
        definitionSections = definitionSections.stream().map(List::copyOf).toList();
    }
}
