package dev.specgate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TextKey#signature} rules texts out before their compared form is computed: it may do so only for texts whose
 * compared form differs. A wrong "no" would hide a prompt left in a spec, so the invariant is tested on every BMP
 * character alone and on random texts of the characters that case mapping and the compared form treat specially.
 */
class TextKeyTest {

    /** Emphasis, whitespace, colons, backticks, quotes, and letters with special case mappings (İ, final sigma, ß). */
    private static final String ALPHABET = "aZ9 _*`:\t\n\u00a0-.>\u0130\u0131\u03a3\u03c3\u03c2\u00df\u1e9e\u212a\u01c5"
            + "\u0307\u00e9\u0415\u0435\u4e2d\ud801\udc00\ud801\udc28";

    @Test
    void everyCharacterHasTheSignatureOfItsLowerCase() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = String.valueOf(c);
            assertEquals(
                    TextKey.signature(text),
                    TextKey.signature(text.toLowerCase(Locale.ROOT)),
                    () -> "U+" + Integer.toHexString(text.charAt(0)));
        }
    }

    @Test
    void aTextHasTheSignatureOfItsComparedForm() {
        Random random = new Random(20261202L);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String raw = text.toString();
            assertEquals(TextKey.signature(raw), TextKey.signature(TextKey.of(raw)), () -> "text: " + raw);
        }
    }

    @Test
    void signaturesTellDifferentWordsApart() {
        assertEquals(TextKey.signature("**Describe** the change:"), TextKey.signature("describe the   change"));
        assertNotEquals(TextKey.signature("Describe the change"), TextKey.signature("Describe the changes"));
        assertNotEquals(TextKey.signature("ab"), TextKey.signature("ba"));
    }
}
