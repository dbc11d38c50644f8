package dev.specgate.engine;

import java.util.List;

/**
 * What the engine is about to check for one spec set, for progress messages.
 *
 * @param directory the spec directory relative to the base directory, {@code /}-separated
 * @param includes the include patterns in effect
 * @param template the template relative to the base directory, or {@link TemplateSource#BUILT_IN_NAME}
 * @param specCount how many spec files were found (the template itself is never one of them)
 */
public record SpecSetPlan(String directory, List<String> includes, String template, int specCount) {

    public SpecSetPlan {
        includes = List.copyOf(includes);
    }

    /** Whether the set is checked against the built-in default template rather than a file. */
    public boolean builtInTemplate() {
        return template.equals(TemplateSource.BUILT_IN_NAME);
    }
}
