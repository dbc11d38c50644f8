package dev.specgate.trace;

/** Trace input cannot be read: a class file or a test report that is not what it should be. */
public final class TraceException extends Exception {

    private static final long serialVersionUID = 1L;

    public TraceException(String message, Throwable cause) {
        super(message, cause);
    }
}
