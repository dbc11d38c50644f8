package dev.specgate.trace;

/** How a test names a requirement it verifies. */
public enum MarkerKind {
    /** A JUnit 5 tag, {@code @Tag("REQ-001")}, on the test method or its class. */
    TAG("tag"),
    /** The project's own annotation, {@code @Verifies({"REQ-001"})}, on the test method or its class. */
    ANNOTATION("@Verifies"),
    /** An ID inside a JUnit 5 display name, {@code @DisplayName("REQ-001 refunds are capped")}. */
    DISPLAY_NAME("display name"),
    /** An ID spelled in the test method's name, {@code req001_refundsAreCapped} (only when configured). */
    METHOD_NAME("method name");

    private final String label;

    MarkerKind(String label) {
        this.label = label;
    }

    /** How messages name the form, e.g. {@code tag} or {@code @Verifies}. */
    public String label() {
        return label;
    }
}
