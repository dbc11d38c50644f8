package dev.specgate.engine;

/**
 * The check cannot run: a configuration or I/O problem (template not found, invalid override, unreadable file).
 * The message is meant for users: it names the file or parameter and says what to do.
 */
public final class SpecCheckException extends Exception {

    public SpecCheckException(String message) {
        super(message);
    }

    public SpecCheckException(String message, Throwable cause) {
        super(message, cause);
    }
}
