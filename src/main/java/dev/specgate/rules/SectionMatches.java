package dev.specgate.rules;

import dev.specgate.model.Section;
import dev.specgate.model.SourceLocation;
import dev.specgate.schema.SectionSpec;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of matching a schema's section tree against a spec's section tree (see {@link SectionMatcher}).
 *
 * @param present every template section found, with the spec heading that satisfies it (a pattern section may be
 *     satisfied by several headings: one entry each)
 * @param absent every required template section not found under its (present) parent; the children of an absent
 *     or optional-and-absent section are not listed
 */
record SectionMatches(List<Present> present, List<Absent> absent) {

    SectionMatches {
        present = List.copyOf(present);
        absent = List.copyOf(absent);
    }

    /**
     * A template section and the spec heading that satisfies it.
     *
     * @param spec the template section
     * @param specPath the template heading path down to {@code spec}, in template spelling
     * @param section the spec's section
     */
    record Present(SectionSpec spec, List<String> specPath, Section section) {
        Present {
            specPath = List.copyOf(specPath);
        }
    }

    /**
     * A required template section the spec lacks under its parent.
     *
     * @param spec the template section
     * @param specPath the template heading path down to {@code spec}, in template spelling
     * @param insertionPoint column 1 of the line where the section should start
     * @param elsewhere a heading with the section's title that is not where the template puts it, if there is one
     */
    record Absent(SectionSpec spec, List<String> specPath, SourceLocation insertionPoint, Optional<Section> elsewhere) {
        Absent {
            specPath = List.copyOf(specPath);
        }

        /** The template path of the parent, e.g. {@code Deployment}, or {@code (top level)}. */
        String parentPath() {
            return specPath.size() <= 1 ? "(top level)" : String.join(" > ", specPath.subList(0, specPath.size() - 1));
        }
    }
}
