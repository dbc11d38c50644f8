package dev.specgate.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.engine.SpecRequirements;
import dev.specgate.model.Finding;
import dev.specgate.model.SourceLocation;
import dev.specgate.rules.Requirement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Joining requirements, markers and results: statuses, findings and coverage. */
class TracerTest {

    private static final String TEST_FILE = "src/test/java/com/acme/RefundTest.java";
    private static final String REFUND = "com.acme.RefundTest";

    private static final SpecRequirements REFUNDS = spec(
            "docs/specs/refunds.md",
            true,
            "REQ-\\d{3}",
            requirement("REQ-001", 8),
            requirement("REQ-002", 9),
            requirement("REQ-003", 10));

    @Test
    void aPassingTestVerifiesAFailingOneFailsAndASkippedOneVerifiesNothing() {
        Trace trace = trace(
                List.of(REFUNDS),
                List.of(
                        method("capsTheAmount", MarkerKind.TAG, "REQ-001", 12),
                        method("keepsTheCurrency", MarkerKind.ANNOTATION, "REQ-002", 18),
                        method("mailsTheCustomer", MarkerKind.ANNOTATION, "REQ-003", 24)),
                results(Map.of(
                        "capsTheAmount", TestOutcome.PASSED,
                        "keepsTheCurrency", TestOutcome.FAILED,
                        "mailsTheCustomer", TestOutcome.SKIPPED)));

        assertEquals(
                List.of(
                        "docs/specs/refunds.md:9:5: [failing-requirement] Requirement REQ-002 has no passing test:"
                                + " com.acme.RefundTest.keepsTheCurrency failed",
                        "docs/specs/refunds.md:10:5: [untested-requirement] Requirement REQ-003 has no passing test:"
                                + " com.acme.RefundTest.mailsTheCustomer was skipped"),
                lines(trace));
        assertEquals(
                List.of(RequirementStatus.VERIFIED, RequirementStatus.FAILING, RequirementStatus.UNTESTED),
                trace.requirements().stream().map(RequirementTrace::status).toList());
        assertEquals(new Coverage(3, 1, 1, 1), trace.total());
        assertEquals(Map.of("docs/specs/refunds.md", new Coverage(3, 1, 1, 1)), trace.coverageBySpec());
    }

    @Test
    void oneFailedInvocationAmongPassingOnesStillVerifiesWhenAnotherTestPasses() {
        Trace trace = trace(
                List.of(REFUNDS),
                List.of(
                        method("capsTheAmount", MarkerKind.TAG, "REQ-001", 12),
                        method("capsAgain", MarkerKind.TAG, "REQ-001", 30)),
                results(Map.of("capsTheAmount", TestOutcome.FAILED, "capsAgain", TestOutcome.PASSED)));

        assertEquals(
                List.of(
                        new TestRun("com.acme.RefundTest.capsAgain", TestOutcome.PASSED),
                        new TestRun("com.acme.RefundTest.capsTheAmount", TestOutcome.FAILED)),
                trace.requirements().get(0).tests());
        assertEquals(RequirementStatus.VERIFIED, trace.requirements().get(0).status());
    }

    @Test
    void aMarkedTestWithoutAResultIsReportedAsNotRun() {
        Trace trace = trace(
                List.of(REFUNDS), List.of(method("refundsTwice", MarkerKind.TAG, "REQ-001", 40)), TestResults.NONE);

        assertEquals(
                "docs/specs/refunds.md:8:5: [untested-requirement] Requirement REQ-001 has no passing test:"
                        + " com.acme.RefundTest.refundsTwice was not run (no result in the test reports)",
                lines(trace).get(0));
        assertEquals(
                List.of(new TestRun("com.acme.RefundTest.refundsTwice", TestOutcome.NOT_RUN)),
                trace.requirements().get(0).tests());
    }

    @Test
    void aClassMarkerCoversEveryTestOfTheClassAndItsNestedClasses() {
        Map<String, Map<String, TestOutcome>> outcomes = new LinkedHashMap<>();
        outcomes.put(REFUND, Map.of("a", TestOutcome.PASSED));
        outcomes.put(REFUND + "$Nested", Map.of("b", TestOutcome.SKIPPED));
        outcomes.put("com.acme.RefundTestHelpers", Map.of("c", TestOutcome.PASSED));
        Trace trace =
                trace(List.of(REFUNDS), List.of(classMarker(MarkerKind.TAG, "REQ-001")), new TestResults(outcomes));

        assertEquals(
                List.of(
                        new TestRun("com.acme.RefundTest$Nested.b", TestOutcome.SKIPPED),
                        new TestRun("com.acme.RefundTest.a", TestOutcome.PASSED)),
                trace.requirements().get(0).tests());
    }

    @Test
    void aClassMarkerOfAClassWithoutResultsIsOneTestNotRun() {
        Trace trace = trace(List.of(REFUNDS), List.of(classMarker(MarkerKind.ANNOTATION, "REQ-002")), TestResults.NONE);

        assertEquals(
                List.of(new TestRun(REFUND, TestOutcome.NOT_RUN)),
                trace.requirements().get(1).tests());
    }

    @Test
    void unknownIdsAreReportedAtTheTestAndOtherTagsAreNotMarkers() {
        Trace trace = trace(
                List.of(REFUNDS),
                List.of(
                        method("legacy", MarkerKind.TAG, "REQ-009", 50),
                        method("legacy", MarkerKind.TAG, "slow", 50),
                        method("legacy", MarkerKind.TAG, "integration", 50),
                        classMarker(MarkerKind.ANNOTATION, "REQ-01"),
                        method("named", MarkerKind.DISPLAY_NAME, "REQ-004: refunds of refunds", 60)),
                TestResults.NONE);

        assertEquals(
                List.of(
                        "src/test/java/com/acme/RefundTest.java:1:1: [unknown-requirement] Test com.acme.RefundTest"
                                + " names REQ-01 (@Verifies), which no spec defines",
                        "src/test/java/com/acme/RefundTest.java:50:1: [unknown-requirement] Test"
                                + " com.acme.RefundTest.legacy names REQ-009 (tag), which no spec defines",
                        "src/test/java/com/acme/RefundTest.java:60:1: [unknown-requirement] Test"
                                + " com.acme.RefundTest.named names REQ-004 (display name), which no spec defines"),
                lines(trace).stream()
                        .filter(l -> l.contains("unknown-requirement"))
                        .toList());
    }

    @Test
    void anIdTwoSpecsDefineMustBeScopedToItsSpec() {
        SpecRequirements payouts =
                spec("docs/specs/payouts.md", true, "REQ-\\d{3}", requirement("REQ-001", "docs/specs/payouts.md", 6));
        Trace trace = trace(
                List.of(REFUNDS, payouts),
                List.of(
                        method("ambiguous", MarkerKind.TAG, "REQ-001", 12),
                        method("scoped", MarkerKind.TAG, "payouts/REQ-001", 20),
                        method("scopedName", MarkerKind.DISPLAY_NAME, "refunds/REQ-001 is capped", 28),
                        method("noSuchSpec", MarkerKind.ANNOTATION, "chargebacks/REQ-001", 36)),
                results(Map.of(
                        "ambiguous", TestOutcome.PASSED,
                        "scoped", TestOutcome.PASSED,
                        "scopedName", TestOutcome.PASSED,
                        "noSuchSpec", TestOutcome.PASSED)));

        assertEquals(
                List.of(
                        "src/test/java/com/acme/RefundTest.java:12:1: [unknown-requirement] Test"
                                + " com.acme.RefundTest.ambiguous names REQ-001 (tag), which 2 specs define"
                                + " (docs/specs/refunds.md, docs/specs/payouts.md): write it scoped to its spec, e.g."
                                + " refunds/REQ-001",
                        "src/test/java/com/acme/RefundTest.java:36:1: [unknown-requirement] Test"
                                + " com.acme.RefundTest.noSuchSpec names chargebacks/REQ-001 (@Verifies), which no"
                                + " spec defines"),
                lines(trace).stream()
                        .filter(l -> l.contains("unknown-requirement"))
                        .toList());
        assertEquals(
                List.of(new TestRun("com.acme.RefundTest.scopedName", TestOutcome.PASSED)),
                trace.requirements().get(0).tests());
        assertEquals(
                List.of(new TestRun("com.acme.RefundTest.scoped", TestOutcome.PASSED)),
                trace.requirements().get(3).tests());
    }

    @Test
    void methodNamesAreMarkersOnlyWhenConfiguredAndOnlyForDefinedIds() {
        List<TestMarker> markers = List.of(
                method("req001_capsTheAmount", MarkerKind.METHOD_NAME, "req001_capsTheAmount", 12),
                method("capsTheAmount_REQ002", MarkerKind.METHOD_NAME, "capsTheAmount_REQ002", 18),
                method("req999_typo", MarkerKind.METHOD_NAME, "req999_typo", 24));
        TestResults results = results(Map.of(
                "req001_capsTheAmount", TestOutcome.PASSED,
                "capsTheAmount_REQ002", TestOutcome.PASSED,
                "req999_typo", TestOutcome.PASSED));

        Trace off = new Tracer(markers, results, TraceOptions.DEFAULT).trace(List.of(REFUNDS));
        Trace on = new Tracer(markers, results, new TraceOptions(false, true)).trace(List.of(REFUNDS));

        assertEquals(new Coverage(3, 0, 3, 0), off.total());
        assertEquals(new Coverage(3, 2, 1, 0), on.total());
        assertEquals(1, on.findings().size());
    }

    @Test
    void onlyApprovedSpecsAreGatedUnlessEverySpecIs() {
        SpecRequirements draft = spec(
                "docs/specs/chargebacks.md",
                false,
                "REQ-\\d{3}",
                requirement("REQ-101", "docs/specs/chargebacks.md", 7));
        List<TestMarker> markers = List.of(method("chargeback", MarkerKind.TAG, "REQ-101", 12));
        TestResults results = results(Map.of("chargeback", TestOutcome.FAILED));

        Trace approvedOnly = new Tracer(markers, results, TraceOptions.DEFAULT).trace(List.of(REFUNDS, draft));
        Trace every = new Tracer(markers, results, new TraceOptions(true, false)).trace(List.of(REFUNDS, draft));

        assertEquals(new Coverage(3, 0, 3, 0), approvedOnly.total());
        assertEquals(1, approvedOnly.ungated());
        assertEquals(
                List.of("docs/specs/refunds.md"),
                List.copyOf(approvedOnly.coverageBySpec().keySet()));
        assertEquals(3, approvedOnly.findings().size(), "the draft's failing requirement is not reported");
        assertEquals(new Coverage(4, 0, 3, 1), every.total());
        assertEquals(
                Map.of(
                        "docs/specs/refunds.md",
                        new Coverage(3, 0, 3, 0),
                        "docs/specs/chargebacks.md",
                        new Coverage(1, 0, 0, 1)),
                every.coverageBySpec());
        assertEquals(
                "docs/specs/chargebacks.md:7:5: [failing-requirement] Requirement REQ-101 has no passing test:"
                        + " com.acme.RefundTest.chargeback failed",
                lines(every).get(0));
    }

    @Test
    void aRequirementNoTestNamesIsNotVerifiedByAnyTest() {
        Trace trace = trace(List.of(REFUNDS), List.of(), TestResults.NONE);

        assertEquals(
                List.of(
                        "docs/specs/refunds.md:8:5: [untested-requirement] Requirement REQ-001 is not verified by any"
                                + " test",
                        "docs/specs/refunds.md:9:5: [untested-requirement] Requirement REQ-002 is not verified by any"
                                + " test",
                        "docs/specs/refunds.md:10:5: [untested-requirement] Requirement REQ-003 is not verified by"
                                + " any test"),
                lines(trace));
    }

    private static Trace trace(List<SpecRequirements> specs, List<TestMarker> markers, TestResults results) {
        return new Tracer(markers, results, TraceOptions.DEFAULT).trace(specs);
    }

    private static List<String> lines(Trace trace) {
        return trace.findings().stream()
                .sorted(Finding.ORDER)
                .map(Finding::format)
                .toList();
    }

    private static TestResults results(Map<String, TestOutcome> methods) {
        return new TestResults(Map.of(REFUND, methods));
    }

    private static TestMarker method(String method, MarkerKind kind, String value, int line) {
        return new TestMarker(REFUND, Optional.of(method), kind, value, TEST_FILE, line);
    }

    private static TestMarker classMarker(MarkerKind kind, String value) {
        return new TestMarker(REFUND, Optional.empty(), kind, value, TEST_FILE, 1);
    }

    private static Requirement requirement(String id, int line) {
        return requirement(id, "docs/specs/refunds.md", line);
    }

    private static Requirement requirement(String id, String file, int line) {
        return new Requirement(id, file, SourceLocation.of(line, 5), "text of " + id);
    }

    private static SpecRequirements spec(String file, boolean approved, String pattern, Requirement... requirements) {
        return new SpecRequirements(
                file,
                Optional.of(approved ? "Approved" : "Draft"),
                approved,
                Optional.of(Pattern.compile(pattern)),
                List.of(requirements));
    }
}
