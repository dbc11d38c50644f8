package dev.specgate.trace;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outcome of every test case the reports list, by class and method. A method that ran several times
 * (parameterized, repeated, or reported twice) has its worst outcome: one failed invocation fails it.
 *
 * @param outcomes per class name, per method name
 */
public record TestResults(Map<String, Map<String, TestOutcome>> outcomes) {

    public static final TestResults NONE = new TestResults(Map.of());

    public TestResults {
        Map<String, Map<String, TestOutcome>> copy = new TreeMap<>();
        outcomes.forEach((c, methods) -> copy.put(c, Map.copyOf(new TreeMap<>(methods))));
        outcomes = Map.copyOf(copy);
    }

    /** The outcome of one test method, when a report lists it. */
    public Optional<TestOutcome> outcome(String className, String method) {
        return Optional.ofNullable(outcomes.getOrDefault(className, Map.of()).get(method));
    }

    /**
     * The methods of a class and of its nested classes ({@code Outer$Inner}) that the reports list, with their
     * outcomes, sorted by class then method: what a marker on the class covers.
     */
    public List<Map.Entry<String, TestOutcome>> testsOfClass(String className) {
        Map<String, TestOutcome> tests = new TreeMap<>();
        outcomes.forEach((c, methods) -> {
            if (c.equals(className) || c.startsWith(className + "$")) {
                methods.forEach((m, o) -> tests.put(c + "." + m, o));
            }
        });
        return List.copyOf(tests.entrySet());
    }

    /** These results and those of {@code other}; a test in both has the worse outcome. */
    public TestResults plus(TestResults other) {
        Map<String, Map<String, TestOutcome>> merged = new TreeMap<>();
        outcomes.forEach((c, m) -> merged.put(c, new TreeMap<>(m)));
        other.outcomes.forEach((c, methods) -> methods.forEach(
                (m, o) -> merged.computeIfAbsent(c, k -> new TreeMap<>()).merge(m, o, TestOutcome::combine)));
        return new TestResults(merged);
    }
}
