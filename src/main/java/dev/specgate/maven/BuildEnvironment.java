package dev.specgate.maven;

import java.util.Optional;

/**
 * What the goals read from the process they run in: environment variables, and standard output for lines that must
 * start at column 1 (GitHub Actions workflow commands), which the Maven log would prefix with {@code [INFO]}. Tests
 * pass their own instead of setting environment variables.
 */
interface BuildEnvironment {

    /** The real process: {@link System#getenv(String)} and {@link System#out}. */
    BuildEnvironment SYSTEM = new BuildEnvironment() {
        @Override
        public Optional<String> variable(String name) {
            return Optional.ofNullable(System.getenv(name));
        }

        @Override
        public void printLine(String line) {
            System.out.println(line);
            System.out.flush();
        }
    };

    /** The value of an environment variable, when it is set. */
    Optional<String> variable(String name);

    /** Prints a line to standard output as it is, without a log prefix. */
    void printLine(String line);
}
