package dev.specgate.parse;

import dev.specgate.model.SourceLocation;

/** A top-level heading as read from the AST, before the section tree is built. */
record HeadingInfo(String title, int level, SourceLocation location) {

    int line() {
        return location.line();
    }
}
