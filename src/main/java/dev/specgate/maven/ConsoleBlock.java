package dev.specgate.maven;

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
     * Writes the held lines in order, in one block, and forgets them. Only the plugin's own blocks exclude each
     * other: locking the console stream as well would deadlock Maven 3.8's logger, which takes its own lock first.
     */
    void flush() {
        synchronized (CONSOLE) {
            for (Line line : lines) {
                switch (line.level()) {
                    case INFO -> log.info(line.text());
                    case WARNING -> log.warn(line.text());
                    case ERROR -> log.error(line.text());
                }
            }
        }
        lines.clear();
    }
}
