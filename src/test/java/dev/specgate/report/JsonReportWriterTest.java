package dev.specgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.specgate.engine.CheckResult;
import dev.specgate.model.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportWriterTest {

    private final JsonReportWriter writer = new JsonReportWriter();

    @Test
    void matchesGoldenFile() throws Exception {
        Golden.assertMatches("spec-report.json", writer.render(ReportFixtures.result(), ReportFixtures.context()));
    }

    @Test
    void findingsMatchTheConsoleLinesOneToOne() {
        CheckResult result = ReportFixtures.result();
        JsonObject json = JsonParser.parseString(writer.render(result, ReportFixtures.context()))
                .getAsJsonObject();

        List<String> formatted = json.getAsJsonArray("findings").asList().stream()
                .map(f -> f.getAsJsonObject().get("formatted").getAsString())
                .toList();
        assertEquals(result.findings().stream().map(Finding::format).toList(), formatted);
        JsonObject first = json.getAsJsonArray("findings").get(0).getAsJsonObject();
        assertEquals("metadata", first.get("ruleId").getAsString());
        assertEquals("error", first.get("severity").getAsString());
        assertEquals("docs/specs/checkout.md", first.get("file").getAsString());
        assertEquals(3, first.get("line").getAsInt());
        assertEquals(13, first.get("column").getAsInt());
        assertFalse(first.has("templateLine"));
        assertEquals(
                88,
                json.getAsJsonArray("findings")
                        .get(3)
                        .getAsJsonObject()
                        .get("templateLine")
                        .getAsInt());
    }

    @Test
    void carriesCountsSpecsAndVersion() {
        JsonObject json = JsonParser.parseString(writer.render(ReportFixtures.result(), ReportFixtures.context()))
                .getAsJsonObject();

        assertEquals("1.2.0", json.get("pluginVersion").getAsString());
        assertEquals(3, json.get("specsChecked").getAsInt());
        JsonObject counts = json.getAsJsonObject("counts");
        assertEquals(4, counts.get("error").getAsInt());
        assertEquals(2, counts.get("warning").getAsInt());
        assertEquals(1, counts.get("info").getAsInt());
    }

    @Test
    void cleanCheckHasNoFindings() {
        CheckResult clean = new CheckResult(List.of(), List.of("docs/specs/a.md"));
        JsonObject json = JsonParser.parseString(writer.render(clean, ReportFixtures.context()))
                .getAsJsonObject();

        assertEquals(0, json.getAsJsonArray("findings").size());
        assertEquals(1, json.get("specsChecked").getAsInt());
        assertEquals(0, json.getAsJsonObject("counts").get("error").getAsInt());
    }

    @Test
    void writesUtf8FileIntoOutputDirectoryCreatingIt(@TempDir Path temp) throws Exception {
        CheckResult result = new CheckResult(
                List.of(ReportFixtures.finding(
                        "placeholder",
                        dev.specgate.model.Severity.ERROR,
                        "docs/übersicht.md",
                        2,
                        1,
                        "Placeholder \"[Änderung]\" left in",
                        0)),
                List.of("docs/übersicht.md"));
        Path out = temp.resolve("target/spec");

        Path file = writer.write(result, ReportFixtures.context(), out);

        assertEquals(out.resolve("spec-report.json"), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"file\": \"docs/übersicht.md\""), text);
        assertTrue(text.endsWith("}\n"));
        JsonElement parsed = JsonParser.parseString(text);
        assertEquals(
                "Placeholder \"[Änderung]\" left in",
                parsed.getAsJsonObject()
                        .getAsJsonArray("findings")
                        .get(0)
                        .getAsJsonObject()
                        .get("message")
                        .getAsString());
    }

    @Test
    void sameInputGivesSameBytes() {
        assertEquals(
                writer.render(ReportFixtures.result(), ReportFixtures.context()),
                writer.render(ReportFixtures.result(), ReportFixtures.context()));
    }
}
