package dev.specgate.approval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Asks git for {@code user.name}, as {@code git config user.name} prints it in a directory: the approver of
 * {@code spec:approve} and the author {@code spec:new} writes.
 */
public final class GitUserName {

    private final List<String> command;

    /** Runs {@code git config user.name}. */
    public GitUserName() {
        this(List.of("git", "config", "user.name"));
    }

    /** Runs another command that prints a name (for tests). */
    public GitUserName(List<String> command) {
        this.command = List.copyOf(command);
    }

    /** The configured name; empty when git is missing, fails, or has no name set. */
    public Optional<String> lookup(Path directory) {
        try {
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroy();
                return Optional.empty();
            }
            return process.exitValue() == 0 && !output.isEmpty() && !output.contains("\n")
                    ? Optional.of(output)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
