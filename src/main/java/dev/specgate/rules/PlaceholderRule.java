package dev.specgate.rules;

import dev.specgate.model.BlockKind;
import dev.specgate.model.MetadataEntry;
import dev.specgate.model.Section;
import dev.specgate.model.SourceLocation;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.TextBlock;
import dev.specgate.schema.Placeholders;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code placeholder}: no template placeholder is left in the spec and no template prompt text is kept verbatim.
 * What counts is decided by the schema's {@link Placeholders}, learned from the template. One finding per
 * placeholder, at its column; metadata values are the metadata rule's concern only for their type.
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
        return "No template placeholder ([prompt], {{VAR}}, YYYY-MM-DD, TBD, Task 1) or template prompt text is left.";
    }

    @Override
    public void check(RuleContext context, FindingCollector out) {
        Placeholders placeholders = context.schema().placeholders();
        Map<SourceLocation, String> found = new TreeMap<>();
        for (TextBlock block : context.document().blocks()) {
            List<Placeholders.Hit> hits = placeholders.find(block);
            for (Placeholders.Hit hit : hits) {
                found.put(hit.location(), "Placeholder \"" + hit.text() + "\" left in");
            }
            if (hits.isEmpty() && placeholders.isPromptLeft(block) && !answered(context, block)) {
                found.put(block.location(), "Template text left unchanged: \"" + block.visibleText() + "\"");
            }
        }
        // Metadata written as prose lies in blocks and was read there; front matter is read here.
        Set<Integer> blockLines = new HashSet<>();
        for (TextBlock block : context.document().blocks()) {
            for (int line = block.line(); line <= block.endLine(); line++) {
                blockLines.add(line);
            }
        }
        for (MetadataEntry entry : context.document().metadata().entries()) {
            if (blockLines.contains(entry.keyLocation().line())) {
                continue;
            }
            for (Placeholders.Hit hit : placeholders.find(entry.value(), entry.valueLocation())) {
                found.putIfAbsent(hit.location(), "Placeholder \"" + hit.text() + "\" left in");
            }
        }
        found.forEach(out::report);
    }

    /**
     * A template question kept as the lead-in of its answer ({@code Why should we not do this?} followed by the
     * reasons) is answered: the section holds content after it that is not itself template text.
     */
    private static boolean answered(RuleContext context, TextBlock block) {
        if (!block.visibleText().endsWith("?")) {
            return false;
        }
        SpecDocument document = context.document();
        int end = document.sectionAt(block.line()).map(Section::endLine).orElse(document.lineCount());
        Placeholders placeholders = context.schema().placeholders();
        return document.blocks().stream()
                .filter(b -> b.line() > block.endLine() && b.line() <= end)
                .filter(b -> b.kind() != BlockKind.HEADING && !b.onlyComments())
                .anyMatch(b -> !placeholders.isPromptLeft(b));
    }
}
