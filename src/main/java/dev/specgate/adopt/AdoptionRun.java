package dev.specgate.adopt;

import dev.specgate.discovery.SpecFileReader;
import dev.specgate.discovery.SpecFileSet;
import dev.specgate.discovery.SpecReadException;
import dev.specgate.engine.CheckRequest;
import dev.specgate.engine.SpecCheckException;
import dev.specgate.engine.SpecChecker;
import dev.specgate.engine.SpecSetRequest;
import dev.specgate.engine.TemplateSource;
import dev.specgate.gate.SeverityPolicy;
import dev.specgate.model.SpecDocument;
import dev.specgate.parse.MarkdownParser;
import dev.specgate.schema.SchemaOverrides;
import dev.specgate.schema.SpecSchema;
import dev.specgate.schema.TemplateReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs {@code spec:init}'s analysis on one spec set: reads the template and every spec, asks the
 * {@link AdoptionAnalyzer} for a proposal, and checks the set three times (as configured, with the proposed
 * aliases, with the whole proposal) to count the findings each leaves. No Maven types.
 */
public final class AdoptionRun {

    private final MarkdownParser parser = new MarkdownParser();
    private final SpecChecker checker = new SpecChecker();

    /**
     * What the analysis of one spec set gives.
     *
     * @param set the spec set as configured
     * @param template how messages name the template: relative to the base directory when it lies below it, else
     *     absolute
     * @param proposal what the analysis proposes
     * @param now the findings as configured
     * @param withAliases the findings with the proposed aliases added
     * @param withProposal the findings with the whole proposal (aliases and optional sections) added
     */
    public record Outcome(
            SpecSetRequest set,
            String template,
            AdoptionProposal proposal,
            FindingCounts now,
            FindingCounts withAliases,
            FindingCounts withProposal) {

        /** The configured overrides with the whole proposal added: what the proposed configuration says. */
        public SchemaOverrides proposedOverrides() {
            return AdoptionRun.withProposal(set.overrides(), proposal.aliasMap(), proposal.optionalPaths());
        }
    }

    /**
     * Analyses one spec set of the project at {@code baseDirectory}.
     *
     * @throws SpecCheckException when the template or a spec cannot be read, or the configuration is invalid
     */
    public Outcome run(Path baseDirectory, SpecSetRequest set, Charset encoding, SeverityPolicy severities)
            throws SpecCheckException {
        TemplateSource template = TemplateSource.resolve(set, baseDirectory, encoding);
        SpecDocument templateDocument = parser.parse(template.displayName(), template.text());
        SpecSchema schema;
        try {
            schema = set.overrides().applyTo(new TemplateReader().read(templateDocument, template.displayName()));
        } catch (IllegalArgumentException e) {
            throw new SpecCheckException(
                    "Invalid spec set configuration for " + template.displayName() + ": " + e.getMessage(), e);
        }
        List<SpecDocument> specs = specs(baseDirectory, set, template.file(), encoding);
        AdoptionProposal proposal = new AdoptionAnalyzer().analyze(schema, templateDocument, specs);

        SpecSetRequest aliased = with(set, withProposal(set.overrides(), proposal.aliasMap(), List.of()));
        SpecSetRequest proposed =
                with(set, withProposal(set.overrides(), proposal.aliasMap(), proposal.optionalPaths()));
        return new Outcome(
                set,
                template.file().map(file -> shown(baseDirectory, file)).orElse(template.displayName()),
                proposal,
                count(baseDirectory, set, encoding, severities),
                count(baseDirectory, aliased, encoding, severities),
                count(baseDirectory, proposed, encoding, severities));
    }

    private List<SpecDocument> specs(Path base, SpecSetRequest set, Optional<Path> template, Charset encoding)
            throws SpecCheckException {
        Path directory = base.resolve(set.directory()).normalize();
        SpecFileReader reader = new SpecFileReader(encoding);
        List<SpecDocument> specs = new ArrayList<>();
        try {
            for (Path file : new SpecFileSet(directory, set.includes(), set.excludes()).files()) {
                if (template.map(t -> t.normalize().equals(file.normalize())).orElse(false)) {
                    continue;
                }
                String display = shown(base, file);
                specs.add(parser.parse(display, reader.read(file, display)));
            }
        } catch (SpecReadException e) {
            throw new SpecCheckException(e.getMessage(), e);
        }
        return specs;
    }

    private static String shown(Path base, Path file) {
        Path absoluteBase = base.toAbsolutePath().normalize();
        Path shown = file.startsWith(absoluteBase) ? absoluteBase.relativize(file) : file;
        return shown.toString().replace('\\', '/');
    }

    private FindingCounts count(Path base, SpecSetRequest set, Charset encoding, SeverityPolicy severities)
            throws SpecCheckException {
        return FindingCounts.of(
                checker.check(new CheckRequest(base, List.of(set), encoding, severities, Optional.empty())));
    }

    private static SpecSetRequest with(SpecSetRequest set, SchemaOverrides overrides) {
        return new SpecSetRequest(set.directory(), set.includes(), set.excludes(), set.template(), overrides);
    }

    /** The overrides with more aliases and optional sections; the rest as it was. */
    static SchemaOverrides withProposal(
            SchemaOverrides overrides, Map<String, List<String>> aliases, List<String> optionalSections) {
        Map<String, List<String>> allAliases = new LinkedHashMap<>();
        overrides.aliases().forEach((path, names) -> allAliases.put(path, new ArrayList<>(names)));
        aliases.forEach((path, names) ->
                allAliases.computeIfAbsent(path, k -> new ArrayList<>()).addAll(names));
        List<String> optional = new ArrayList<>(overrides.optionalSections());
        optionalSections.stream().filter(p -> !optional.contains(p)).forEach(optional::add);
        return SchemaOverrides.ofSections(overrides.requiredSections(), optional, allAliases)
                .withRequirementIds(overrides.requirementIds())
                .withSignOff(overrides.signOff())
                .withApprovedStatuses(overrides.approvedStatuses())
                .withOpenQuestionsSection(overrides.openQuestionsSection());
    }
}
