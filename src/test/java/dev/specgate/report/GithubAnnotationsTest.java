package dev.specgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.engine.CheckResult;
import dev.specgate.model.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {

    @Test
    void matchesGoldenFile() throws Exception {
        List<String> lines = GithubAnnotations.lines(ReportFixtures.result(), ReportFixtures.context());

        Golden.assertMatches("github-annotations.txt", String.join("\n", lines) + "\n");
    }

    @Test
    void oneLinePerFindingWithRepositoryRelativePath() {
        CheckResult result = ReportFixtures.result();
        List<String> lines = GithubAnnotations.lines(result, ReportFixtures.context());

        assertEquals(result.findings().size(), lines.size());
        assertEquals(
                "::error file=services/payments/docs/specs/refunds.md,line=42,col=1,title=required-section"
                        + "::Missing section \"Testing Strategy > Rollback Plan\" (template line 88)",
                lines.get(3));
        assertEquals(
                "::notice file=services/payments/docs/specs/search index.md,line=30,col=1,title=empty-section"
                        + "::Section \"Notes <draft>\" is empty",
                lines.get(6));
    }

    @Test
    void escapesDataAndProperties() {
        ReportContext context = new ReportContext("1.0", Path.of("/r"), "", List.of());
        CheckResult result = new CheckResult(
                List.of(ReportFixtures.finding(
                        "placeholder", Severity.WARNING, "docs/a,b:c%.md", 7, 3, "100% done:\r\nyes, really", 0)),
                List.of("docs/a,b:c%.md"));

        assertEquals(
                List.of("::warning file=docs/a%2Cb%3Ac%25.md,line=7,col=3,title=placeholder"
                        + "::100%25 done:%0D%0Ayes, really"),
                GithubAnnotations.lines(result, context));
    }

    @Test
    void escapingFunctions() {
        assertEquals("a%25b%0Dc%0Ad:e,f", GithubAnnotations.data("a%b\rc\nd:e,f"));
        assertEquals("a%25b%0Dc%0Ad%3Ae%2Cf", GithubAnnotations.property("a%b\rc\nd:e,f"));
        assertEquals("notice", GithubAnnotations.command(Severity.INFO));
    }

    @Test
    void noFindingsNoLines() {
        assertEquals(
                List.of(),
                GithubAnnotations.lines(new CheckResult(List.of(), List.of("a.md")), ReportFixtures.context()));
    }
}
