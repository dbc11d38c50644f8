package dev.specgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.ValidationMessage;
import dev.specgate.engine.CheckResult;
import dev.specgate.model.Severity;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SarifReportWriterTest {

    private static final SarifSchema SCHEMA = new SarifSchema();

    private final SarifReportWriter writer = new SarifReportWriter();

    @Test
    void matchesGoldenFile() throws Exception {
        ReportContext context = ReportFixtures.context();
        String rootUri = context.repositoryRoot().toUri().toString().replaceFirst("/?$", "/");
        // The root URI is absolute and so depends on the platform; the golden file holds the Unix form.
        String sarif = writer.render(ReportFixtures.result(), context).replace(rootUri, "file:///home/ci/work/shop/");
        Golden.assertMatches("spec-report.sarif", sarif);
    }

    @Test
    void validatesAgainstTheSarif210Schema() {
        String sarif = writer.render(ReportFixtures.result(), ReportFixtures.context());

        assertEquals(Set.of(), SCHEMA.validate(sarif));
    }

    @Test
    void emptyResultValidatesToo() {
        String sarif = writer.render(new CheckResult(List.of(), List.of()), ReportFixtures.context());

        assertEquals(Set.of(), SCHEMA.validate(sarif));
    }

    @Test
    void schemaCheckRejectsABrokenLog() {
        // A control: the validator is live, with format assertions on (a raw space is not a URI reference).
        String sarif = writer.render(ReportFixtures.result(), ReportFixtures.context())
                .replace("\"level\": \"note\"", "\"level\": \"fatal\"")
                .replace("search%20index.md", "search index.md");

        Set<ValidationMessage> errors = SCHEMA.validate(sarif);

        String uri = "/locations/0/physicalLocation/artifactLocation/uri";
        assertEquals(
                Set.of("/runs/0/results/5" + uri, "/runs/0/results/6/level", "/runs/0/results/6" + uri),
                errors.stream().map(e -> e.getInstanceLocation().toString()).collect(Collectors.toSet()));
    }

    @Test
    void resultsPointAtRepositoryRelativeUrisWithRegions() {
        JsonObject run = run(writer.render(ReportFixtures.result(), ReportFixtures.context()));
        JsonArray results = run.getAsJsonArray("results");

        assertEquals(7, results.size());
        for (var element : results) {
            JsonObject artifact = element.getAsJsonObject()
                    .getAsJsonArray("locations")
                    .get(0)
                    .getAsJsonObject()
                    .getAsJsonObject("physicalLocation")
                    .getAsJsonObject("artifactLocation");
            String uri = artifact.get("uri").getAsString();
            assertTrue(uri.startsWith("services/payments/docs/specs/"), uri);
            assertFalse(uri.contains("\\") || uri.contains(":") || uri.contains(" "), uri);
            assertEquals("%SRCROOT%", artifact.get("uriBaseId").getAsString());
        }
        JsonObject fourth = results.get(3).getAsJsonObject();
        assertEquals("required-section", fourth.get("ruleId").getAsString());
        assertEquals(0, fourth.get("ruleIndex").getAsInt());
        assertEquals("error", fourth.get("level").getAsString());
        assertEquals(
                "Missing section \"Testing Strategy > Rollback Plan\" (template line 88)",
                fourth.getAsJsonObject("message").get("text").getAsString());
        JsonObject region = fourth.getAsJsonArray("locations")
                .get(0)
                .getAsJsonObject()
                .getAsJsonObject("physicalLocation")
                .getAsJsonObject("region");
        assertEquals(42, region.get("startLine").getAsInt());
        assertEquals(1, region.get("startColumn").getAsInt());
        assertEquals(
                "services/payments/docs/specs/search%20index.md",
                results.get(5)
                        .getAsJsonObject()
                        .getAsJsonArray("locations")
                        .get(0)
                        .getAsJsonObject()
                        .getAsJsonObject("physicalLocation")
                        .getAsJsonObject("artifactLocation")
                        .get("uri")
                        .getAsString());
    }

    @Test
    void describesEveryRuleWithItsDefaultLevelAndIndexesResultsIntoThem() {
        JsonObject run = run(writer.render(ReportFixtures.result(), ReportFixtures.context()));
        JsonArray rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");

        List<String> ids = rules.asList().stream()
                .map(r -> r.getAsJsonObject().get("id").getAsString())
                .toList();
        assertEquals(List.of("required-section", "empty-section", "placeholder", "metadata", "suppression"), ids);
        List<String> levels = rules.asList().stream()
                .map(r -> r.getAsJsonObject()
                        .getAsJsonObject("defaultConfiguration")
                        .get("level")
                        .getAsString())
                .toList();
        assertEquals(List.of("error", "warning", "error", "error", "warning"), levels);
        for (var element : run.getAsJsonArray("results")) {
            JsonObject result = element.getAsJsonObject();
            assertEquals(
                    result.get("ruleId").getAsString(),
                    ids.get(result.get("ruleIndex").getAsInt()));
        }
    }

    @Test
    void rootBaseIdIsTheRepositoryDirectoryUri() {
        JsonObject run = run(writer.render(ReportFixtures.result(), ReportFixtures.context()));
        String uri = run.getAsJsonObject("originalUriBaseIds")
                .getAsJsonObject("%SRCROOT%")
                .get("uri")
                .getAsString();

        assertTrue(uri.startsWith("file:/"), uri);
        assertTrue(uri.endsWith("/home/ci/work/shop/"), uri);
    }

    @Test
    void mapsSeveritiesToSarifLevels() {
        assertEquals("error", SarifReportWriter.level(Severity.ERROR));
        assertEquals("warning", SarifReportWriter.level(Severity.WARNING));
        assertEquals("note", SarifReportWriter.level(Severity.INFO));
    }

    @Test
    void encodesPathsAsRelativeUriReferences() {
        assertEquals("docs/specs/a.md", RelativeUri.of("docs/specs/a.md"));
        assertEquals("docs/my%20spec%23draft.md", RelativeUri.of("docs/my spec#draft.md"));
        assertEquals("docs/%C3%BCbersicht.md", RelativeUri.of("docs/übersicht.md"));
        assertEquals("docs/a%3Ab%25.md", RelativeUri.of("docs\\a:b%.md"));
    }

    private static JsonObject run(String sarif) {
        return JsonParser.parseString(sarif)
                .getAsJsonObject()
                .getAsJsonArray("runs")
                .get(0)
                .getAsJsonObject();
    }
}
