package dev.specgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NewMojoSlugTest {

    @Test
    void titleBecomesALowerCaseHyphenatedFileName() {
        assertEquals("partial-refunds", NewMojo.slug("Partial refunds"));
        assertEquals("partial-refunds-v2", NewMojo.slug("  Partial refunds: v2!  "));
        assertEquals("cafe-creme-checkout", NewMojo.slug("Café Crème / Checkout"));
        assertEquals("", NewMojo.slug("???"));
    }
}
