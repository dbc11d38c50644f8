package dev.specgate.schema;

import dev.specgate.model.TextBlock;
import dev.specgate.model.TextKey;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Template texts in their compared form ({@link Placeholders#key}), asked about a spec's raw text: is its compared
 * form one of them? Every block of every spec is asked, and most are prose no template wrote, so the question is
 * first put to the texts' {@link TextKey#signature signatures}; the compared form is computed only when the letters
 * and digits can match. Immutable and thread-safe.
 */
final class PromptKeys {

    private final Set<String> keys;
    private final Set<Long> signatures;

    PromptKeys(Set<String> keys) {
        this.keys = Set.copyOf(keys);
        this.signatures = this.keys.stream().map(TextKey::signature).collect(Collectors.toUnmodifiableSet());
    }

    /** The compared forms, in no particular order. */
    Set<String> keys() {
        return keys;
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }

    /**
     * True when {@code keyOf(text)} is one of the keys. {@code keyOf} must keep the text's letters and digits (in any
     * case) and drop or add only other characters, as {@link Placeholders#key} does.
     */
    boolean containsKeyOf(String text, UnaryOperator<String> keyOf) {
        return !keys.isEmpty() && containsKeyOf(text, TextKey.signature(text), keyOf);
    }

    /** {@link #containsKeyOf(String, UnaryOperator)} with {@link Placeholders#key}. */
    boolean containsKeyOf(String text) {
        return containsKeyOf(text, Placeholders::key);
    }

    /** {@link #containsKeyOf(String)} of a block's visible text, with the signature the block holds. */
    boolean containsKeyOf(TextBlock block) {
        return containsKeyOf(block, Placeholders::key);
    }

    /** {@link #containsKeyOf(String, UnaryOperator)} of a block's visible text, with the signature the block holds. */
    boolean containsKeyOf(TextBlock block, UnaryOperator<String> keyOf) {
        return !keys.isEmpty() && containsKeyOf(block.visibleText(), block.visibleSignature(), keyOf);
    }

    private boolean containsKeyOf(String text, long signature, UnaryOperator<String> keyOf) {
        return signatures.contains(signature) && keys.contains(keyOf.apply(text));
    }
}
