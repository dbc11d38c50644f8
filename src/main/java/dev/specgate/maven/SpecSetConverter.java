package dev.specgate.maven;

import dev.specgate.approval.ApprovalLockFile;
import dev.specgate.engine.SpecSetRequest;
import dev.specgate.schema.RequirementIdOverrides;
import dev.specgate.schema.SchemaOverrides;
import dev.specgate.schema.SignOffOverrides;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/** Turns the {@code <specSet>}s bound from the POM into engine requests, checking what the POM says. */
final class SpecSetConverter {

    private final Path baseDirectory;

    SpecSetConverter(Path baseDirectory) {
        this.baseDirectory = baseDirectory;
    }

    /** The requests for the configured sets, or for the default set when none is configured. */
    List<SpecSetRequest> convert(List<SpecSet> specSets) throws MojoExecutionException {
        List<SpecSet> sets = specSets == null || specSets.isEmpty() ? List.of(new SpecSet()) : specSets;
        List<SpecSetRequest> requests = new ArrayList<>();
        for (SpecSet set : sets) {
            requests.add(convert(set));
        }
        return requests;
    }

    private SpecSetRequest convert(SpecSet set) throws MojoExecutionException {
        String directory = blankToNull(set.getDirectory());
        Path dir = baseDirectory
                .resolve(directory == null ? CheckMojo.DEFAULT_DIRECTORY : directory)
                .normalize();
        Optional<Path> template = Optional.ofNullable(blankToNull(set.getTemplate()))
                .map(t -> baseDirectory.resolve(t).normalize());
        SchemaOverrides overrides = SchemaOverrides.ofSections(
                        trimmed(set.getRequiredSections()),
                        trimmed(set.getOptionalSections()),
                        aliases(set.getAliases()))
                .withRequirementIds(requirementIds(set.getRequirementIds()))
                .withSignOff(signOff(set.getSignOff()))
                .withApprovedStatuses(trimmed(set.getApprovedStatuses()))
                .withOpenQuestionsSection(Optional.ofNullable(blankToNull(set.getOpenQuestionsSection())));
        Path approvalLock = Optional.ofNullable(blankToNull(set.getApprovalLock()))
                .map(l -> baseDirectory.resolve(l).normalize())
                .orElse(dir.resolve(ApprovalLockFile.DEFAULT_NAME));
        return new SpecSetRequest(
                dir, trimmed(set.getIncludes()), trimmed(set.getExcludes()), template, overrides, approvalLock);
    }

    private static RequirementIdOverrides requirementIds(RequirementIdsConfig config) throws MojoExecutionException {
        if (config == null) {
            return RequirementIdOverrides.NONE;
        }
        try {
            return RequirementIdOverrides.of(
                    config.getPattern(),
                    config.getPrefix(),
                    trimmed(config.getDefinitionSections()),
                    config.getScope());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid value for parameter " + e.getMessage(), e);
        }
    }

    private static SignOffOverrides signOff(SignOffConfig config) {
        if (config == null) {
            return SignOffOverrides.NONE;
        }
        return new SignOffOverrides(
                Optional.ofNullable(blankToNull(config.getSection())),
                trimmed(config.getRoles()),
                trimmed(config.getStatuses()));
    }

    private static Map<String, List<String>> aliases(List<String> entries) throws MojoExecutionException {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (String entry : trimmed(entries)) {
            int equals = entry.indexOf('=');
            String path = equals < 0 ? "" : entry.substring(0, equals).trim();
            String alias = equals < 0 ? "" : entry.substring(equals + 1).trim();
            if (path.isEmpty() || alias.isEmpty()) {
                throw new MojoExecutionException("Invalid value for parameter aliases: \"" + entry
                        + "\"; write <alias>Template Heading = Other Heading</alias>, e.g."
                        + " <alias>Testing Strategy = Test Plan</alias>");
            }
            aliases.computeIfAbsent(path, key -> new ArrayList<>()).add(alias);
        }
        return aliases;
    }

    private static List<String> trimmed(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(String::trim)
                        .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
