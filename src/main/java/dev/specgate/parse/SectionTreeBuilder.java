package dev.specgate.parse;

import dev.specgate.model.Section;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Nests headings by level into sections. The first heading is the document title when it is level 1; it is
 * kept apart so that section paths start below it.
 */
final class SectionTreeBuilder {

    private final Optional<Section> title;
    private final List<Section> sections;

    SectionTreeBuilder(List<HeadingInfo> headings, int lastLine) {
        List<HeadingInfo> rest = headings;
        if (!headings.isEmpty() && headings.get(0).level() == 1) {
            HeadingInfo first = headings.get(0);
            int bodyEnd = headings.size() > 1 ? headings.get(1).line() - 1 : lastLine;
            title = Optional.of(new Section(
                    first.title(), 1, first.location(), List.of(first.title()), bodyEnd, lastLine, List.of()));
            rest = headings.subList(1, headings.size());
        } else {
            title = Optional.empty();
        }
        sections = nest(rest, lastLine);
    }

    Optional<Section> title() {
        return title;
    }

    List<Section> sections() {
        return sections;
    }

    private static List<Section> nest(List<HeadingInfo> headings, int lastLine) {
        List<Node> roots = new ArrayList<>();
        Deque<Node> open = new ArrayDeque<>();
        for (HeadingInfo heading : headings) {
            while (!open.isEmpty() && open.peek().heading.level() >= heading.level()) {
                open.pop().endLine = heading.line() - 1;
            }
            List<String> path = new ArrayList<>(open.isEmpty() ? List.of() : open.peek().path);
            path.add(heading.title());
            Node node = new Node(heading, path);
            (open.isEmpty() ? roots : open.peek().children).add(node);
            open.push(node);
        }
        while (!open.isEmpty()) {
            open.pop().endLine = lastLine;
        }
        return roots.stream().map(Node::toSection).toList();
    }

    /** A section under construction: its end is known only when a later heading closes it. */
    private static final class Node {
        private final HeadingInfo heading;
        private final List<String> path;
        private final List<Node> children = new ArrayList<>();
        private int endLine;

        Node(HeadingInfo heading, List<String> path) {
            this.heading = heading;
            this.path = path;
        }

        Section toSection() {
            int bodyEnd = children.isEmpty() ? endLine : children.get(0).heading.line() - 1;
            return new Section(
                    heading.title(),
                    heading.level(),
                    heading.location(),
                    path,
                    bodyEnd,
                    endLine,
                    children.stream().map(Node::toSection).toList());
        }
    }
}
