package dev.specgate.maven;

import dev.specgate.report.ReportContext;
import dev.specgate.report.RuleInfo;
import dev.specgate.report.SourceUrl;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters of the goals that render specs and findings for people to read, in files or on the site
 * ({@code spec:check}, {@code spec:trace}, {@code spec:report}): the plugin's version and the web address that
 * findings link to.
 */
public abstract class AbstractRenderingMojo extends AbstractSpecMojo {

    /**
     * The web address under which the repository's files are shown, so that the HTML dashboard and the site report
     * link each finding to its line: {@code sourceUrl/path/of/spec.md#L42}, the path relative to the repository root,
     * e.g. {@code https://github.com/acme/shop/blob/main}. Default: derived from the project's {@code <scm><url>} on
     * github.com ({@code …/blob/HEAD}) and gitlab.com ({@code …/-/blob/HEAD}), else none (the dashboard links the
     * files relative to itself, the site report does not link them). User property {@code spec.sourceUrl}.
     */
    @Parameter(property = "spec.sourceUrl")
    private String sourceUrl;

    /** The project's {@code <scm><url>}, from which {@code sourceUrl} is derived when not set. */
    @Parameter(defaultValue = "${project.scm.url}", readonly = true)
    private String scmUrl;

    /** What the reports say about where they come from and how they link, for the given rules. */
    final ReportContext reportContext(List<RuleInfo> rules) throws MojoExecutionException {
        return ReportContext.of(pluginVersion(), baseDirectory(), repositoryRoot(), rules)
                .withSourceUrl(sourceUrl());
    }

    private Optional<String> sourceUrl() throws MojoExecutionException {
        if (sourceUrl == null || sourceUrl.isBlank()) {
            return SourceUrl.fromScm(scmUrl);
        }
        try {
            return Optional.of(SourceUrl.normalize(sourceUrl));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    "Invalid value for parameter sourceUrl (spec.sourceUrl): " + e.getMessage(), e);
        }
    }
}
