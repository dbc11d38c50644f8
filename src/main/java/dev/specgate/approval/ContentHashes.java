package dev.specgate.approval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The hashes of a spec's approvable content (see {@link ApprovableContent}): one over the whole, one per section.
 *
 * @param whole {@code sha256:} and the hex SHA-256 of the whole approvable content
 * @param sections per section, keyed by heading path ({@code Design > Data Model}; {@link #PREAMBLE} for the text
 *     before the first section), the first 16 hex digits of the SHA-256 of the section's own text (heading and
 *     body, subsections excluded), in document order
 */
public record ContentHashes(String whole, Map<String, String> sections) {

    /** The key of the text before the first section: the title and the metadata other than status and dates. */
    public static final String PREAMBLE = "(preamble)";

    public ContentHashes {
        Objects.requireNonNull(whole, "whole");
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    /**
     * The sections whose text differs from {@code approved}: changed and added ones in this content's order, then
     * those only {@code approved} has (removed).
     */
    public List<String> changedSince(ContentHashes approved) {
        List<String> changed = new ArrayList<>();
        sections.forEach((key, hash) -> {
            if (!hash.equals(approved.sections().get(key))) {
                changed.add(key);
            }
        });
        approved.sections().keySet().stream()
                .filter(key -> !sections.containsKey(key))
                .forEach(changed::add);
        return changed;
    }
}
