package dev.specgate.trace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the {@code TEST-*.xml} files Surefire and Failsafe write (the JUnit XML form): one {@code <testcase
 * classname="…" name="…">} per test run, with a {@code <failure>}, {@code <error>} or {@code <skipped>} child when it
 * did not pass. A name such as {@code amounts(int)[2]} (a parameterized run) counts for the method {@code amounts}.
 * Stateless and thread-safe.
 */
public final class SurefireReportReader {

    private final XMLInputFactory factory;

    public SurefireReportReader() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    }

    /** The results of every {@code TEST-*.xml} in the directories; a directory that does not exist has none. */
    public TestResults read(List<Path> reportDirectories) throws TraceException {
        TestResults results = TestResults.NONE;
        for (Path directory : reportDirectories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            List<Path> reports;
            try (Stream<Path> files = Files.list(directory)) {
                reports = files.filter(f -> {
                            String name = f.getFileName().toString();
                            return name.startsWith("TEST-") && name.endsWith(".xml");
                        })
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new TraceException("Cannot list the test reports in " + directory + ": " + e, e);
            }
            for (Path report : reports) {
                results = results.plus(readReport(report));
            }
        }
        return results;
    }

    /** The results in one report file. */
    TestResults readReport(Path report) throws TraceException {
        Map<String, Map<String, TestOutcome>> outcomes = new TreeMap<>();
        try (InputStream in = Files.newInputStream(report)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            String className = null;
            String method = null;
            TestOutcome outcome = null;
            int depth = 0;
            int caseDepth = -1;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String element = xml.getLocalName();
                    if (element.equals("testcase")) {
                        className = xml.getAttributeValue(null, "classname");
                        method = methodName(xml.getAttributeValue(null, "name"));
                        outcome = null;
                        caseDepth = depth;
                    } else if (depth == caseDepth + 1 && caseDepth > 0 && outcomeOf(element) != null) {
                        outcome =
                                outcome == null ? outcomeOf(element) : TestOutcome.combine(outcome, outcomeOf(element));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == caseDepth) {
                        if (className != null && method != null) {
                            outcomes.computeIfAbsent(className, c -> new TreeMap<>())
                                    .merge(
                                            method,
                                            outcome == null ? TestOutcome.PASSED : outcome,
                                            TestOutcome::combine);
                        }
                        caseDepth = -1;
                    }
                    depth--;
                }
            }
            xml.close();
        } catch (IOException | XMLStreamException e) {
            throw new TraceException(
                    "Cannot read the test report " + report + ": " + e.getMessage()
                            + "; delete it and run the tests again",
                    e);
        }
        return new TestResults(outcomes);
    }

    /**
     * The outcome a child element of {@code <testcase>} gives, null for the others ({@code <system-out>}, and the
     * {@code <flakyFailure>} of a rerun that passed in the end).
     */
    private static TestOutcome outcomeOf(String element) {
        return switch (element) {
            case "failure" -> TestOutcome.FAILED;
            case "error" -> TestOutcome.ERRORED;
            case "skipped" -> TestOutcome.SKIPPED;
            default -> null;
        };
    }

    /** The method a test case name stands for: {@code amounts(int)[2]} and {@code amounts()} are {@code amounts}. */
    static String methodName(String name) {
        if (name == null) {
            return null;
        }
        String method = name.strip();
        for (char stop : new char[] {'(', '[', ' '}) {
            int at = method.indexOf(stop);
            if (at > 0) {
                method = method.substring(0, at);
            }
        }
        return method;
    }
}
