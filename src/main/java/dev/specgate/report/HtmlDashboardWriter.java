package dev.specgate.report;

import dev.specgate.engine.CheckResult;
import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Writes {@code index.html}: one self-contained page (inline CSS and script, no network access) with the summary, the
 * specs, the findings and the requirements index, sortable and filterable by rule, severity, spec and status.
 *
 * <p>Every piece of spec text is rendered on the server side as escaped HTML text or a double-quoted attribute value;
 * the script only sorts and hides rows. Links come from the source URL (configuration, never spec text) or a relative
 * path to the spec file. A Content-Security-Policy allows only the page's own script (by hash) and inline style, so
 * even markup that slipped through could not run or load anything.
 */
public final class HtmlDashboardWriter implements ReportWriter {

    public static final String FILE_NAME = "index.html";

    private static final String CSS = resource("dashboard.css");
    private static final String SCRIPT = resource("dashboard.js");
    private static final String SCRIPT_HASH = sha256(SCRIPT);

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    /** The page as written to {@code target/spec/} of the base directory (links to specs are relative to it). */
    @Override
    public String render(CheckResult result, ReportContext context) {
        return render(result, context, context.baseDirectory().resolve("target").resolve("spec"));
    }

    @Override
    public Path write(CheckResult result, ReportContext context, Path outputDirectory, String fileName)
            throws IOException {
        Files.createDirectories(outputDirectory);
        Path file = outputDirectory.resolve(fileName);
        Files.writeString(file, render(result, context, outputDirectory), StandardCharsets.UTF_8);
        return file;
    }

    private String render(CheckResult result, ReportContext context, Path outputDirectory) {
        SpecOverview overview = SpecOverview.of(result);
        Path base = context.baseDirectory();
        Path out = outputDirectory.toAbsolutePath().normalize();
        Function<Finding, String> link = f -> context.sourceLink(f.file(), f.line())
                .orElseGet(() ->
                        RelativeUri.of(out.relativize(base.resolve(f.file())).toString()));
        Html html = new Html();
        html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src"
                        + " 'unsafe-inline'; script-src 'sha256-" + SCRIPT_HASH + "'\">\n")
                .raw("<title>Spec check</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<header>\n")
                .raw("<h1>Spec check</h1>\n<p>")
                .text(count(overview.specs().size(), "spec") + ", "
                        + count(overview.findings().size(), "finding") + " · spec-maven-plugin "
                        + context.pluginVersion())
                .raw("</p>\n</header>\n<main>\n");
        summary(html, overview);
        specs(html, overview, context, out);
        findings(html, overview, link);
        requirements(html, overview, context, out);
        html.raw("</main>\n<script>").raw(SCRIPT).raw("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void summary(Html html, SpecOverview overview) {
        html.raw("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n");
        card(html, "specs", overview.specs().size());
        for (Severity severity : Severity.values()) {
            card(html, plural(severity), overview.count(severity));
        }
        html.raw("</div>\n<div class=\"wrap\"><table id=\"by-rule\">\n<thead><tr><th>Rule</th>");
        for (Severity severity : Severity.values()) {
            html.raw("<th>").text(capitalised(plural(severity))).raw("</th>");
        }
        html.raw("</tr></thead>\n<tbody>\n");
        overview.findingsByRule().forEach((rule, counts) -> {
            html.raw("<tr><td><code>").text(rule).raw("</code></td>");
            for (Severity severity : Severity.values()) {
                html.raw("<td>")
                        .text(String.valueOf(counts.getOrDefault(severity, 0L)))
                        .raw("</td>");
            }
            html.raw("</tr>\n");
        });
        html.raw("</tbody>\n</table></div>\n<div class=\"wrap\"><table id=\"by-status\">\n")
                .raw("<thead><tr><th>Status</th><th>Specs</th></tr></thead>\n<tbody>\n");
        overview.specsByStatus().forEach((status, n) -> html.raw("<tr><td>")
                .text(status)
                .raw("</td><td>")
                .text(String.valueOf(n))
                .raw("</td></tr>\n"));
        html.raw("</tbody>\n</table></div>\n</section>\n");
    }

    private static void card(Html html, String label, long n) {
        html.raw("<div class=\"card\"><b>")
                .text(String.valueOf(n))
                .raw("</b>")
                .text(label)
                .raw("</div>\n");
    }

    private static void specs(Html html, SpecOverview overview, ReportContext context, Path out) {
        html.raw("<section id=\"specs\">\n<h2>Specs</h2>\n<div class=\"wrap\"><table class=\"sortable\">\n<thead><tr>");
        headers(html, "Spec", "Status", "Author", "Last date", "Sign-off", "Findings");
        html.raw("</tr></thead>\n<tbody>\n");
        for (SpecOverview.SpecRow spec : overview.specs()) {
            html.raw("<tr")
                    .attr("data-spec", spec.file())
                    .attr("data-status", spec.status())
                    .raw(">");
            String href = context.sourceLink(spec.file(), 1)
                    .orElseGet(() -> RelativeUri.of(
                            out.relativize(context.baseDirectory().resolve(spec.file()))
                                    .toString()));
            html.raw("<td")
                    .attr("data-sort", spec.title())
                    .raw("><a")
                    .attr("href", href)
                    .raw(">")
                    .text(spec.title())
                    .raw("</a><br><span class=\"file muted\">")
                    .text(spec.file())
                    .raw("</span></td>");
            cell(html, spec.status());
            cell(html, spec.author());
            cell(html, spec.lastDate());
            cell(html, spec.signOff());
            cell(html, String.valueOf(spec.findings()));
            html.raw("</tr>\n");
        }
        html.raw("</tbody>\n</table></div>\n</section>\n");
    }

    private static void findings(Html html, SpecOverview overview, Function<Finding, String> link) {
        List<Finding> findings = overview.findings();
        html.raw("<section id=\"findings\">\n<h2>Findings</h2>\n<div class=\"filters\">\n");
        filter(html, "rule", "Rule", findings.stream().map(Finding::ruleId).toList());
        filter(
                html,
                "severity",
                "Severity",
                findings.stream().map(f -> id(f.severity())).toList());
        filter(
                html,
                "spec",
                "Spec",
                overview.specs().stream().map(SpecOverview.SpecRow::file).toList());
        filter(
                html,
                "status",
                "Status",
                overview.specs().stream()
                        .map(SpecOverview.SpecRow::status)
                        .filter(s -> !s.isEmpty())
                        .toList());
        html.raw("</div>\n<p id=\"shown\" class=\"muted\" aria-live=\"polite\"></p>\n")
                .raw("<div class=\"wrap\"><table class=\"sortable\">\n<thead><tr>");
        headers(html, "Spec", "Line", "Rule", "Severity", "Message");
        html.raw("</tr></thead>\n<tbody>\n");
        for (Finding f : findings) {
            html.raw("<tr")
                    .attr("data-rule", f.ruleId())
                    .attr("data-severity", id(f.severity()))
                    .attr("data-spec", f.file())
                    .attr("data-status", overview.statusOf(f.file()))
                    .raw(">");
            html.raw("<td class=\"file\">").text(f.file()).raw("</td>");
            html.raw("<td")
                    .attr("data-sort", String.valueOf(f.line()))
                    .raw("><a")
                    .attr("href", link.apply(f))
                    .raw(">")
                    .text(f.line() + ":" + f.column())
                    .raw("</a></td>");
            html.raw("<td><code>").text(f.ruleId()).raw("</code></td>");
            html.raw("<td")
                    .attr("class", "sev-" + id(f.severity()))
                    .attr("data-sort", rank(f.severity()))
                    .raw(">")
                    .text(id(f.severity()))
                    .raw("</td>");
            cell(html, f.fullMessage());
            html.raw("</tr>\n");
        }
        html.raw("</tbody>\n</table></div>\n</section>\n");
    }

    private static void requirements(Html html, SpecOverview overview, ReportContext context, Path out) {
        html.raw("<section id=\"requirements\">\n<h2>Requirements</h2>\n")
                .raw("<div class=\"wrap\"><table class=\"sortable\">\n<thead><tr>");
        headers(html, "ID", "Spec", "Section", "Text");
        html.raw("</tr></thead>\n<tbody>\n");
        for (SpecOverview.RequirementRow r : overview.requirements()) {
            String href = context.sourceLink(r.file(), r.line())
                    .orElseGet(() -> RelativeUri.of(
                            out.relativize(context.baseDirectory().resolve(r.file()))
                                    .toString()));
            html.raw("<tr")
                    .attr("data-spec", r.file())
                    .attr("data-status", overview.statusOf(r.file()))
                    .raw(">");
            html.raw("<td><a").attr("href", href).raw("><code>").text(r.id()).raw("</code></a></td>");
            html.raw("<td class=\"file\">").text(r.file() + ":" + r.line()).raw("</td>");
            cell(html, r.section());
            cell(html, r.text());
            html.raw("</tr>\n");
        }
        html.raw("</tbody>\n</table></div>\n</section>\n");
    }

    private static void filter(Html html, String name, String label, Collection<String> values) {
        html.raw("<label>")
                .text(label)
                .raw(" <select")
                .attr("data-filter", name)
                .attr("id", "filter-" + name)
                .raw(">\n<option value=\"\">All</option>\n");
        for (String value : new TreeSet<>(values)) {
            html.raw("<option").attr("value", value).raw(">").text(value).raw("</option>\n");
        }
        html.raw("</select></label>\n");
    }

    private static void headers(Html html, String... names) {
        for (String name : names) {
            html.raw("<th><button type=\"button\">").text(name).raw("</button></th>");
        }
    }

    private static void cell(Html html, String text) {
        html.raw("<td>").text(text).raw("</td>");
    }

    private static String id(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    private static String rank(Severity severity) {
        return String.valueOf(severity.ordinal());
    }

    private static String plural(Severity severity) {
        return id(severity) + "s";
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlDashboardWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The plugin jar lacks dev/specgate/report/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java lacks SHA-256", e);
        }
    }

    /** An HTML builder: {@link #text} and {@link #attr} escape, {@link #raw} is for the page's own markup only. */
    private static final class Html {
        private final StringBuilder out = new StringBuilder(16_384);

        Html raw(String markup) {
            out.append(markup);
            return this;
        }

        Html text(String text) {
            out.append(XmlText.content(text));
            return this;
        }

        Html attr(String name, String value) {
            out.append(' ')
                    .append(name)
                    .append("=\"")
                    .append(XmlText.attribute(value))
                    .append('"');
            return this;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
