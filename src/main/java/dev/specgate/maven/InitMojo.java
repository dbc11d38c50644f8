package dev.specgate.maven;

import dev.specgate.adopt.AdoptionProposal;
import dev.specgate.adopt.AdoptionRun;
import dev.specgate.adopt.FindingCounts;
import dev.specgate.adopt.InitReport;
import dev.specgate.discovery.SpecFileSet;
import dev.specgate.engine.SpecCheckException;
import dev.specgate.engine.SpecSetRequest;
import dev.specgate.gate.SeverityPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Run once when adopting the plugin on a repository whose specs predate the current template: reads the template
 * and every spec, and writes to {@code target/spec/init/} a report ({@code init-report.md}) and a proposed
 * configuration ({@code proposed-spec-sets.xml}): heading aliases for template sections that many specs name
 * differently (with the number of specs behind each), sections most specs omit as optional, the template lines most
 * specs keep verbatim, the metadata fields in use, and how many findings are left with the proposal applied, with the
 * {@code spec:baseline} command that accepts them into the {@code baseline} file. Never changes the POM, the specs or
 * the template, and fails on no finding.
 */
@Mojo(name = "init", threadSafe = true, requiresProject = true)
public class InitMojo extends AbstractSpecMojo {

    @Override
    String goalDescription() {
        return "spec init";
    }

    @Override
    void run() throws MojoExecutionException {
        SeverityPolicy policy = severityPolicy();
        SpecSetConverter.Conversion sets = specSets();
        if (sets.requests().isEmpty()) {
            return;
        }
        List<InitReport.SetOutcome> outcomes = new ArrayList<>();
        AdoptionRun analysis = new AdoptionRun();
        for (SpecSetRequest set : sets.requests()) {
            AdoptionRun.Outcome outcome;
            try {
                outcome = analysis.run(baseDirectory(), set, encoding(), policy);
            } catch (SpecCheckException e) {
                throw new MojoExecutionException(e.getMessage(), e);
            }
            outcomes.add(new InitReport.SetOutcome(
                    pomPath(set.directory()),
                    set.template().map(this::pomPath),
                    set.includes(),
                    set.excludes().stream()
                            .filter(e -> !SpecFileSet.DEFAULT_EXCLUDES.contains(e))
                            .toList(),
                    outcome));
            logOutcome(set, outcome);
        }
        Path directory = outputDirectory().resolve("init");
        Path report = directory.resolve(InitReport.REPORT_FILE);
        Path configuration = directory.resolve(InitReport.CONFIGURATION_FILE);
        String baselineName = display(baselineFile());
        String baselineCommand = baselineName.equals("spec-baseline.json")
                ? "mvn spec:baseline"
                : "mvn spec:baseline -Dspec.baseline=" + baselineName;
        try {
            Files.createDirectories(directory);
            Files.writeString(
                    report, InitReport.markdown(outcomes, baselineCommand, baselineName), StandardCharsets.UTF_8);
            Files.writeString(configuration, InitReport.configuration(outcomes), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot write the spec:init report to " + display(directory) + ": " + e.getMessage()
                            + "; check that the build directory is writable",
                    e);
        }
        long left = outcomes.stream()
                .mapToLong(o -> o.outcome().withProposal().total())
                .sum();
        console().info("Wrote " + display(report) + " and " + display(configuration));
        console()
                .info("Next: review the report, copy the <specSets> into the plugin's <configuration>, then run "
                        + baselineCommand + " to accept the " + CheckMojo.count(left, "finding") + " left in "
                        + baselineName);
    }

    private void logOutcome(SpecSetRequest set, AdoptionRun.Outcome outcome) {
        AdoptionProposal proposal = outcome.proposal();
        FindingCounts now = outcome.now();
        FindingCounts proposed = outcome.withProposal();
        console()
                .info("Read " + CheckMojo.count(proposal.specs(), "spec") + " in " + display(set.directory())
                        + " against " + outcome.template() + ": proposing "
                        + CheckMojo.count(proposal.aliases().size(), "heading alias")
                                .replace("aliass", "aliases")
                        + " and " + CheckMojo.count(proposal.optionalSections().size(), "optional section"));
        for (AdoptionProposal.Alias alias : proposal.aliases()) {
            console()
                    .info("  alias " + alias.sectionPath() + " = " + alias.heading() + " ("
                            + CheckMojo.count(alias.specs(), "spec") + ")");
        }
        console()
                .info("  missing sections " + now.missingSections() + " -> " + proposed.missingSections()
                        + percent(now.missingSections(), proposed.missingSections()) + ", all findings " + now.total()
                        + " -> " + proposed.total());
    }

    private static String percent(long before, long after) {
        return before == 0 ? "" : String.format(Locale.ROOT, " (%+d%%)", Math.round(100.0 * (after - before) / before));
    }

    /** A path as a POM would write it: relative to the base directory when below it, else absolute. */
    private String pomPath(Path path) {
        Path base = baseDirectory();
        Path absolute = base.resolve(path).normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
                .toString()
                .replace('\\', '/');
    }
}
