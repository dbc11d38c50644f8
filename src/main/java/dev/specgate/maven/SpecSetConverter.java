package dev.specgate.maven;

import dev.specgate.approval.ApprovalLockFile;
import dev.specgate.discovery.SpecFileSet;
import dev.specgate.engine.SpecSetRequest;
import dev.specgate.schema.RequirementIdOverrides;
import dev.specgate.schema.SchemaOverrides;
import dev.specgate.schema.SignOffOverrides;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Turns the {@code <specSet>}s bound from the POM into engine requests, checking what the POM says: a spec directory
 * must lie inside the project unless {@code allowOutsideProject} is set, include and exclude patterns cannot leave
 * the directory, and a configured directory must exist, while the default one may be absent (the set is skipped).
 */
final class SpecSetConverter {

    private static final int LISTED_SUBDIRECTORIES = 8;

    private final Path baseDirectory;
    private final boolean allowOutsideProject;

    SpecSetConverter(Path baseDirectory) {
        this(baseDirectory, false);
    }

    SpecSetConverter(Path baseDirectory, boolean allowOutsideProject) {
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
        this.allowOutsideProject = allowOutsideProject;
    }

    /**
     * The spec sets to check: the requests for the sets whose directory exists, and the default directories
     * (relative to the base directory) of sets that were skipped because that directory is absent.
     */
    record Conversion(List<SpecSetRequest> requests, List<String> absentDefaults) {

        Conversion {
            requests = List.copyOf(requests);
            absentDefaults = List.copyOf(absentDefaults);
        }
    }

    /**
     * The requests for the configured sets (or the default set), checked against the file system.
     *
     * @throws MojoExecutionException when a configured directory does not exist, naming the parameter, the path and
     *     the nearest existing directory
     */
    Conversion convertExisting(List<SpecSet> specSets) throws MojoExecutionException {
        List<SpecSetRequest> requests = new ArrayList<>();
        List<String> absentDefaults = new ArrayList<>();
        for (SpecSet set : sets(specSets)) {
            SpecSetRequest request = convert(set);
            Path dir = request.directory();
            if (Files.isDirectory(dir)) {
                requests.add(request);
            } else if (blankToNull(set.getDirectory()) == null && !Files.exists(dir)) {
                absentDefaults.add(CheckMojo.DEFAULT_DIRECTORY);
            } else {
                String configured = blankToNull(set.getDirectory());
                throw directoryNotFound(configured == null ? CheckMojo.DEFAULT_DIRECTORY : configured, dir);
            }
        }
        return new Conversion(requests, absentDefaults);
    }

    /** The requests for the configured sets, or for the default set when none is configured. */
    List<SpecSetRequest> convert(List<SpecSet> specSets) throws MojoExecutionException {
        List<SpecSetRequest> requests = new ArrayList<>();
        for (SpecSet set : sets(specSets)) {
            requests.add(convert(set));
        }
        return requests;
    }

    private static List<SpecSet> sets(List<SpecSet> specSets) {
        return specSets == null || specSets.isEmpty() ? List.of(new SpecSet()) : specSets;
    }

    private SpecSetRequest convert(SpecSet set) throws MojoExecutionException {
        String directory = blankToNull(set.getDirectory());
        Path dir = baseDirectory
                .resolve(directory == null ? CheckMojo.DEFAULT_DIRECTORY : directory)
                .normalize();
        // An absolute path is a deliberate choice; a relative one that climbs out (../) is most likely a slip.
        boolean absolute = directory != null && Path.of(directory).isAbsolute();
        if (!allowOutsideProject && !absolute && !dir.startsWith(baseDirectory)) {
            throw new MojoExecutionException("Invalid value for parameter directory: \"" + directory + "\" is "
                    + dir + ", outside the project directory " + baseDirectory
                    + "; point <directory> inside the project, or set <allowOutsideProject>true</allowOutsideProject>"
                    + " (spec.allowOutsideProject) to check specs elsewhere");
        }
        List<String> includes = patterns("includes", set.getIncludes(), directory);
        List<String> excludes = new ArrayList<>(patterns("excludes", set.getExcludes(), directory));
        if (set.isUseDefaultExcludes()) {
            // A file name the includes name on purpose (**/README.md, as KEP-style repositories keep their specs) is
            // not left out by a default exclude of the same name.
            SpecFileSet.DEFAULT_EXCLUDES.stream()
                    .filter(exclude -> includes.stream().noneMatch(include -> sameFileName(include, exclude)))
                    .forEach(excludes::add);
        }
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
        return new SpecSetRequest(dir, includes, excludes, template, overrides, approvalLock);
    }

    /** The trimmed patterns; one with a {@code ..} segment could never match, as files are looked for below it. */
    private static List<String> patterns(String parameter, List<String> values, String directory)
            throws MojoExecutionException {
        List<String> patterns = trimmed(values);
        for (String pattern : patterns) {
            if (Stream.of(pattern.replace('\\', '/').split("/")).anyMatch(".."::equals)) {
                throw new MojoExecutionException("Invalid value for parameter " + parameter + ": \"" + pattern
                        + "\" leaves the spec directory "
                        + (directory == null ? CheckMojo.DEFAULT_DIRECTORY : directory)
                        + "; patterns match files below <directory> only, so set <directory> to the common parent"
                        + " instead");
            }
        }
        return patterns;
    }

    private MojoExecutionException directoryNotFound(String configured, Path dir) {
        Path nearest = dir.getParent();
        while (nearest != null && !Files.isDirectory(nearest)) {
            nearest = nearest.getParent();
        }
        String what = Files.exists(dir) ? "which is not a directory" : "which does not exist";
        StringBuilder message = new StringBuilder("Spec directory not found: parameter directory is \"")
                .append(configured)
                .append("\", ")
                .append(what)
                .append(" (resolved to ")
                .append(dir)
                .append(")");
        if (nearest != null) {
            message.append("; the nearest existing directory is ").append(shown(nearest));
            List<String> children = subdirectories(nearest);
            if (!children.isEmpty()) {
                message.append(", which holds ").append(String.join(", ", children));
            }
        }
        return new MojoExecutionException(message.toString());
    }

    /** A directory relative to the base directory ({@code the project directory} for the base itself). */
    private String shown(Path dir) {
        if (dir.equals(baseDirectory)) {
            return "the project directory " + dir;
        }
        return dir.startsWith(baseDirectory)
                ? baseDirectory.relativize(dir).toString().replace('\\', '/')
                : dir.toString();
    }

    /** The first few visible subdirectories, by name, each ending in {@code /}. */
    private static List<String> subdirectories(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            List<String> names = children.filter(Files::isDirectory)
                    .map(child -> child.getFileName().toString())
                    .filter(name -> !name.startsWith("."))
                    .sorted()
                    .toList();
            List<String> shown = new ArrayList<>(names.stream()
                    .limit(LISTED_SUBDIRECTORIES)
                    .map(name -> name + "/")
                    .toList());
            if (names.size() > LISTED_SUBDIRECTORIES) {
                shown.add("…");
            }
            return shown;
        } catch (IOException e) {
            return List.of();
        }
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

    private static boolean sameFileName(String include, String exclude) {
        String a = include.substring(include.lastIndexOf('/') + 1);
        String b = exclude.substring(exclude.lastIndexOf('/') + 1);
        return a.equalsIgnoreCase(b);
    }
}
