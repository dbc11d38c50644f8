package dev.specgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void parsesCommaSeparatedIdsIgnoringCaseBlanksAndRepeats() {
        assertEquals(
                EnumSet.of(ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.JUNIT),
                ReportFormat.parse("json,sarif,junit"));
        assertEquals(EnumSet.of(ReportFormat.SARIF, ReportFormat.JSON), ReportFormat.parse(" SARIF , json,,sarif "));
        assertEquals(List.of(ReportFormat.JSON, ReportFormat.SARIF), List.copyOf(ReportFormat.parse("sarif,json")));
    }

    @Test
    void nullOrBlankMeansNone() {
        assertEquals(Set.of(), ReportFormat.parse(null));
        assertEquals(Set.of(), ReportFormat.parse("  "));
    }

    @Test
    void unknownFormatIsRejectedWithTheKnownOnes() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ReportFormat.parse("json, pdf"));

        assertEquals(
                "Unknown report format \"pdf\" in formats: use a comma-separated list of json, sarif, junit, html",
                e.getMessage());
    }

    @Test
    void eachFormatHasItsWriterAndFile() {
        assertInstanceOf(JsonReportWriter.class, ReportFormat.JSON.writer());
        assertEquals("spec-report.json", ReportFormat.JSON.writer().fileName());
        assertEquals("spec-report.sarif", ReportFormat.SARIF.writer().fileName());
        assertEquals("TEST-spec-check.xml", ReportFormat.JUNIT.writer().fileName());
        assertEquals("junit", ReportFormat.JUNIT.id());
        assertEquals("index.html", ReportFormat.HTML.writer().fileName());
        assertEquals(EnumSet.of(ReportFormat.HTML), ReportFormat.parse("HTML"));
    }
}
