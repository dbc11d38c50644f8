package dev.specgate.report;

/** Where the plugin's documentation is published: what the console and reports point users to. */
public final class Documentation {

    /** The plugin site, the POM's {@code <url>}. */
    public static final String SITE = "https://specgate.dev/spec-maven-plugin/";

    private Documentation() {}

    /** The page that explains every rule, with example findings and fixes. */
    public static String rulesPage() {
        return SITE + "rules.html";
    }

    /** The rules page at the rule's own section (its heading is the rule id). */
    public static String rule(String ruleId) {
        return rulesPage() + "#" + ruleId;
    }
}
