package dev.specgate.rules;

import dev.specgate.model.ListItem;
import dev.specgate.model.Section;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.TaskState;
import dev.specgate.schema.SpecSchema;
import java.util.Optional;

/**
 * {@code open-questions}: once a spec's status is approved, no unchecked task item ({@code - [ ]}) remains in its
 * open-questions section. Unchecked boxes elsewhere, and open questions in drafts, are fine.
 */
public final class OpenQuestionsRule implements Rule {

    public static final String ID = "open-questions";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "An approved spec has no unchecked item left in its Open Questions section.";
    }

    @Override
    public void check(RuleContext context, FindingCollector out) {
        SpecDocument document = context.document();
        SpecSchema schema = context.schema();
        if (schema.openQuestionsPath().isEmpty() || context.approvedStatus().isEmpty()) {
            return;
        }
        Optional<Section> section = SectionLookup.find(
                document, schema.sections(), schema.openQuestionsPath().get());
        if (section.isEmpty()) {
            return;
        }
        for (ListItem item : document.listItemsIn(section.get())) {
            if (item.task() == TaskState.OPEN) {
                out.report(
                        item.location(), "Open question still unchecked in an approved spec: \"" + item.text() + "\"");
            }
        }
    }
}
