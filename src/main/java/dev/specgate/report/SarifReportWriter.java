package dev.specgate.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.specgate.engine.CheckResult;
import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code spec-report.sarif}, a SARIF 2.1.0 log with one run, for GitHub code scanning and other SARIF
 * viewers. Result locations are repository-relative URIs against the {@code %SRCROOT%} base, so uploads from any
 * checkout directory land on the right files and lines; {@code originalUriBaseIds} says where that root was.
 */
public final class SarifReportWriter implements ReportWriter {

    static final String TOOL_NAME = "spec-maven-plugin";
    static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";

    @Override
    public String fileName() {
        return "spec-report.sarif";
    }

    @Override
    public String render(CheckResult result, ReportContext context) {
        List<RuleInfo> rules = context.rulesFor(result);
        Map<String, Integer> ruleIndex = new HashMap<>();
        JsonArray rulesJson = new JsonArray();
        for (RuleInfo rule : rules) {
            ruleIndex.put(rule.id(), rulesJson.size());
            rulesJson.add(toJson(rule));
        }
        JsonObject driver = new JsonObject();
        driver.addProperty("name", TOOL_NAME);
        driver.addProperty("version", context.pluginVersion());
        driver.addProperty("semanticVersion", context.pluginVersion());
        driver.add("rules", rulesJson);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);

        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.add("originalUriBaseIds", baseIds(context));
        JsonArray results = new JsonArray();
        result.findings().forEach(f -> results.add(toJson(f, ruleIndex.get(f.ruleId()), context)));
        run.add("results", results);
        run.addProperty("columnKind", "utf16CodeUnits");

        JsonObject log = new JsonObject();
        log.addProperty("$schema", SCHEMA_URI);
        log.addProperty("version", "2.1.0");
        JsonArray runs = new JsonArray();
        runs.add(run);
        log.add("runs", runs);
        return JsonText.of(log);
    }

    /** SARIF levels: {@code error}, {@code warning}, and {@code note} for info. */
    static String level(Severity severity) {
        return severity == Severity.INFO ? "note" : severity.id();
    }

    private static JsonObject toJson(RuleInfo rule) {
        JsonObject json = new JsonObject();
        json.addProperty("id", rule.id());
        json.add("shortDescription", text(rule.description()));
        json.add("fullDescription", text(fullDescription(rule)));
        json.addProperty("helpUri", rule.helpUri());
        json.add("help", text(help(rule)));
        JsonObject configuration = new JsonObject();
        configuration.addProperty("level", level(rule.defaultSeverity()));
        json.add("defaultConfiguration", configuration);
        return json;
    }

    /** What the rule checks and, when the help says more, what to do about a finding. */
    static String fullDescription(RuleInfo rule) {
        return rule.helpText().equals(rule.description())
                ? rule.description()
                : rule.description() + " " + rule.helpText();
    }

    /** What to do about a finding: fix it (see the rule's page), suppress it with a reason, or baseline it. */
    static String help(RuleInfo rule) {
        return rule.helpText() + " The rule is explained, with examples, at " + rule.helpUri()
                + ". To keep a finding on purpose, add <!-- spec:disable-line " + rule.id()
                + " -- reason --> to its line in the spec; to accept every current finding when adopting the plugin,"
                + " run mvn spec:baseline and commit spec-baseline.json.";
    }

    private static JsonObject toJson(Finding finding, int ruleIndex, ReportContext context) {
        JsonObject artifact = new JsonObject();
        artifact.addProperty("uri", RelativeUri.of(context.repositoryPath(finding.file())));
        artifact.addProperty("uriBaseId", SRCROOT);
        JsonObject region = new JsonObject();
        region.addProperty("startLine", finding.line());
        region.addProperty("startColumn", finding.column());
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact);
        physical.add("region", region);
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        JsonArray locations = new JsonArray();
        locations.add(location);

        JsonObject json = new JsonObject();
        json.addProperty("ruleId", finding.ruleId());
        json.addProperty("ruleIndex", ruleIndex);
        json.addProperty("level", level(finding.severity()));
        json.add("message", text(finding.fullMessage()));
        json.add("locations", locations);
        finding.templateLine().ifPresent(line -> {
            JsonObject properties = new JsonObject();
            properties.addProperty("templateLine", line);
            json.add("properties", properties);
        });
        return json;
    }

    private static JsonObject baseIds(ReportContext context) {
        // Path.toUri() ends a directory's URI with '/' only when the directory exists; SARIF requires the slash.
        String uri = context.repositoryRoot().toUri().toString();
        JsonObject root = new JsonObject();
        root.addProperty("uri", uri.endsWith("/") ? uri : uri + "/");
        root.add("description", text("The repository root; result URIs are relative to it."));
        JsonObject ids = new JsonObject();
        ids.add(SRCROOT, root);
        return ids;
    }

    private static JsonObject text(String value) {
        JsonObject json = new JsonObject();
        json.addProperty("text", value);
        return json;
    }
}
