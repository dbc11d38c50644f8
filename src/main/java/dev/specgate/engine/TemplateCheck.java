package dev.specgate.engine;

import dev.specgate.model.SpecDocument;

/** Refuses a template that cannot be a schema: an empty one, one that is not text, one without headings. */
final class TemplateCheck {

    private TemplateCheck() {}

    /** Fails when the template's text is empty or binary. */
    static void text(String template, String text) throws SpecCheckException {
        if (text.isBlank()) {
            throw new SpecCheckException("Template " + template + " is empty: a template needs headings (e.g. \"##"
                    + " Summary\") that name the sections every spec must have; fill it in, or point <template> at"
                    + " the team's template");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int line = 1
                    + (int) text.substring(0, nul)
                            .chars()
                            .filter(c -> c == '\n')
                            .count();
            throw new SpecCheckException("Template " + template + " is not a text file (a NUL character at line " + line
                    + "); point <template> at the team's Markdown template");
        }
    }

    /** Fails when the parsed template has no heading at all. */
    static void headings(String template, SpecDocument document) throws SpecCheckException {
        if (document.title().isEmpty() && document.allSections().isEmpty()) {
            throw new SpecCheckException("Template " + template + " has no headings: a template needs headings (e.g."
                    + " \"## Summary\") that name the sections every spec must have; without them every spec would"
                    + " pass");
        }
    }
}
