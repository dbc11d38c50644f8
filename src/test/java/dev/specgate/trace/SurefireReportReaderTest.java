package dev.specgate.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Surefire and Failsafe XML reports, as small fixtures in src/test/resources/trace. */
class SurefireReportReaderTest {

    private static final Path REPORTS = Path.of("src/test/resources/trace");

    private final SurefireReportReader reader = new SurefireReportReader();

    @Test
    void everyTestCaseGetsItsOutcomeByClassAndMethod() throws TraceException {
        TestResults results = reader.read(List.of(REPORTS.resolve("surefire-reports")));

        assertEquals(
                Map.of(
                        "com.acme.refunds.RefundTest",
                        Map.of(
                                "capsTheAmount", TestOutcome.PASSED,
                                "keepsTheCurrency", TestOutcome.FAILED,
                                "mailsTheCustomer", TestOutcome.SKIPPED,
                                "talksToTheBank", TestOutcome.ERRORED,
                                "amounts", TestOutcome.FAILED,
                                "retried", TestOutcome.PASSED),
                        "com.acme.refunds.RefundLimitTest",
                        Map.of("limit", TestOutcome.PASSED),
                        "com.acme.refunds.RefundLimitTest$Refused",
                        Map.of("refused", TestOutcome.PASSED)),
                results.outcomes());
    }

    @Test
    void failsafeReportsAddTheirTestsAndATestInBothHasTheWorseOutcome() throws TraceException {
        TestResults results =
                reader.read(List.of(REPORTS.resolve("surefire-reports"), REPORTS.resolve("failsafe-reports")));

        assertEquals(
                java.util.Optional.of(TestOutcome.PASSED),
                results.outcome("com.acme.refunds.RefundIT", "refundsEndToEnd"));
        assertEquals(
                java.util.Optional.of(TestOutcome.FAILED),
                results.outcome("com.acme.refunds.RefundTest", "capsTheAmount"));
    }

    @Test
    void aClassCoversItsNestedClassesTests() throws TraceException {
        TestResults results = reader.read(List.of(REPORTS.resolve("surefire-reports")));

        assertEquals(
                List.of(
                        Map.entry("com.acme.refunds.RefundLimitTest$Refused.refused", TestOutcome.PASSED),
                        Map.entry("com.acme.refunds.RefundLimitTest.limit", TestOutcome.PASSED)),
                results.testsOfClass("com.acme.refunds.RefundLimitTest"));
        assertEquals(List.of(), results.testsOfClass("com.acme.refunds.RefundLimit"));
    }

    @Test
    void missingDirectoriesHaveNoResults(@TempDir Path dir) throws TraceException {
        assertEquals(
                Map.of(), reader.read(List.of(dir.resolve("surefire-reports"))).outcomes());
    }

    @Test
    void aTruncatedReportNamesTheFile(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("TEST-com.acme.Half.xml");
        Files.writeString(
                report, "<testsuite name=\"com.acme.Half\"><testcase name=\"a\" classname=\"com.acme.Half\">");

        TraceException e = assertThrows(TraceException.class, () -> reader.read(List.of(dir)));

        assertTrue(e.getMessage().startsWith("Cannot read the test report " + report + ": "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; delete it and run the tests again"), e.getMessage());
    }

    @Test
    void aReportDeclaringAnExternalEntityIsRejected(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("TEST-com.acme.Evil.xml"),
                "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"http://example.invalid/x\">]>"
                        + "<testsuite><testcase name=\"&x;\" classname=\"com.acme.Evil\"/></testsuite>");

        assertThrows(TraceException.class, () -> reader.read(List.of(dir)));
    }

    @Test
    void methodNamesDropParametersAndInvocationIndexes() {
        assertEquals("amounts", SurefireReportReader.methodName("amounts(int)[2]"));
        assertEquals("amounts", SurefireReportReader.methodName("amounts()"));
        assertEquals("amounts", SurefireReportReader.methodName("amounts[1]"));
        assertEquals("capsTheAmount", SurefireReportReader.methodName(" capsTheAmount "));
    }
}
