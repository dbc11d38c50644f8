package dev.specgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.engine.CheckResult;
import dev.specgate.model.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportWriterTest {

    private final JunitReportWriter writer = new JunitReportWriter();

    @Test
    void matchesGoldenFile() throws Exception {
        Golden.assertMatches("TEST-spec-check.xml", writer.render(ReportFixtures.result(), ReportFixtures.context()));
    }

    @Test
    void failureCountEqualsErrorCount() throws Exception {
        CheckResult result = ReportFixtures.result();
        Document xml = parse(writer.render(result, ReportFixtures.context()));

        assertEquals(4, result.count(Severity.ERROR));
        assertEquals(4, xml.getElementsByTagName("failure").getLength());
        assertEquals("4", xml.getDocumentElement().getAttribute("failures"));
        int suiteFailures = 0;
        for (Element suite : elements(xml.getElementsByTagName("testsuite"))) {
            suiteFailures += Integer.parseInt(suite.getAttribute("failures"));
            int cases = suite.getElementsByTagName("testcase").getLength();
            assertEquals(String.valueOf(cases), suite.getAttribute("tests"));
        }
        assertEquals(4, suiteFailures);
    }

    @Test
    void oneSuitePerSpecAndOneCasePerRule() throws Exception {
        Document xml = parse(writer.render(ReportFixtures.result(), ReportFixtures.context()));

        List<Element> suites = elements(xml.getElementsByTagName("testsuite"));
        assertEquals(
                List.of("docs/specs/checkout.md", "docs/specs/refunds.md", "docs/specs/search index.md"),
                suites.stream().map(s -> s.getAttribute("name")).toList());
        // checkout.md: 5 rules (4 described + "suppression" seen in findings), each once.
        List<Element> checkout = elements(suites.get(0).getElementsByTagName("testcase"));
        assertEquals(
                List.of("required-section", "empty-section", "placeholder", "metadata", "suppression"),
                checkout.stream().map(c -> c.getAttribute("name")).toList());
        checkout.forEach(c -> assertEquals("docs/specs/checkout.md", c.getAttribute("classname")));
        // refunds.md has two required-section errors: two cases of that rule, one failure each.
        List<Element> refunds = elements(suites.get(1).getElementsByTagName("testcase"));
        assertEquals(
                List.of(
                        "required-section",
                        "required-section",
                        "empty-section",
                        "placeholder",
                        "metadata",
                        "suppression"),
                refunds.stream().map(c -> c.getAttribute("name")).toList());
        assertEquals(
                "docs/specs/refunds.md:57:1: [required-section] Missing section \"Deployment > Monitoring & "
                        + "Alerts\" (template line 97)",
                refunds.get(1).getElementsByTagName("failure").item(0).getTextContent());
        assertEquals(
                "42:1: Missing section \"Testing Strategy > Rollback Plan\" (template line 88)",
                ((Element) refunds.get(0).getElementsByTagName("failure").item(0)).getAttribute("message"));
    }

    @Test
    void warningsAndInfoGoToSystemOutWithoutFailing() throws Exception {
        Document xml = parse(writer.render(ReportFixtures.result(), ReportFixtures.context()));

        List<Element> refunds =
                elements(((Element) xml.getElementsByTagName("testsuite").item(1)).getElementsByTagName("testcase"));
        Element placeholder = refunds.get(3);
        assertEquals("placeholder", placeholder.getAttribute("name"));
        assertEquals(0, placeholder.getElementsByTagName("failure").getLength());
        assertEquals(
                "warning: docs/specs/refunds.md:12:15: [placeholder] Placeholder \"[Owner Name]\" left in\n",
                placeholder.getElementsByTagName("system-out").item(0).getTextContent());
        assertEquals(0, xml.getElementsByTagName("skipped").getLength());
    }

    @Test
    void escapesMarkupAndStripsCharactersXmlCannotHold() throws Exception {
        String message = "Placeholder \"<x> & 'y'\" left in\u0001\u0007 here\uD800\tthen\r\nnext \uD83D\uDE00";
        CheckResult result = new CheckResult(
                List.of(ReportFixtures.finding("placeholder", Severity.ERROR, "docs/a&b <c>.md", 1, 2, message, 0)),
                List.of("docs/a&b <c>.md"));

        Document xml = parse(writer.render(result, ReportFixtures.context()));

        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertEquals(
                "1:2: Placeholder \"<x> & 'y'\" left in here\tthen\r\nnext \uD83D\uDE00",
                failure.getAttribute("message"));
        assertEquals(
                "docs/a&b <c>.md:1:2: [placeholder] Placeholder \"<x> & 'y'\" left in here\tthen\r\nnext "
                        + "\uD83D\uDE00",
                failure.getTextContent());
        assertEquals(
                "docs/a&b <c>.md",
                ((Element) xml.getElementsByTagName("testsuite").item(0)).getAttribute("name"));
    }

    @Test
    void cleanSpecsGiveOnlyPassingCases() throws Exception {
        CheckResult clean = new CheckResult(List.of(), List.of("docs/specs/a.md", "docs/specs/b.md"));

        Document xml = parse(writer.render(clean, ReportFixtures.context()));

        assertEquals(2, xml.getElementsByTagName("testsuite").getLength());
        assertEquals(8, xml.getElementsByTagName("testcase").getLength());
        assertEquals(0, xml.getElementsByTagName("failure").getLength());
        assertEquals("8", xml.getDocumentElement().getAttribute("tests"));
    }

    @Test
    void writesTestStarXmlFile(@TempDir Path temp) throws Exception {
        Path file = writer.write(ReportFixtures.result(), ReportFixtures.context(), temp);

        assertEquals(temp.resolve("TEST-spec-check.xml"), file);
        assertEquals(
                4,
                parse(Files.readString(file, StandardCharsets.UTF_8))
                        .getElementsByTagName("failure")
                        .getLength());
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
