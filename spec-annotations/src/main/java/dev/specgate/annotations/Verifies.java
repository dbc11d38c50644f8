package dev.specgate.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the requirements a test verifies, for {@code spec:trace} of the spec-maven-plugin:
 *
 * <pre>
 * &#64;Test
 * &#64;Verifies({"REQ-001", "partial-refunds/FR-2"})
 * void refundsAreCapped() { ... }
 * </pre>
 *
 * <p>On a test method it marks that method; on a test class it marks every test method of the class. An ID may be
 * scoped to a spec ({@code partial-refunds/FR-2}: the spec file {@code partial-refunds.md}) when several specs
 * define the same ID. {@code spec:trace} reads the annotation from the compiled test classes (it is kept in the
 * class files, not at run time) and the test results from the Surefire and Failsafe reports: a requirement counts as
 * verified when at least one test naming it passed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Verifies {

    /** The requirement IDs the test verifies, e.g. {@code "REQ-001"} or {@code "partial-refunds/FR-2"}. */
    String[] value();
}
