package dev.specgate.report;

import dev.specgate.engine.CheckResult;
import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What reports need besides the findings.
 *
 * @param pluginVersion the plugin's version, written into every report
 * @param baseDirectory the project base directory: finding paths are relative to it
 * @param repositoryPrefix the base directory relative to the repository root, {@code /}-separated, ending with
 *     {@code /}, or empty when the base directory is the repository root (normalized on construction)
 * @param rules the rules that ran, in a stable order
 * @param sourceUrl the web address under which the repository's files are shown ({@code http} or {@code https},
 *     without a trailing {@code /}), e.g. {@code https://github.com/acme/shop/blob/HEAD}; empty when unknown
 */
public record ReportContext(
        String pluginVersion,
        Path baseDirectory,
        String repositoryPrefix,
        List<RuleInfo> rules,
        Optional<String> sourceUrl) {

    public ReportContext {
        Objects.requireNonNull(pluginVersion, "pluginVersion");
        baseDirectory = baseDirectory.toAbsolutePath().normalize();
        repositoryPrefix = normalizePrefix(repositoryPrefix);
        rules = List.copyOf(rules);
        sourceUrl = sourceUrl.map(SourceUrl::normalize);
    }

    /** A context without a source URL. */
    public ReportContext(String pluginVersion, Path baseDirectory, String repositoryPrefix, List<RuleInfo> rules) {
        this(pluginVersion, baseDirectory, repositoryPrefix, rules, Optional.empty());
    }

    /**
     * This context with a source URL.
     *
     * @throws IllegalArgumentException when the URL is not an absolute {@code http} or {@code https} URL
     */
    public ReportContext withSourceUrl(Optional<String> url) {
        return new ReportContext(pluginVersion, baseDirectory, repositoryPrefix, rules, url);
    }

    /** The web address of a spec's line, when the source URL is known. */
    public Optional<String> sourceLink(String file, int line) {
        return sourceUrl.map(url -> url + "/" + RelativeUri.of(repositoryPath(file)) + "#L" + line);
    }

    /**
     * A context for a base directory inside a repository; when {@code repositoryRoot} is null or does not contain
     * the base directory, paths are taken relative to the base directory.
     */
    public static ReportContext of(
            String pluginVersion, Path baseDirectory, Path repositoryRoot, List<RuleInfo> rules) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        String prefix = "";
        if (repositoryRoot != null) {
            Path root = repositoryRoot.toAbsolutePath().normalize();
            if (base.startsWith(root)) {
                prefix = root.relativize(base).toString();
            }
        }
        return new ReportContext(pluginVersion, base, prefix, rules);
    }

    /** The path of a spec (relative to the base directory) relative to the repository root. */
    public String repositoryPath(String file) {
        return repositoryPrefix + file;
    }

    /** The repository root: the base directory with the prefix's segments taken off. */
    public Path repositoryRoot() {
        Path root = baseDirectory;
        for (String segment : repositoryPrefix.split("/")) {
            if (!segment.isEmpty() && root.getParent() != null) {
                root = root.getParent();
            }
        }
        return root;
    }

    /** The described rules, then any other rule id that appears in the findings (by id), each once. */
    List<RuleInfo> rulesFor(CheckResult result) {
        List<RuleInfo> all = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RuleInfo rule : rules) {
            if (ids.add(rule.id())) {
                all.add(rule);
            }
        }
        Map<String, Severity> undescribed = new TreeMap<>();
        for (Finding finding : result.findings()) {
            if (!ids.contains(finding.ruleId())) {
                undescribed.putIfAbsent(finding.ruleId(), finding.severity());
            }
        }
        undescribed.forEach((id, severity) -> all.add(RuleInfo.undescribed(id, severity)));
        return List.copyOf(all);
    }

    private static String normalizePrefix(String prefix) {
        String p = prefix == null ? "" : prefix.replace('\\', '/');
        while (p.startsWith("./") || p.startsWith("/")) {
            p = p.substring(p.startsWith("./") ? 2 : 1);
        }
        if (p.equals(".")) {
            p = "";
        }
        return p.isEmpty() || p.endsWith("/") ? p : p + "/";
    }
}
