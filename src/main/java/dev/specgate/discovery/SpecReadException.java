package dev.specgate.discovery;

/** A spec or template file cannot be found, listed or decoded; the message says which file and what to do. */
public final class SpecReadException extends Exception {

    public SpecReadException(String message) {
        super(message);
    }

    public SpecReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
