package dev.specgate.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A Mojo log that remembers every info, warning and error line as Maven would print it. */
final class RecordingLog extends SystemStreamLog {

    private final List<String> lines = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
        lines.add("[INFO] " + content);
    }

    @Override
    public void warn(CharSequence content) {
        lines.add("[WARNING] " + content);
    }

    @Override
    public void error(CharSequence content) {
        lines.add("[ERROR] " + content);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }
}
