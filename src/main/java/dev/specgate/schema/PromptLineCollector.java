package dev.specgate.schema;

import dev.specgate.model.LineKind;
import dev.specgate.model.ListItem;
import dev.specgate.model.MetadataEntry;
import dev.specgate.model.SourceLine;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.TaskState;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Collects the template's prompt lines: prose lines and list items a filled spec must not keep verbatim, such as
 * {@code What technical problem are we solving?}, {@code Goal 1} or {@code **Term**: Definition}.
 *
 * <p>Only paragraph text and list item lines count. Left out: metadata lines; labels (text that ends with {@code :}
 * once emphasis is removed, such as {@code **Request**:}); lines with fewer than two words; lines holding a
 * bracketed prompt or a <code>{{VAR}}</code> (the placeholder rule already reports those, so listing them here would
 * report the same line twice); task items ({@code - [ ] Deploy to staging}), which are checklists a spec keeps and
 * ticks (numbered ones such as {@code - [ ] Task 1} are bare numbered items the placeholder rule reports); and lines
 * that start with inline code ({@code `404 Not Found`: Resource missing}), which list literal values a spec may keep.
 */
final class PromptLineCollector {

    private static final Pattern BRACKET_PROMPT =
            Pattern.compile("\\[[^\\[\\]]*[^\\[\\]\\sxX][^\\[\\]]*\\](?![(\\[:])" + "|\\{\\{[^}]*\\}\\}");
    private static final Pattern HTML_ONLY = Pattern.compile("<[^>]*>|<!--.*-->");

    private PromptLineCollector() {}

    static Set<String> collect(SpecDocument template) {
        Set<Integer> metadataLines = template.metadata().entries().stream()
                .map(MetadataEntry::keyLocation)
                .map(location -> location.line())
                .collect(Collectors.toSet());
        Set<Integer> taskLines = template.listItems().stream()
                .filter(item -> item.task() != TaskState.NONE)
                .map(ListItem::location)
                .map(location -> location.line())
                .collect(Collectors.toSet());
        Set<String> prompts = new LinkedHashSet<>();
        for (SourceLine line : template.lines()) {
            if ((line.kind() == LineKind.TEXT || line.kind() == LineKind.LIST_ITEM)
                    && !metadataLines.contains(line.number())
                    && !taskLines.contains(line.number())
                    && isPrompt(line.text())) {
                prompts.add(PromptText.normalize(line.text()));
            }
        }
        return prompts;
    }

    static boolean isPrompt(String text) {
        String normalized = PromptText.normalize(text);
        String plain =
                normalized.replaceAll("[*_]+(?=\\s|$|:)|(?<=\\s|^)[*_]+", "").strip();
        if (plain.isEmpty()
                || plain.endsWith(":")
                || plain.startsWith("`")
                || HTML_ONLY.matcher(plain).matches()) {
            return false;
        }
        if (BRACKET_PROMPT.matcher(text).find()) {
            return false;
        }
        return plain.split("\\s+").length >= 2;
    }
}
