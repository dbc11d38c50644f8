package dev.specgate.model;

import java.util.List;

/**
 * A heading and everything under it until the next heading of the same or a higher level.
 *
 * @param title the heading text as written, trimmed, without the {@code #} markers, closing {@code #}s or setext
 *     underline (inline Markdown such as {@code **} or backticks is kept)
 * @param level 1 to 6
 * @param location where the heading text starts
 * @param path the titles from the top-level section down to this one; the document title (see
 *     {@link SpecDocument#title()}) is not part of any path
 * @param bodyEndLine the last line of this section's own body, before its first subsection (equals the heading
 *     line when the body is empty and a subsection follows at once)
 * @param endLine the last line of this section including its subsections
 * @param children subsections in document order
 */
public record Section(
        String title,
        int level,
        SourceLocation location,
        List<String> path,
        int bodyEndLine,
        int endLine,
        List<Section> children) {

    public Section {
        path = List.copyOf(path);
        children = List.copyOf(children);
    }

    /** The heading line. */
    public int line() {
        return location.line();
    }

    /** The heading path joined as users read it, e.g. {@code Deployment > Rollback Plan}. */
    public String displayPath() {
        return String.join(" > ", path);
    }

    /** True when the line lies in this section, subsections included (the heading line counts). */
    public boolean contains(int line) {
        return line >= line() && line <= endLine;
    }
}
