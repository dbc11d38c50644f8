package dev.specgate.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One problem found in one spec: a value, never an exception.
 *
 * @param ruleId the stable kebab-case id of the rule, e.g. {@code required-section}
 * @param severity how much it matters
 * @param file the spec's path relative to the project base directory, {@code /}-separated
 * @param location 1-based line and column
 * @param message what is wrong and, where it helps, what to do
 * @param templateLine the template line the expectation comes from, when there is one
 */
public record Finding(
        String ruleId,
        Severity severity,
        String file,
        SourceLocation location,
        String message,
        OptionalInt templateLine) {

    /** Orders by file, then line, then column, then rule id. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(templateLine, "templateLine");
    }

    public int line() {
        return location.line();
    }

    public int column() {
        return location.column();
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, file, location, message, templateLine);
    }

    /**
     * The stable console form, parsed by users and scripts:
     * {@code docs/specs/a.md:42:1: [required-section] Missing section "X" (template line 88)}.
     */
    public String format() {
        return file + ":" + location.line() + ":" + location.column() + ": [" + ruleId + "] " + fullMessage();
    }

    /** The message plus {@code " (template line N)"} when the template line is known: what reports show. */
    public String fullMessage() {
        return templateLine.isPresent() ? message + " (template line " + templateLine.getAsInt() + ")" : message;
    }
}
