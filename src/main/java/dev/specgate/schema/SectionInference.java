package dev.specgate.schema;

import dev.specgate.model.Section;
import dev.specgate.model.SpecDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the template's section tree into {@link SectionSpec}s: placeholder headings become patterns, numbered
 * repeats among siblings collapse into the first one, and optional markers are honoured (see {@link OptionalMarker}).
 */
final class SectionInference {

    private final SpecDocument template;
    private final List<Section> topLevel;

    SectionInference(SpecDocument template, List<Section> topLevel) {
        this.template = template;
        this.topLevel = topLevel;
    }

    List<SectionSpec> specs() {
        return specsOf(topLevel);
    }

    private List<SectionSpec> specsOf(List<Section> siblings) {
        // Siblings equal once digits are generalised are one requirement; the first one speaks for the group.
        Map<String, List<Section>> groups = new LinkedHashMap<>();
        for (Section section : siblings) {
            String title = OptionalMarker.stripFromTitle(section.title());
            String key = section.level() + ":" + HeadingPattern.repeatKey(title);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(section);
        }
        List<SectionSpec> specs = new ArrayList<>();
        for (List<Section> group : groups.values()) {
            specs.add(specOf(group.get(0), group.size() > 1));
        }
        return specs;
    }

    private SectionSpec specOf(Section section, boolean repeated) {
        String title = OptionalMarker.stripFromTitle(section.title());
        Optional<Pattern> pattern = HeadingPattern.forPlaceholders(title);
        if (pattern.isEmpty() && repeated && HeadingPattern.hasNumber(title)) {
            pattern = Optional.of(HeadingPattern.forRepeat(title));
        }
        return new SectionSpec(
                title,
                section.level(),
                pattern,
                OptionalMarker.isOptional(template, section) || HeadingPattern.isPlaceholderOnly(title),
                List.of(),
                section.line(),
                specsOf(section.children()));
    }
}
