package dev.specgate.rules;

import dev.specgate.model.LineKind;
import dev.specgate.model.SourceLine;
import dev.specgate.model.SpecDocument;
import dev.specgate.schema.PromptText;
import dev.specgate.schema.SpecSchema;
import java.util.List;

/**
 * {@code placeholder}: no template placeholder is left in the spec (see {@link PlaceholderScanner} for what counts),
 * and no template prompt line or list item is left verbatim. One finding per placeholder, at its column.
 */
public final class PlaceholderRule implements Rule {

    /** The rule id. */
    public static final String ID = "placeholder";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "No template placeholder ([prompt], {{VAR}}, YYYY-MM-DD, TBD, Task 1) or template prompt line is left.";
    }

    @Override
    public void check(SpecDocument document, SpecSchema schema, FindingCollector out) {
        for (SourceLine line : document.lines()) {
            List<PlaceholderToken> tokens = PlaceholderScanner.scan(line, document.referenceLabels());
            for (PlaceholderToken token : tokens) {
                out.report(line.at(token.index()), "Placeholder \"" + token.text() + "\" left in");
            }
            if (tokens.isEmpty() && isPromptLeft(line, schema)) {
                out.report(
                        line.start(),
                        "Template text left unchanged: \"" + line.text().strip() + "\"");
            }
        }
    }

    private static boolean isPromptLeft(SourceLine line, SpecSchema schema) {
        if (line.kind() != LineKind.TEXT && line.kind() != LineKind.LIST_ITEM) {
            return false;
        }
        String normalized = PromptText.normalize(line.text());
        return !normalized.isEmpty() && schema.promptLines().contains(normalized);
    }
}
