package dev.specgate.parse;

import dev.specgate.model.MetadataEntry;
import dev.specgate.model.SourceLine;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the metadata line forms: {@code **Key**: v}, {@code **Key:** v}, {@code - **Key**: v}, {@code key: v}. */
final class KeyValueLine {

    private static final Pattern BOLD = Pattern.compile(
            "^(\\s*(?:[-*+]\\s+)?)(\\*\\*|__)([^*_:\\n][^*_\\n]*?)\\s*(:?)\\2\\s*(:?)[ \\t]*(.*?)\\s*$");
    private static final Pattern PLAIN =
            Pattern.compile("^(\\s*(?:[-*+]\\s+)?)([A-Za-z][\\w .()/-]{0,60}?)[ \\t]*:(?!//)[ \\t]*(.*?)\\s*$");

    /** {@code **REQ-001**: text} defines a requirement: a key is a word, never an ID. */
    private static final Pattern ID_LIKE = Pattern.compile("\\s*[A-Za-z]+-\\d+\\w*\\s*");

    private KeyValueLine() {}

    /** A {@code **Key**: value} or {@code **Key:** value} line (optionally a bullet); exactly one colon form. */
    static Optional<MetadataEntry> bold(SourceLine line) {
        Matcher m = BOLD.matcher(line.text());
        if (!m.matches()
                || m.group(4).isEmpty() == m.group(5).isEmpty()
                || ID_LIKE.matcher(m.group(3)).matches()) {
            return Optional.empty();
        }
        return Optional.of(new MetadataEntry(
                m.group(3).strip(),
                m.group(6),
                line.at(m.start(3)),
                valueLocation(line, m.start(6), m.end(5), m.end(4))));
    }

    /** A plain {@code key: value} line, as in front matter or a Metadata section (bold form accepted too). */
    static Optional<MetadataEntry> plain(SourceLine line) {
        Optional<MetadataEntry> bold = bold(line);
        if (bold.isPresent()) {
            return bold;
        }
        Matcher m = PLAIN.matcher(line.text());
        if (!m.matches()) {
            return Optional.empty();
        }
        String value = unquote(m.group(3));
        int valueStart =
                m.group(3).isEmpty() ? m.start(3) : m.start(3) + (m.group(3).length() - value.length()) / 2;
        return Optional.of(new MetadataEntry(m.group(2).strip(), value, line.at(m.start(2)), line.at(valueStart)));
    }

    private static dev.specgate.model.SourceLocation valueLocation(SourceLine line, int valueStart, int... colonEnds) {
        if (valueStart < line.text().length()) {
            return line.at(valueStart);
        }
        int after = Math.max(colonEnds[0], colonEnds[1]);
        return line.at(Math.min(after, Math.max(line.text().length() - 1, 0)));
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
