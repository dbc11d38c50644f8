package dev.specgate.trace;

/**
 * How a trace decides what is gated and what is a marker.
 *
 * @param includeUnapproved gate the requirements of every spec, not only those of approved specs
 * @param methodNames also read IDs spelled in test method names ({@code req001_refundsAreCapped})
 */
public record TraceOptions(boolean includeUnapproved, boolean methodNames) {

    public static final TraceOptions DEFAULT = new TraceOptions(false, false);
}
