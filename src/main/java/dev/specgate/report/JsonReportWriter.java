package dev.specgate.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.specgate.engine.CheckResult;
import dev.specgate.model.Finding;
import dev.specgate.model.Severity;

/**
 * Writes {@code spec-report.json}: the plugin version, the specs checked, counts by severity and every finding in
 * console order. Each finding carries its console line as {@code formatted}, so the file matches the console one
 * to one. File paths are relative to the project base directory, as on the console.
 */
public final class JsonReportWriter implements ReportWriter {

    /** Bumped when a field changes meaning or disappears; adding fields keeps it. */
    static final int FORMAT_VERSION = 1;

    @Override
    public String fileName() {
        return "spec-report.json";
    }

    @Override
    public String render(CheckResult result, ReportContext context) {
        JsonObject root = new JsonObject();
        root.addProperty("formatVersion", FORMAT_VERSION);
        root.addProperty("tool", SarifReportWriter.TOOL_NAME);
        root.addProperty("pluginVersion", context.pluginVersion());
        root.addProperty("specsChecked", result.specFiles().size());
        JsonArray specs = new JsonArray();
        result.specFiles().forEach(specs::add);
        root.add("specFiles", specs);
        JsonObject counts = new JsonObject();
        for (Severity severity : Severity.values()) {
            counts.addProperty(severity.id(), result.count(severity));
        }
        root.add("counts", counts);
        JsonArray findings = new JsonArray();
        result.findings().forEach(finding -> findings.add(toJson(finding)));
        root.add("findings", findings);
        return JsonText.of(root);
    }

    private static JsonObject toJson(Finding finding) {
        JsonObject json = new JsonObject();
        json.addProperty("ruleId", finding.ruleId());
        json.addProperty("severity", finding.severity().id());
        json.addProperty("file", finding.file());
        json.addProperty("line", finding.line());
        json.addProperty("column", finding.column());
        json.addProperty("message", finding.message());
        finding.templateLine().ifPresent(line -> json.addProperty("templateLine", line));
        json.addProperty("formatted", finding.format());
        return json;
    }
}
