package dev.specgate.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spec page that {@code mvn site} rendered ({@code spec-report.html}, {@code spec-report-aggregate.html}), read as
 * the report ITs assert on it: the rows of the tables of a section, each row as its cell texts. The verify scripts of
 * those ITs load it from the test class path, so they share one reading of the page.
 */
public final class SpecReportPage {

    private static final Pattern ROW = Pattern.compile("(?s)<tr[^>]*>(.*?)</tr>");
    private static final Pattern CELL = Pattern.compile("(?s)<t[dh][^>]*>(.*?)</t[dh]>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private final String html;

    private SpecReportPage(String html) {
        this.html = html;
    }

    /** Reads a page written in UTF-8. */
    public static SpecReportPage read(Path file) throws IOException {
        return new SpecReportPage(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The page's HTML. */
    public String html() {
        return html;
    }

    /**
     * The rows of every table in the section that starts at the anchor {@code <a id="anchor">} and ends at the next
     * {@code <h2>}, each row as its cell texts (tags removed, trimmed) joined by {@code " | "}.
     */
    public List<String> rows(String anchor) {
        int start = html.indexOf("<a id=\"" + anchor + "\"></a>");
        if (start < 0) {
            throw new AssertionError("The page has no section " + anchor);
        }
        int end = html.indexOf("<h2>", start + 1);
        String section = html.substring(start, end < 0 ? html.length() : end);
        List<String> rows = new ArrayList<>();
        Matcher row = ROW.matcher(section);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(TAG.matcher(cell.group(1)).replaceAll("").trim());
            }
            rows.add(String.join(" | ", cells));
        }
        return rows;
    }

    /** The report's own part of the page, from its {@code <h1>} to the end of the page's main content. */
    public String body() {
        int start = html.indexOf("<h1>Specs</h1>");
        int end = html.indexOf("</main>", Math.max(start, 0));
        if (start < 0 || end < 0) {
            throw new AssertionError("The page has no <h1>Specs</h1> ... </main> content");
        }
        return html.substring(start, end);
    }
}
