package dev.specgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.engine.CheckResult;
import dev.specgate.model.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportContextTest {

    private static final Path ROOT = Path.of("/home/ci/work/shop").toAbsolutePath();

    @Test
    void prefixIsNormalizedToSlashesWithATrailingSlash() {
        assertEquals("services/payments/", context("services\\payments").repositoryPrefix());
        assertEquals("services/payments/", context("./services/payments/").repositoryPrefix());
        assertEquals("", context("").repositoryPrefix());
        assertEquals("", context(".").repositoryPrefix());
        assertEquals("", context(null).repositoryPrefix());
    }

    @Test
    void repositoryPathPrefixesTheBaseRelativeFile() {
        assertEquals("services/payments/docs/a.md", context("services/payments").repositoryPath("docs/a.md"));
        assertEquals("docs/a.md", context("").repositoryPath("docs/a.md"));
    }

    @Test
    void ofComputesThePrefixFromTheRepositoryRoot() {
        Path base = ROOT.resolve("services/payments");

        assertEquals(
                "services/payments/",
                ReportContext.of("1", base, ROOT, List.of()).repositoryPrefix());
        assertEquals("", ReportContext.of("1", base, base, List.of()).repositoryPrefix());
        assertEquals("", ReportContext.of("1", base, null, List.of()).repositoryPrefix());
        assertEquals(
                "",
                ReportContext.of("1", base, ROOT.resolve("elsewhere"), List.of())
                        .repositoryPrefix());
    }

    @Test
    void repositoryRootIsTheBaseWithThePrefixTakenOff() {
        Path base = ROOT.resolve("services/payments");

        assertEquals(ROOT, new ReportContext("1", base, "services/payments", List.of()).repositoryRoot());
        assertEquals(base, new ReportContext("1", base, "", List.of()).repositoryRoot());
    }

    @Test
    void rulesForAddsUndescribedRuleIdsOnceInIdOrder() {
        RuleInfo placeholder = new RuleInfo("placeholder", "d", "h", Severity.ERROR);
        ReportContext context = new ReportContext("1", ROOT, "", List.of(placeholder, placeholder));
        CheckResult result = new CheckResult(
                List.of(
                        ReportFixtures.finding("zeta", Severity.INFO, "a.md", 1, 1, "z", 0),
                        ReportFixtures.finding("alpha", Severity.WARNING, "a.md", 2, 1, "a", 0),
                        ReportFixtures.finding("alpha", Severity.ERROR, "b.md", 1, 1, "a", 0),
                        ReportFixtures.finding("placeholder", Severity.ERROR, "a.md", 3, 1, "p", 0)),
                List.of("a.md", "b.md"));

        List<RuleInfo> rules = context.rulesFor(result);

        assertEquals(
                List.of("placeholder", "alpha", "zeta"),
                rules.stream().map(RuleInfo::id).toList());
        assertEquals(Severity.WARNING, rules.get(1).defaultSeverity());
        assertEquals("Findings reported under the id zeta.", rules.get(2).description());
    }

    private static ReportContext context(String prefix) {
        return new ReportContext("1", ROOT.resolve("services/payments"), prefix, List.of());
    }
}
