package dev.specgate.report;

import dev.specgate.engine.CheckResult;
import dev.specgate.engine.SpecSummary;
import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import dev.specgate.rules.Requirement;
import dev.specgate.rules.SignOffProgress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The tables the HTML dashboard and the site report show, computed once from a {@link CheckResult}: every spec with
 * its facts and findings count, findings counted by rule and severity, specs counted by status, and the requirements
 * index with each requirement's section. Text is as written in the specs; renderers escape it.
 */
public final class SpecOverview {

    /** How a spec without a status is counted. */
    public static final String NO_STATUS = "(none)";

    private final CheckResult result;
    private final List<SpecRow> specs;

    private SpecOverview(CheckResult result) {
        this.result = result;
        List<SpecRow> rows = new ArrayList<>();
        for (String file : result.specFiles()) {
            Optional<SpecSummary> summary = result.spec(file);
            rows.add(new SpecRow(
                    file,
                    summary.map(SpecSummary::title).orElse(file.substring(file.lastIndexOf('/') + 1)),
                    summary.flatMap(SpecSummary::status).orElse(""),
                    summary.flatMap(SpecSummary::author).orElse(""),
                    summary.flatMap(SpecSummary::lastDate).orElse(""),
                    summary.flatMap(SpecSummary::signOff)
                            .map(SignOffProgress::describe)
                            .orElse("not required"),
                    result.findingsIn(file)));
        }
        this.specs = List.copyOf(rows);
    }

    public static SpecOverview of(CheckResult result) {
        return new SpecOverview(result);
    }

    /** Every spec checked, in the check's order. */
    public List<SpecRow> specs() {
        return specs;
    }

    /** The findings that count, in {@link Finding#ORDER}. */
    public List<Finding> findings() {
        return result.findings();
    }

    /** The findings grouped by spec, specs in the check's order, only specs with findings. */
    public Map<SpecRow, List<Finding>> findingsBySpec() {
        Map<SpecRow, List<Finding>> grouped = new LinkedHashMap<>();
        for (SpecRow spec : specs) {
            List<Finding> own = result.findings().stream()
                    .filter(f -> f.file().equals(spec.file()))
                    .toList();
            if (!own.isEmpty()) {
                grouped.put(spec, own);
            }
        }
        return grouped;
    }

    /** For each rule with findings (by id), how many of each severity. */
    public Map<String, Map<Severity, Long>> findingsByRule() {
        Map<String, Map<Severity, Long>> counts = new TreeMap<>();
        for (Finding finding : result.findings()) {
            counts.computeIfAbsent(finding.ruleId(), id -> new EnumMap<>(Severity.class))
                    .merge(finding.severity(), 1L, Long::sum);
        }
        return counts;
    }

    /** How many findings of a severity. */
    public long count(Severity severity) {
        return result.count(severity);
    }

    /** How many specs have each status, statuses in order of first appearance; {@link #NO_STATUS} for none. */
    public Map<String, Long> specsByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (SpecRow spec : specs) {
            counts.merge(spec.status().isEmpty() ? NO_STATUS : spec.status(), 1L, Long::sum);
        }
        return counts;
    }

    /** The status of the spec a file is, or empty. */
    public String statusOf(String file) {
        return specs.stream()
                .filter(s -> s.file().equals(file))
                .map(SpecRow::status)
                .findFirst()
                .orElse("");
    }

    /** The requirements index: by ID, then file. */
    public List<RequirementRow> requirements() {
        return result.requirements().stream()
                .sorted(Comparator.comparing(Requirement::id).thenComparing(Requirement::file))
                .map(r -> new RequirementRow(
                        r.id(),
                        r.file(),
                        r.line(),
                        result.spec(r.file())
                                .map(s -> s.requirementSections().getOrDefault(r.id(), ""))
                                .orElse(""),
                        r.text()))
                .toList();
    }

    /**
     * One spec as the tables show it; empty strings for facts the spec lacks.
     *
     * @param signOff e.g. {@code 1 of 2 approved}, {@code no sign-off table} or {@code not required}
     */
    public record SpecRow(
            String file, String title, String status, String author, String lastDate, String signOff, long findings) {}

    /** One line of the requirements index. */
    public record RequirementRow(String id, String file, int line, String section, String text) {}
}
