package dev.specgate.schema;

import dev.specgate.model.SpecDocument;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the template's open-questions section: the first heading whose title contains "Open Questions". */
public final class OpenQuestionsInference {

    private OpenQuestionsInference() {}

    /** The heading path of the open-questions section, when the template has one. */
    public static Optional<List<String>> infer(SpecDocument template) {
        return template.allSections().stream()
                .filter(s -> s.title().toLowerCase(Locale.ROOT).contains("open questions"))
                .map(TemplatePath::of)
                .findFirst();
    }
}
