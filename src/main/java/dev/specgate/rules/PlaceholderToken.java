package dev.specgate.rules;

/**
 * A placeholder found in a line.
 *
 * @param index the 0-based index in the line where it starts
 * @param text the placeholder as written, e.g. {@code [Your Name]} or {@code Question 2?}
 */
record PlaceholderToken(int index, String text) {

    int end() {
        return index + text.length();
    }
}
