package dev.specgate.adopt;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The content words of a heading or a prompt, cut to a short stem so that inflections meet ({@code Detailed} and
 * {@code detail}, {@code Alternatives} and {@code alternative}): what heading similarity is measured on.
 */
final class Stems {

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int STEM_LENGTH = 5;
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "or", "of", "on", "the", "to", "for", "in", "at", "by", "with", "is", "are", "be", "it",
            "this", "that", "as", "if", "how", "what", "why", "we", "you", "your", "our", "its", "from", "into", "not",
            "no", "can", "should", "will", "would", "any", "all", "which", "there", "their", "these", "those");

    private Stems() {}

    /** The distinct stems of the text's words, stop words left out, in order of first appearance. */
    static Set<String> of(String text) {
        Set<String> stems = new LinkedHashSet<>();
        for (String word : NON_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
            if (word.length() > 1 && !STOP_WORDS.contains(word)) {
                stems.add(word.length() > STEM_LENGTH ? word.substring(0, STEM_LENGTH) : word);
            }
        }
        return stems;
    }

    /** How many of the smaller set's stems the other has, as a fraction (0 when either is empty). */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / Math.min(a.size(), b.size());
    }

    /** The fraction of {@code words}' stems that {@code text} has (0 when {@code words} has none). */
    static double coverage(Set<String> words, Set<String> text) {
        if (words.isEmpty()) {
            return 0;
        }
        return (double) words.stream().filter(text::contains).count() / words.size();
    }
}
