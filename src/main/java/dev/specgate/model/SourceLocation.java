package dev.specgate.model;

/** A 1-based line and column in a source file. Columns count characters (UTF-16 units) from 1. */
public record SourceLocation(int line, int column) implements Comparable<SourceLocation> {

    public SourceLocation {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    public static SourceLocation of(int line, int column) {
        return new SourceLocation(line, column);
    }

    @Override
    public int compareTo(SourceLocation other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
