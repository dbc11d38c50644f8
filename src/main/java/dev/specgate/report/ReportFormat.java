package dev.specgate.report;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The report formats users select with {@code <formats>} / {@code -Dspec.formats=json,sarif,junit,html}. */
public enum ReportFormat {
    JSON(new JsonReportWriter()),
    SARIF(new SarifReportWriter()),
    JUNIT(new JunitReportWriter()),
    HTML(new HtmlDashboardWriter());

    private final ReportWriter writer;

    ReportFormat(ReportWriter writer) {
        this.writer = writer;
    }

    /** The lower-case name used in configuration: {@code json}, {@code sarif}, {@code junit}, {@code html}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The writer of this format (stateless, shared). */
    public ReportWriter writer() {
        return writer;
    }

    /**
     * Parses a comma-separated list such as {@code "json, SARIF,junit"}: case and blanks do not matter, repeats
     * count once, null or blank means none.
     *
     * @throws IllegalArgumentException naming the unknown format and the known ones
     */
    public static Set<ReportFormat> parse(String formats) {
        Set<ReportFormat> result = EnumSet.noneOf(ReportFormat.class);
        if (formats == null) {
            return result;
        }
        for (String part : formats.split(",")) {
            String id = part.strip().toLowerCase(Locale.ROOT);
            if (!id.isEmpty()) {
                result.add(Arrays.stream(values())
                        .filter(format -> format.id().equals(id))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("Unknown report format \"" + part.strip()
                                + "\" in formats: use a comma-separated list of " + known())));
            }
        }
        return result;
    }

    private static String known() {
        return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
    }
}
