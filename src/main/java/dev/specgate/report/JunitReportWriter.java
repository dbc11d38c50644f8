package dev.specgate.report;

import dev.specgate.engine.CheckResult;
import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes {@code TEST-spec-check.xml} in the JUnit XML form Jenkins, GitLab and others read from {@code TEST-*.xml}.
 *
 * <p>One {@code <testsuite>} per spec file (named by its path relative to the base directory), one
 * {@code <testcase>} per rule (classname the spec path, name the rule id). Each error finding is one
 * {@code <failure>}, so the failure count always equals the error count: a rule with several errors in a spec
 * gets one test case per error (same classname and name), because JUnit consumers read only one failure per test
 * case. Warnings and info findings do not fail a test case; they are listed in its {@code <system-out>} (not
 * {@code <skipped>}: the rule did run). Findings in files that were not among the checked specs get suites too.
 */
public final class JunitReportWriter implements ReportWriter {

    @Override
    public String fileName() {
        return "TEST-spec-check.xml";
    }

    @Override
    public String render(CheckResult result, ReportContext context) {
        List<RuleInfo> rules = context.rulesFor(result);
        List<Suite> suites = new ArrayList<>();
        for (String file : files(result)) {
            suites.add(suite(
                    file,
                    rules,
                    result.findings().stream()
                            .filter(f -> f.file().equals(file))
                            .toList()));
        }
        long errors = result.count(Severity.ERROR);
        int tests = suites.stream().mapToInt(Suite::tests).sum();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites name=\"spec-check\" tests=\"")
                .append(tests)
                .append("\" failures=\"")
                .append(errors)
                .append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
        suites.forEach(suite -> xml.append(suite.xml()));
        return xml.append("</testsuites>\n").toString();
    }

    private static Set<String> files(CheckResult result) {
        Set<String> files = new LinkedHashSet<>(result.specFiles());
        Set<String> others = new TreeSet<>();
        result.findings().stream()
                .map(Finding::file)
                .filter(f -> !files.contains(f))
                .forEach(others::add);
        files.addAll(others);
        return files;
    }

    private record Suite(String xml, int tests) {}

    private static Suite suite(String file, List<RuleInfo> rules, List<Finding> findings) {
        StringBuilder cases = new StringBuilder();
        int tests = 0;
        int failures = 0;
        for (RuleInfo rule : rules) {
            List<Finding> ofRule =
                    findings.stream().filter(f -> f.ruleId().equals(rule.id())).toList();
            List<Finding> errors =
                    ofRule.stream().filter(f -> f.severity() == Severity.ERROR).toList();
            List<Finding> others =
                    ofRule.stream().filter(f -> f.severity() != Severity.ERROR).toList();
            int count = Math.max(1, errors.size());
            for (int i = 0; i < count; i++) {
                testCase(cases, file, rule.id(), i < errors.size() ? errors.get(i) : null, i == 0 ? others : List.of());
            }
            tests += count;
            failures += errors.size();
        }
        String xml = "  <testsuite name=\"" + XmlText.attribute(file) + "\" tests=\"" + tests + "\" failures=\""
                + failures + "\" errors=\"0\" skipped=\"0\" time=\"0\">\n" + cases + "  </testsuite>\n";
        return new Suite(xml, tests);
    }

    private static void testCase(StringBuilder out, String file, String rule, Finding error, List<Finding> notes) {
        out.append("    <testcase classname=\"")
                .append(XmlText.attribute(file))
                .append("\" name=\"")
                .append(XmlText.attribute(rule))
                .append("\" time=\"0\"");
        if (error == null && notes.isEmpty()) {
            out.append("/>\n");
            return;
        }
        out.append(">\n");
        if (error != null) {
            String message = error.line() + ":" + error.column() + ": " + error.fullMessage();
            out.append("      <failure message=\"")
                    .append(XmlText.attribute(message))
                    .append("\" type=\"")
                    .append(XmlText.attribute(rule))
                    .append("\">")
                    .append(XmlText.content(error.format()))
                    .append("</failure>\n");
        }
        if (!notes.isEmpty()) {
            out.append("      <system-out>");
            notes.forEach(f -> out.append(XmlText.content(f.severity().id() + ": " + f.format()))
                    .append('\n'));
            out.append("</system-out>\n");
        }
        out.append("    </testcase>\n");
    }
}
