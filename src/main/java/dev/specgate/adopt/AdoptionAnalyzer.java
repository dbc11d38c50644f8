package dev.specgate.adopt;

import dev.specgate.model.MetadataEntry;
import dev.specgate.model.Section;
import dev.specgate.model.SourceLine;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.TextBlock;
import dev.specgate.model.TextKey;
import dev.specgate.schema.HeadingText;
import dev.specgate.schema.Placeholders;
import dev.specgate.schema.SectionSpec;
import dev.specgate.schema.SpecSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a template and every spec written from it (over the years, under older versions of it) and proposes the
 * configuration that fits the specs as they are: heading aliases, optional sections, kept text and the metadata in
 * use. Knows nothing of Maven or files; {@link AdoptionRun} feeds it.
 *
 * <p>Aliases are found per spec, level by level under sections that match: a template section the spec lacks is
 * paired with a spec heading that no template section claims when the heading shares words with the section's
 * title, or sits where the template puts the section (between the spec's headings for the template sections around
 * it); the template's prompt text under the section breaks ties. A heading becomes an alias when enough specs pair it
 * with the same section, and only for the section most of them pair it with.
 */
public final class AdoptionAnalyzer {

    /** An alias needs this share of the specs behind it, and at least {@link #MIN_ALIAS_SPECS}. */
    static final double MIN_ALIAS_SHARE = 0.05;

    static final int MIN_ALIAS_SPECS = 2;

    /** Metadata fields used by fewer specs than this share are not listed unless the template has them. */
    static final double MIN_METADATA_SHARE = 0.10;

    private static final double WORDS_ELSEWHERE = 0.5;

    /** The proposal for these specs of this template. */
    public AdoptionProposal analyze(SpecSchema schema, SpecDocument template, List<SpecDocument> specs) {
        List<TemplateSection> outline = outline(schema.sections(), template, List.of());
        Map<String, Map<String, Tally>> votes = new LinkedHashMap<>();
        for (SpecDocument spec : specs) {
            Map<String, Map<String, Vote>> specVotes = new LinkedHashMap<>();
            pairUp(outline, spec.sections(), specVotes);
            specVotes.forEach((path, byHeading) ->
                    byHeading.forEach((key, vote) -> votes.computeIfAbsent(key, k -> new LinkedHashMap<>())
                            .computeIfAbsent(path, p -> new Tally())
                            .add(vote)));
        }
        List<AdoptionProposal.Alias> aliases = aliases(votes, specs.size());
        Map<String, List<String>> aliasMap = new HashMap<>();
        aliases.forEach(a -> aliasMap.computeIfAbsent(a.sectionPath(), k -> new ArrayList<>())
                .add(a.heading()));
        return new AdoptionProposal(
                specs.size(),
                aliases,
                optionalSections(outline, specs, aliasMap),
                keptText(schema, template, specs),
                metadata(schema, specs));
    }

    private static List<TemplateSection> outline(
            List<SectionSpec> sections, SpecDocument template, List<String> parent) {
        List<TemplateSection> outline = new ArrayList<>();
        for (SectionSpec spec : sections) {
            List<String> path = new ArrayList<>(parent);
            path.add(spec.title());
            String prompt = template.allSections().stream()
                    .filter(s -> s.line() == spec.templateLine())
                    .findFirst()
                    .map(s ->
                            template.bodyLines(s).stream().map(SourceLine::text).collect(Collectors.joining(" ")))
                    .orElse("");
            outline.add(new TemplateSection(
                    spec,
                    path,
                    Stems.of(HeadingText.display(spec.title())),
                    Stems.of(prompt),
                    outline(spec.children(), template, path)));
        }
        return outline;
    }

    /** One spec's pairing of a template section with a heading. */
    private record Vote(String spelling, boolean byPosition) {}

    /** The specs that pair one heading with one section. */
    private static final class Tally {
        int specs;
        int byPosition;
        final Map<String, Integer> spellings = new HashMap<>();

        void add(Vote vote) {
            specs++;
            if (vote.byPosition()) {
                byPosition++;
            }
            spellings.merge(vote.spelling(), 1, Integer::sum);
        }

        String spelling() {
            return spellings.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow()
                    .getKey();
        }
    }

    private record Pair(int section, int heading, double score, boolean byPosition) {}

    /** Pairs the template's sections with one spec's sibling headings, recording a vote for each alias pairing. */
    private static void pairUp(
            List<TemplateSection> template, List<Section> headings, Map<String, Map<String, Vote>> votes) {
        int[] headingOf = new int[template.size()];
        boolean[] used = new boolean[headings.size()];
        for (int i = 0; i < template.size(); i++) {
            headingOf[i] = -1;
            for (int j = 0; j < headings.size(); j++) {
                if (!used[j] && template.get(i).matches(headings.get(j), List.of())) {
                    headingOf[i] = j;
                    used[j] = true;
                    pairUp(template.get(i).children(), headings.get(j).children(), votes);
                    break;
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < template.size(); i++) {
            TemplateSection section = template.get(i);
            if (headingOf[i] >= 0 || section.spec().pattern().isPresent()) {
                continue;
            }
            int before = -1;
            for (int k = i - 1; k >= 0 && before < 0; k--) {
                before = headingOf[k];
            }
            int after = headings.size();
            for (int k = i + 1; k < template.size() && after == headings.size(); k++) {
                after = headingOf[k] >= 0 ? headingOf[k] : headings.size();
            }
            for (int j = 0; j < headings.size(); j++) {
                if (used[j]) {
                    continue;
                }
                Set<String> words = Stems.of(HeadingText.display(headings.get(j).title()));
                boolean inPlace = j > before && j < after;
                double title = Stems.overlap(words, section.titleStems());
                double prompt = Stems.coverage(words, section.promptStems());
                if (!inPlace && title < WORDS_ELSEWHERE) {
                    continue;
                }
                double order = inPlace && rank(i, headingOf, template) == rank(j, before, used) ? 0.25 : 0;
                double score = (inPlace ? 1 : 0) + title + 0.5 * prompt + order;
                pairs.add(new Pair(i, j, score, title == 0 && prompt == 0));
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
        Set<Integer> pairedSections = new HashSet<>();
        Set<Integer> pairedHeadings = new HashSet<>();
        for (Pair pair : pairs) {
            if (pairedSections.contains(pair.section()) || pairedHeadings.contains(pair.heading())) {
                continue;
            }
            pairedSections.add(pair.section());
            pairedHeadings.add(pair.heading());
            TemplateSection section = template.get(pair.section());
            Section heading = headings.get(pair.heading());
            String spelling = HeadingText.display(heading.title());
            votes.computeIfAbsent(section.displayPath(), k -> new LinkedHashMap<>())
                    .putIfAbsent(spelling.toLowerCase(java.util.Locale.ROOT), new Vote(spelling, pair.byPosition()));
            pairUp(section.children(), heading.children(), votes);
        }
    }

    /** The rank of a missing section among the missing sections between the same two present ones. */
    private static int rank(int section, int[] headingOf, List<TemplateSection> template) {
        int rank = 0;
        for (int k = section - 1; k >= 0 && headingOf[k] < 0; k--) {
            if (template.get(k).spec().pattern().isEmpty()) {
                rank++;
            }
        }
        return rank;
    }

    /** The rank of an unclaimed heading among the unclaimed headings after {@code before}. */
    private static int rank(int heading, int before, boolean[] used) {
        int rank = 0;
        for (int j = before + 1; j < heading; j++) {
            if (!used[j]) {
                rank++;
            }
        }
        return rank;
    }

    /** Each heading for the one section most specs pair it with, when enough specs do. */
    private static List<AdoptionProposal.Alias> aliases(Map<String, Map<String, Tally>> votes, int specs) {
        int needed = Math.max(MIN_ALIAS_SPECS, (int) Math.ceil(MIN_ALIAS_SHARE * specs));
        List<AdoptionProposal.Alias> aliases = new ArrayList<>();
        votes.forEach((heading, bySection) -> bySection.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Tally> e) -> e.getValue().specs)
                        .thenComparing(Map.Entry.comparingByKey()))
                .filter(best -> best.getValue().specs >= needed)
                .ifPresent(best -> aliases.add(new AdoptionProposal.Alias(
                        best.getKey(),
                        best.getValue().spelling(),
                        best.getValue().specs,
                        best.getValue().byPosition))));
        aliases.sort(Comparator.comparingInt(AdoptionProposal.Alias::specs)
                .reversed()
                .thenComparing(AdoptionProposal.Alias::sectionPath)
                .thenComparing(AdoptionProposal.Alias::heading));
        return aliases;
    }

    /** Required template sections that fewer than half of the specs have where their parent is present. */
    private static List<AdoptionProposal.OptionalSection> optionalSections(
            List<TemplateSection> outline, List<SpecDocument> specs, Map<String, List<String>> aliases) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (SpecDocument spec : specs) {
            countPresence(outline, spec.sections(), aliases, counts);
        }
        List<AdoptionProposal.OptionalSection> optional = new ArrayList<>();
        for (TemplateSection section : flatten(outline)) {
            int[] count = counts.get(section.displayPath());
            if (section.spec().optional() || count == null || count[1] == 0) {
                continue;
            }
            if (count[0] * 2 < count[1]) {
                optional.add(new AdoptionProposal.OptionalSection(section.displayPath(), count[0]));
            }
        }
        return optional;
    }

    /** {@code counts[path] = {specs that have it, specs that have its parent}}. */
    private static void countPresence(
            List<TemplateSection> template,
            List<Section> headings,
            Map<String, List<String>> aliases,
            Map<String, int[]> counts) {
        for (TemplateSection section : template) {
            int[] count = counts.computeIfAbsent(section.displayPath(), k -> new int[2]);
            count[1]++;
            List<String> extra = aliases.getOrDefault(section.displayPath(), List.of());
            Optional<Section> found =
                    headings.stream().filter(h -> section.matches(h, extra)).findFirst();
            if (found.isPresent()) {
                count[0]++;
                countPresence(section.children(), found.get().children(), aliases, counts);
            }
        }
    }

    private static List<TemplateSection> flatten(List<TemplateSection> outline) {
        List<TemplateSection> all = new ArrayList<>();
        for (TemplateSection section : outline) {
            all.add(section);
            all.addAll(flatten(section.children()));
        }
        return all;
    }

    /** Template prompt texts (paragraphs, list items) that more than half of the specs keep word for word. */
    private static List<AdoptionProposal.KeptText> keptText(
            SpecSchema schema, SpecDocument template, List<SpecDocument> specs) {
        Placeholders placeholders = schema.placeholders();
        Map<String, Integer> kept = new HashMap<>();
        for (SpecDocument spec : specs) {
            spec.blocks().stream()
                    .filter(placeholders::isPromptLeft)
                    .map(AdoptionAnalyzer::compared)
                    .distinct()
                    .forEach(text -> kept.merge(text, 1, Integer::sum));
        }
        List<AdoptionProposal.KeptText> result = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (TextBlock block : template.blocks()) {
            String text = compared(block);
            int count = kept.getOrDefault(text, 0);
            if (placeholders.isPromptLeft(block) && count * 2 > specs.size() && listed.add(text)) {
                result.add(new AdoptionProposal.KeptText(block.visibleText(), block.line(), count));
            }
        }
        return result;
    }

    /** A prompt text as the placeholder rule compares it (code markers, emphasis, case and spacing aside). */
    private static String compared(TextBlock block) {
        return TextKey.of(block.visibleText().replace("`", ""));
    }

    /** The template's metadata fields, then any other field a tenth of the specs use; most used first. */
    private static List<AdoptionProposal.MetadataField> metadata(SpecSchema schema, List<SpecDocument> specs) {
        Map<String, Tally> used = new LinkedHashMap<>();
        for (SpecDocument spec : specs) {
            Map<String, String> keys = new LinkedHashMap<>();
            spec.metadata().entries().forEach(e -> keys.putIfAbsent(e.normalizedKey(), e.key()));
            keys.forEach((key, spelling) ->
                    used.computeIfAbsent(key, k -> new Tally()).add(new Vote(spelling, false)));
        }
        Map<String, String> templateKeys = new LinkedHashMap<>();
        schema.metadata().forEach(f -> templateKeys.put(MetadataEntry.normalize(f.key()), f.key()));
        List<AdoptionProposal.MetadataField> fields = new ArrayList<>();
        templateKeys.forEach((key, spelling) -> fields.add(new AdoptionProposal.MetadataField(
                spelling, Optional.ofNullable(used.get(key)).map(t -> t.specs).orElse(0), true)));
        used.forEach((key, tally) -> {
            if (!templateKeys.containsKey(key) && tally.specs >= MIN_METADATA_SHARE * specs.size()) {
                fields.add(new AdoptionProposal.MetadataField(tally.spelling(), tally.specs, false));
            }
        });
        fields.sort(Comparator.comparingInt(AdoptionProposal.MetadataField::specs)
                .reversed()
                .thenComparing(AdoptionProposal.MetadataField::key));
        return fields;
    }
}
