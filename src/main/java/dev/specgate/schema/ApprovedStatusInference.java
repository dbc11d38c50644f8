package dev.specgate.schema;

import dev.specgate.model.InlineText;
import dev.specgate.model.MetadataEntry;
import dev.specgate.model.SpecDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which document status values mean "approved": those of the template's Status options that are {@code Approved}
 * or {@code Implemented} (compared case-insensitively, kept in the template's spelling). Without a Status field
 * listing either, {@code Approved}.
 */
public final class ApprovedStatusInference {

    private static final Set<String> APPROVED = Set.of("approved", "implemented");

    private ApprovedStatusInference() {}

    public static List<String> infer(SpecDocument template) {
        List<String> found = new ArrayList<>();
        template.metadata().get("status").map(MetadataEntry::value).ifPresent(value -> {
            String options = value.strip().replaceAll("^\\[|\\]$", "");
            for (String option : options.split("[|/,]")) {
                String candidate = InlineText.unwrap(option);
                if (APPROVED.contains(candidate.toLowerCase(Locale.ROOT))) {
                    found.add(candidate);
                }
            }
        });
        return found.isEmpty() ? List.of("Approved") : List.copyOf(found);
    }
}
