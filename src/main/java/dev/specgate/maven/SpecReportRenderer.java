package dev.specgate.maven;

import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import dev.specgate.report.ReportContext;
import dev.specgate.report.SpecOverview;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.doxia.sink.Sink;

/**
 * Renders the site page of {@code spec:report} into a Doxia sink: the summary, every spec, the findings by spec and
 * the requirements index. Spec text goes through {@link Sink#text(String)} only, which escapes it; links come from
 * the source URL (configuration), never from spec text.
 */
final class SpecReportRenderer {

    static final String TITLE = "Specs";

    private final Sink sink;
    private final SpecOverview overview;
    private final ReportContext context;

    SpecReportRenderer(Sink sink, SpecOverview overview, ReportContext context) {
        this.sink = sink;
        this.overview = overview;
        this.context = context;
    }

    void render() {
        sink.head();
        sink.title();
        sink.text(TITLE);
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text(TITLE);
        sink.sectionTitle1_();
        paragraph(count(overview.specs().size(), "spec") + " checked against the team's template, "
                + count(overview.findings().size(), "finding") + ", "
                + count(overview.requirements().size(), "requirement") + ".");
        summary();
        specs();
        findings();
        requirements();
        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }

    private void summary() {
        section("Summary", "summary");
        startTable("Severity", "Findings");
        for (Severity severity : Severity.values()) {
            row(severity.name().toLowerCase(Locale.ROOT), String.valueOf(overview.count(severity)));
        }
        endTable();
        String[] headers = new String[Severity.values().length + 1];
        headers[0] = "Rule";
        for (Severity severity : Severity.values()) {
            headers[severity.ordinal() + 1] = severity.name().toLowerCase(Locale.ROOT);
        }
        startTable(headers);
        overview.findingsByRule().forEach((rule, counts) -> {
            String[] cells = new String[headers.length];
            cells[0] = rule;
            for (Severity severity : Severity.values()) {
                cells[severity.ordinal() + 1] = String.valueOf(counts.getOrDefault(severity, 0L));
            }
            row(cells);
        });
        endTable();
        startTable("Status", "Specs");
        for (Map.Entry<String, Long> entry : overview.specsByStatus().entrySet()) {
            row(entry.getKey(), String.valueOf(entry.getValue()));
        }
        endTable();
        sink.section2_();
    }

    private void specs() {
        section("Specs", "specs");
        startTable("Title", "Status", "Author", "Last date", "Sign-off", "Findings", "File");
        for (SpecOverview.SpecRow spec : overview.specs()) {
            sink.tableRow();
            cell(spec.title());
            cell(spec.status());
            cell(spec.author());
            cell(spec.lastDate());
            cell(spec.signOff());
            cell(String.valueOf(spec.findings()));
            linkedCell(spec.file(), context.sourceLink(spec.file(), 1));
            sink.tableRow_();
        }
        endTable();
        sink.section2_();
    }

    private void findings() {
        section("Findings", "findings");
        if (overview.findings().isEmpty()) {
            paragraph("No findings.");
        }
        overview.findingsBySpec().forEach((spec, findings) -> {
            sink.section3();
            sink.sectionTitle3();
            sink.text(spec.file());
            sink.sectionTitle3_();
            startTable("Line", "Rule", "Severity", "Message");
            for (Finding f : findings) {
                sink.tableRow();
                linkedCell(f.file() + ":" + f.line() + ":" + f.column(), context.sourceLink(f.file(), f.line()));
                cell(f.ruleId());
                cell(f.severity().name().toLowerCase(Locale.ROOT));
                cell(f.fullMessage());
                sink.tableRow_();
            }
            endTable();
            sink.section3_();
        });
        sink.section2_();
    }

    private void requirements() {
        section("Requirements", "requirements");
        if (overview.requirements().isEmpty()) {
            paragraph("No spec defines a requirement ID.");
        } else {
            startTable("ID", "Spec", "Section", "Text");
            for (SpecOverview.RequirementRow r : overview.requirements()) {
                sink.tableRow();
                cell(r.id());
                linkedCell(r.file() + ":" + r.line(), context.sourceLink(r.file(), r.line()));
                cell(r.section());
                cell(r.text());
                sink.tableRow_();
            }
            endTable();
        }
        sink.section2_();
    }

    private void section(String title, String anchor) {
        sink.section2();
        sink.sectionTitle2();
        sink.anchor(anchor);
        sink.anchor_();
        sink.text(title);
        sink.sectionTitle2_();
    }

    private void startTable(String... headers) {
        sink.table();
        sink.tableRows(null, false);
        sink.tableRow();
        for (String header : headers) {
            sink.tableHeaderCell();
            sink.text(header);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
    }

    private void endTable() {
        sink.tableRows_();
        sink.table_();
    }

    private void row(String... cells) {
        sink.tableRow();
        for (String text : cells) {
            cell(text);
        }
        sink.tableRow_();
    }

    private void cell(String text) {
        sink.tableCell();
        sink.text(text);
        sink.tableCell_();
    }

    private void linkedCell(String text, Optional<String> href) {
        sink.tableCell();
        if (href.isPresent()) {
            sink.link(href.get());
            sink.text(text);
            sink.link_();
        } else {
            sink.text(text);
        }
        sink.tableCell_();
    }

    private void paragraph(String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
