package dev.specgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specgate.engine.CheckResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard page as text; {@code DashboardBrowserTest} (profile {@code browser}) opens it in Chromium. */
class HtmlDashboardWriterTest {

    private static CheckResult result;
    private static String html;

    @BeforeAll
    static void render() throws Exception {
        result = DashboardFixture.check();
        html = new HtmlDashboardWriter().render(result, DashboardFixture.context());
    }

    @Test
    void specTextIsEscapedEverywhere() {
        assertTrue(html.contains(
                "<a href=\"../../docs/specs/hostile.md\">&lt;script&gt;window.specXss = \"title\"&lt;/script&gt;"
                        + " Refunds</a>"));
        assertTrue(html.contains("<td>\"&gt;&lt;img src=x onerror=\"window.specXss='author'\"&gt;</td>"));
        assertTrue(html.contains("data-status=\"&lt;img src=x onerror=window.specXss='status'&gt;\""));
        // The requirement's text is what the spec shows: the link's text, without the inline script tags.
        assertTrue(html.contains("<td>Refund x within window.specXss='req' five days.</td>"));
        assertFalse(html.contains("<img"), "no image element");
        assertEquals(1, occurrences(html, "<script"), "only the page's own script");
        assertEquals(
                List.of(),
                attributes("href").stream()
                        .filter(h -> !h.startsWith("../../docs/specs/"))
                        .toList());
    }

    @Test
    void pageIsSelfContainedAndOnlyItsOwnScriptMayRun() throws Exception {
        assertFalse(html.contains("http:") || html.contains("https:"), "no network address");
        assertFalse(html.contains("<link"), "no style sheet");
        Matcher tag = Pattern.compile("<[a-zA-Z][^>]*>").matcher(html);
        while (tag.find()) {
            String unquoted = tag.group().replaceAll("=\"[^\"]*\"", "=\"\"");
            assertFalse(unquoted.matches("(?s).*\\s(src|style|on[a-z]+)=.*"), tag.group());
        }
        assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
        String script = html.substring(html.indexOf("<script>") + 8, html.indexOf("</script>"));
        String hash = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        assertTrue(html.contains(
                "content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-" + hash + "'\""));
    }

    @Test
    void tablesHoldEverySpecFindingAndRequirement() {
        assertEquals(
                List.of(
                        "metadata|error|docs/specs/hostile.md",
                        "placeholder|error|docs/specs/ledger.md",
                        "required-section|error|docs/specs/ledger.md"),
                rows("tr data-rule=\"([^\"]*)\" data-severity=\"([^\"]*)\" data-spec=\"([^\"]*)\""));
        assertTrue(html.contains("<tr data-spec=\"docs/specs/ledger.md\" data-status=\"Review\"><td"
                + " data-sort=\"Ledger export\"><a href=\"../../docs/specs/ledger.md\">Ledger export</a><br><span"
                + " class=\"file muted\">docs/specs/ledger.md</span></td><td>Review</td><td></td><td>2026-02-10</td>"
                + "<td>0 of 1 approved</td><td>2</td></tr>"));
        assertEquals(
                List.of("REQ-001", "REQ-002", "REQ-003"), rows("<td><a href=\"[^\"]*\"><code>([^<]*)</code></a></td>"));
        assertTrue(html.contains("<td class=\"file\">docs/specs/ledger.md:14</td><td>Requirements</td>"
                + "<td>The export finishes before 06:00 UTC.</td>"));
        assertTrue(html.contains("<option value=\"required-section\">required-section</option>"));
    }

    @Test
    void findingsLinkToTheirLineWhenTheSourceUrlIsKnown() {
        String linked = new HtmlDashboardWriter()
                .render(
                        result,
                        new ReportContext("1.2.0", DashboardFixture.BASE, "services/billing", RuleInfo.known())
                                .withSourceUrl(Optional.of("https://git.example.com/shop/blob/main/")));
        assertTrue(
                linked.contains(
                        "<a href=\"https://git.example.com/shop/blob/main/services/billing/docs/specs/ledger.md#L16\">16:1</a>"));
    }

    @Test
    void writtenPageLinksToSpecsRelativeToWhereItIs(@TempDir Path out) throws Exception {
        Path file = new HtmlDashboardWriter().write(result, DashboardFixture.context(), out.resolve("a/b/c"));
        assertEquals(out.resolve("a/b/c/index.html"), file);
        String written = Files.readString(file, StandardCharsets.UTF_8);
        String expected = "href=\""
                + out.resolve("a/b/c")
                        .relativize(DashboardFixture.BASE.resolve("docs/specs/ledger.md"))
                        .toString()
                        .replace('\\', '/')
                + "\">16:1</a>";
        assertTrue(written.contains(expected), expected);
    }

    private static List<String> attributes(String name) {
        return rows(" " + name + "=\"([^\"]*)\"");
    }

    private static List<String> rows(String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(html);
        while (m.find()) {
            List<String> groups = new ArrayList<>();
            for (int i = 1; i <= m.groupCount(); i++) {
                groups.add(m.group(i));
            }
            found.add(String.join("|", groups));
        }
        return found;
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
