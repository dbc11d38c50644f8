package dev.specgate.trace;

import dev.specgate.engine.SpecRequirements;
import dev.specgate.model.Finding;
import dev.specgate.model.SourceLocation;
import dev.specgate.rules.Requirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Joins the requirements of the specs to the tests that name them and to the tests' results. A tag or display name
 * is a marker when it holds something shaped like a requirement ID of a spec set ({@code REQ-001}, or
 * spec-scoped {@code partial-refunds/FR-1}); every {@code @Verifies} value is one; a test method name is one only
 * with {@link TraceOptions#methodNames()}, and only for IDs the specs define. Stateless and thread-safe.
 */
public final class Tracer {

    private final List<TestMarker> markers;
    private final TestResults results;
    private final TraceOptions options;

    public Tracer(List<TestMarker> markers, TestResults results, TraceOptions options) {
        this.markers = List.copyOf(markers);
        this.results = results;
        this.options = options;
    }

    public Trace trace(List<SpecRequirements> specs) {
        Index index = new Index(specs);
        Map<Defined, Map<String, TestOutcome>> tests = new LinkedHashMap<>();
        index.all.forEach(d -> tests.put(d, new TreeMap<>()));
        List<Finding> findings = new ArrayList<>();
        for (TestMarker marker : markers) {
            for (String reference : references(marker, index)) {
                List<Defined> targets = index.resolve(reference);
                if (targets.size() == 1) {
                    Map<String, TestOutcome> runs = tests.get(targets.get(0));
                    testsOf(marker).forEach(run -> runs.merge(run.test(), run.outcome(), TestOutcome::combine));
                } else {
                    findings.add(unknown(marker, reference, targets));
                }
            }
        }
        List<RequirementTrace> traces = new ArrayList<>();
        Map<String, List<RequirementTrace>> gatedBySpec = new LinkedHashMap<>();
        tests.forEach((defined, runs) -> {
            boolean gated = defined.spec.approved() || options.includeUnapproved();
            List<TestRun> list = runs.entrySet().stream()
                    .map(e -> new TestRun(e.getKey(), e.getValue()))
                    .toList();
            RequirementTrace trace = new RequirementTrace(defined.requirement, gated, list);
            traces.add(trace);
            if (gated) {
                gatedBySpec
                        .computeIfAbsent(defined.spec.file(), f -> new ArrayList<>())
                        .add(trace);
                check(trace).ifPresent(findings::add);
            }
        });
        Map<String, Coverage> bySpec = new LinkedHashMap<>();
        gatedBySpec.forEach((file, list) -> bySpec.put(file, Coverage.of(list)));
        Coverage total =
                Coverage.of(traces.stream().filter(RequirementTrace::gated).toList());
        return new Trace(traces, findings.stream().distinct().toList(), bySpec, total);
    }

    /** The requirement references a marker holds (as written, maybe spec-scoped). */
    private Set<String> references(TestMarker marker, Index index) {
        String value = marker.value().strip();
        Set<String> references = new LinkedHashSet<>();
        switch (marker.kind()) {
            case ANNOTATION -> {
                if (!value.isEmpty()) {
                    references.add(value);
                }
            }
            case TAG -> {
                if (index.looksLikeId(value)) {
                    references.add(value);
                }
            }
            case DISPLAY_NAME -> references.addAll(index.idsIn(value));
            case METHOD_NAME -> {
                if (options.methodNames()) {
                    for (String segment : value.split("_")) {
                        references.addAll(index.spelled(segment));
                    }
                }
            }
        }
        return references;
    }

    /** The tests a marker covers: its method, or every test of its class that has a result. */
    private List<TestRun> testsOf(TestMarker marker) {
        if (marker.method().isPresent()) {
            String method = marker.method().get();
            TestOutcome outcome = results.outcome(marker.className(), method).orElse(TestOutcome.NOT_RUN);
            return List.of(new TestRun(marker.testName(), outcome));
        }
        List<TestRun> runs = results.testsOfClass(marker.className()).stream()
                .map(e -> new TestRun(e.getKey(), e.getValue()))
                .toList();
        return runs.isEmpty() ? List.of(new TestRun(marker.className(), TestOutcome.NOT_RUN)) : runs;
    }

    private static Finding unknown(TestMarker marker, String reference, List<Defined> targets) {
        String named = "Test " + marker.testName() + " names " + reference + " ("
                + marker.kind().label() + "), ";
        String message;
        if (targets.isEmpty()) {
            message = named + "which no spec defines";
        } else {
            String files = targets.stream().map(d -> d.spec.file()).collect(Collectors.joining(", "));
            message = named + "which " + targets.size() + " specs define (" + files
                    + "): write it scoped to its spec, e.g. "
                    + specName(targets.get(0).spec.file()) + "/" + reference;
        }
        return new Finding(
                TraceRule.UNKNOWN.id(),
                TraceRule.UNKNOWN.defaultSeverity(),
                marker.file(),
                new SourceLocation(marker.line(), 1),
                message,
                OptionalInt.empty());
    }

    /** The finding a gated requirement without a passing test gets. */
    private static Optional<Finding> check(RequirementTrace trace) {
        RequirementStatus status = trace.status();
        if (status == RequirementStatus.VERIFIED) {
            return Optional.empty();
        }
        Requirement requirement = trace.requirement();
        String message = trace.tests().isEmpty()
                ? "Requirement " + requirement.id() + " is not verified by any test"
                : "Requirement " + requirement.id() + " has no passing test: "
                        + trace.tests().stream()
                                .map(t -> t.test() + " " + t.outcome().phrase())
                                .collect(Collectors.joining(", "));
        TraceRule rule = status == RequirementStatus.FAILING ? TraceRule.FAILING : TraceRule.UNTESTED;
        return Optional.of(new Finding(
                rule.id(),
                rule.defaultSeverity(),
                requirement.file(),
                requirement.location(),
                message,
                OptionalInt.empty()));
    }

    /** The name a spec-scoped ID uses for a spec: its file name without the extension. */
    static String specName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A requirement and the spec defining it; identity matters, two specs may define the same ID. */
    private static final class Defined {
        final SpecRequirements spec;
        final Requirement requirement;

        Defined(SpecRequirements spec, Requirement requirement) {
            this.spec = spec;
            this.requirement = requirement;
        }
    }

    /** The requirements by ID, by spec-scoped ID and by spelling, and the ID patterns of the spec sets. */
    private static final class Index {
        final List<Defined> all = new ArrayList<>();
        final Map<String, List<Defined>> byId = new LinkedHashMap<>();
        final Map<String, List<Defined>> byScopedId = new LinkedHashMap<>();
        final Map<String, List<Defined>> bySpelling = new LinkedHashMap<>();
        final Set<String> specNames = new LinkedHashSet<>();
        final Map<String, Pattern> patterns = new LinkedHashMap<>();

        Index(List<SpecRequirements> specs) {
            for (SpecRequirements spec : specs) {
                String name = specName(spec.file());
                specNames.add(name);
                spec.idPattern().ifPresent(p -> patterns.putIfAbsent(p.pattern(), p));
                for (Requirement requirement : spec.requirements()) {
                    Defined defined = new Defined(spec, requirement);
                    all.add(defined);
                    byId.computeIfAbsent(requirement.id(), k -> new ArrayList<>())
                            .add(defined);
                    byScopedId
                            .computeIfAbsent(name + "/" + requirement.id(), k -> new ArrayList<>())
                            .add(defined);
                    bySpelling
                            .computeIfAbsent(spelling(requirement.id()), k -> new ArrayList<>())
                            .add(defined);
                }
            }
        }

        /** The requirements a reference names: one, none (unknown) or several (ambiguous). */
        List<Defined> resolve(String reference) {
            Map<String, List<Defined>> map = reference.contains("/") ? byScopedId : byId;
            return map.getOrDefault(reference, List.of());
        }

        /** True when a tag is shaped like a requirement ID (maybe spec-scoped) of some spec set, or is one. */
        boolean looksLikeId(String tag) {
            int slash = tag.lastIndexOf('/');
            String id = slash < 0 ? tag : tag.substring(slash + 1);
            if (slash >= 0 && specNames.contains(tag.substring(0, slash))) {
                return true;
            }
            return byId.containsKey(id)
                    || patterns.values().stream().anyMatch(p -> p.matcher(id).matches());
        }

        /** The ID-shaped words of a display name, each with its spec scope when written. */
        Set<String> idsIn(String text) {
            Set<String> found = new LinkedHashSet<>();
            for (Pattern pattern : patterns.values()) {
                Matcher m = Pattern.compile("(?<![\\w/-])(?:([\\w.-]+)/)?((?:" + pattern.pattern() + "))(?![\\w-])")
                        .matcher(text);
                while (m.find()) {
                    found.add(m.group());
                }
            }
            return found;
        }

        /** The IDs a method name segment spells, letters and digits only, in any case: {@code req001}. */
        Set<String> spelled(String segment) {
            return bySpelling.getOrDefault(segment.toLowerCase(Locale.ROOT), List.of()).stream()
                    .map(d -> d.requirement.id())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }

        private static String spelling(String id) {
            return id.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        }
    }
}
