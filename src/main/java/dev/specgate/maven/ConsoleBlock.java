package dev.specgate.maven;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * The lines one goal execution logs, held back and written together: in a parallel build ({@code -T}) each module's
 * findings and summary then stay in one block instead of interleaving with another module's.
 */
final class ConsoleBlock {

    /** Shared by every execution in the plugin's class realm, so two modules' blocks never interleave. */
    private static final Object CONSOLE = new Object();

    private enum Level {
        INFO,
        WARNING,
        ERROR
    }

    private record Line(Level level, String text) {}

    private final Log log;
    private final List<Line> lines = new ArrayList<>();

    ConsoleBlock(Log log) {
        this.log = log;
    }

    void info(String text) {
        lines.add(new Line(Level.INFO, text));
    }

    void warn(String text) {
        lines.add(new Line(Level.WARNING, text));
    }

    void error(String text) {
        lines.add(new Line(Level.ERROR, text));
    }

    /**
     * Writes the held lines in order, in one block, and forgets them. Maven's console logger prints each line with
     * {@code System.out.println}, which locks the stream: holding that lock for the whole block also keeps other
     * threads' lines (another module's goal header) out of it.
     */
    void flush() {
        synchronized (CONSOLE) {
            PrintStream out = System.out;
            synchronized (out) {
                for (Line line : lines) {
                    switch (line.level()) {
                        case INFO -> log.info(line.text());
                        case WARNING -> log.warn(line.text());
                        case ERROR -> log.error(line.text());
                    }
                }
            }
        }
        lines.clear();
    }
}
