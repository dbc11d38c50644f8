package dev.specgate.trace;

import java.util.Objects;
import java.util.Optional;

/**
 * A candidate marker read from a compiled test class: a tag, a {@code @Verifies} value, a display name or a test
 * method's name. Whether it names a requirement is decided later, against the specs' requirement IDs.
 *
 * @param className the test class's binary name, e.g. {@code com.acme.RefundTest} or {@code com.acme.A$Nested}
 * @param method the test method it stands on; empty when it stands on the class (and so covers all its tests)
 * @param kind the marker's form
 * @param value the tag, the annotation value, the display name or the method name, as written
 * @param file the test's source file relative to the base directory when found, else its class file
 * @param line the 1-based line of the method's first statement, 1 for a class marker or when unknown
 */
public record TestMarker(
        String className, Optional<String> method, MarkerKind kind, String value, String file, int line) {

    public TestMarker {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(file, "file");
    }

    /** {@code com.acme.RefundTest.refundsAreCapped} for a method marker, the class name for a class marker. */
    public String testName() {
        return method.map(m -> className + "." + m).orElse(className);
    }
}
