package dev.specgate.engine;

import java.util.Random;

/**
 * Random Markdown for the fuzz tests, from a seed: documents built from every kind of block the plugin reads and
 * many it should survive (deep list and quote nesting, unclosed fences, ragged and very wide tables, headings in
 * every context, NUL and control characters, lone surrogates, mixed line endings, huge lines), and mutations of such
 * documents (cut, duplicated and shuffled ranges, stray characters).
 */
public final class FuzzMarkdown {

    private static final String[] WORDS = {
        "refund",
        "[Your Name]",
        "TBD",
        "TODO",
        "{{VAR}}",
        "YYYY-MM-DD",
        "2026-02-30",
        "2026-03-14",
        "REQ-001",
        "REQ-7a",
        "REQ-",
        "FR-1",
        "`code`",
        "``",
        "`REQ-002`",
        "[link](http://x/REQ-003)",
        "<b>",
        "</b>",
        "<!--",
        "-->",
        "<!-- spec:disable-line placeholder -->",
        "<!-- spec:disable-file required-section -- why -->",
        "<!-- spec:disable-next-line nope -->",
        "**bold**",
        "*",
        "_",
        "__x__",
        "~~",
        "|",
        "\\|",
        "Approved",
        "Draft",
        "Status",
        "**Status**:",
        "Date:",
        "- [ ]",
        "[x]",
        "Task 1",
        "Phase 2",
        "http://example.com",
        "<http://a.b>",
        "[ref]",
        "[ref]: http://r",
        "&amp;",
        "&#0;",
        "\\",
        "#",
        ">",
        "1.",
        "+",
        "Security",
        "Tech Lead",
        "Pending"
    };

    private static final String[] ODD = {
        "\0",
        "\u0001",
        "\u0007",
        "\u000B",
        "\u000C",
        "\u0085",
        "\u2028",
        "\u2029",
        "\uD800",
        "\uDFFF",
        "\uFEFF",
        "\uFFFD",
        "\uFFFF",
        "\t",
        "\r",
        "\r\n",
        "\u00A0",
        "\u200B",
        "\uD83D\uDE00",
        "\u0301"
    };

    private final Random random;
    /** One document in a hundred may hold expensive blocks: huge lines, deep nesting, very wide tables. */
    private final boolean heavy;

    public FuzzMarkdown(long seed) {
        this.random = new Random(seed);
        this.heavy = random.nextInt(100) == 0;
    }

    /**
     * A generated document: nine in ten have up to 6 blocks, the others up to 30, and one in a hundred may hold
     * expensive blocks (see {@link #heavy}).
     */
    public String document() {
        StringBuilder out = new StringBuilder();
        int count = random.nextInt(heavy || random.nextInt(10) == 0 ? 31 : 7);
        for (int i = 0; i < count; i++) {
            block(out, 0);
        }
        return lineEndings(out.toString());
    }

    /** A generated document, then mutated. */
    public String mutated() {
        StringBuilder text = new StringBuilder(document());
        int mutations = 1 + random.nextInt(6);
        for (int m = 0; m < mutations && text.length() > 0; m++) {
            int a = random.nextInt(text.length());
            int b = Math.min(text.length(), a + random.nextInt(200));
            switch (random.nextInt(5)) {
                case 0 -> text.delete(a, b);
                case 1 -> text.insert(a, text.substring(a, b));
                case 2 -> text.insert(a, ODD[random.nextInt(ODD.length)]);
                case 3 -> text.setCharAt(a, (char) random.nextInt(0x10000));
                default -> {
                    String cut = text.substring(a, b);
                    text.delete(a, b);
                    text.insert(random.nextInt(text.length() + 1), cut);
                }
            }
        }
        return text.toString();
    }

    private void block(StringBuilder out, int depth) {
        int kind = random.nextInt(depth > 3 ? 12 : 16);
        switch (kind) {
            case 0, 1 ->
                out.append("#".repeat(1 + random.nextInt(7)))
                        .append(' ')
                        .append(words(4))
                        .append('\n');
            case 2 ->
                out.append(words(3))
                        .append('\n')
                        .append(random.nextBoolean() ? "===" : "---")
                        .append('\n');
            case 3, 4 -> out.append(words(20)).append('\n');
            case 5 ->
                out.append("**")
                        .append(words(1))
                        .append("**: ")
                        .append(words(3))
                        .append('\n');
            case 6 -> list(out);
            case 7 -> table(out);
            case 8 -> fence(out);
            case 9 ->
                out.append(ODD[random.nextInt(ODD.length)]).append(words(2)).append('\n');
            case 10 -> out.append('\n');
            case 11 -> out.append("<div>\n").append("## ").append(words(2)).append("\n</div>\n");
            case 12 -> quote(out, depth);
            case 13 ->
                out.append("---\n")
                        .append(words(1))
                        .append(": ")
                        .append(words(2))
                        .append("\n---\n");
            case 14 -> {
                if (heavy) {
                    huge(out);
                } else {
                    out.append(words(40)).append(words(40)).append('\n');
                }
            }
            default -> {
                if (heavy) {
                    deep(out);
                } else {
                    out.append("> ".repeat(1 + random.nextInt(8)))
                            .append("- ".repeat(random.nextInt(8)))
                            .append(words(3))
                            .append('\n');
                }
            }
        }
        if (random.nextInt(3) == 0) {
            out.append('\n');
        }
    }

    private String words(int max) {
        StringBuilder out = new StringBuilder();
        int count = random.nextInt(max + 1);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(random.nextInt(10) == 0 ? "" : " ");
            }
            out.append(random.nextInt(8) == 0 ? ODD[random.nextInt(ODD.length)] : WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    private void list(StringBuilder out) {
        int items = 1 + random.nextInt(8);
        int indent = 0;
        for (int i = 0; i < items; i++) {
            indent = Math.max(0, indent + random.nextInt(5) - 2);
            String marker =
                    switch (random.nextInt(4)) {
                        case 0 -> "- ";
                        case 1 -> (1 + random.nextInt(12)) + ". ";
                        case 2 -> "- [ ] ";
                        default -> "* [x] ";
                    };
            out.append(" ".repeat(indent)).append(marker);
            if (random.nextInt(6) == 0) {
                out.append("## ").append(words(2));
            } else {
                out.append(words(6));
            }
            out.append('\n');
        }
    }

    private void table(StringBuilder out) {
        int columns = heavy && random.nextBoolean() ? 100 + random.nextInt(2_000) : 1 + random.nextInt(6);
        int rows = random.nextInt(6);
        out.append(row(columns)).append('\n');
        out.append("|")
                .append("---|".repeat(Math.max(1, columns + random.nextInt(3) - 1)))
                .append('\n');
        for (int r = 0; r < rows; r++) {
            out.append(row(Math.max(0, columns + random.nextInt(5) - 2))).append('\n');
        }
    }

    private String row(int cells) {
        StringBuilder out = new StringBuilder(random.nextBoolean() ? "|" : "");
        for (int c = 0; c < cells; c++) {
            out.append(' ').append(words(2)).append(" |");
        }
        return out.toString();
    }

    private void fence(StringBuilder out) {
        String fence = random.nextBoolean() ? "```" : "~~~~";
        out.append(fence).append(random.nextBoolean() ? "md" : "").append('\n');
        out.append("# ").append(words(2)).append('\n').append(words(6)).append('\n');
        if (random.nextInt(3) > 0) {
            out.append(fence).append('\n');
        }
    }

    private void quote(StringBuilder out, int depth) {
        StringBuilder inner = new StringBuilder();
        block(inner, depth + 1);
        String prefix = ">".repeat(1 + random.nextInt(3)) + " ";
        for (String line : inner.toString().split("\n", -1)) {
            out.append(prefix).append(line).append('\n');
        }
    }

    /**
     * A line of up to 20,000 characters. Not longer: flexmark 0.64 copies the rest of the paragraph for every inline
     * element it matches (code span, HTML, link; {@code Matcher.toMatchResult} on its sequence), so parse time grows
     * with paragraph length times inline elements, and a 100,000-character paragraph of code spans takes minutes.
     */
    private void huge(StringBuilder out) {
        int length = 1_000 + random.nextInt(random.nextInt(10) == 0 ? 19_000 : 5_000);
        String unit = WORDS[random.nextInt(WORDS.length)] + " ";
        out.append(unit.repeat(length / unit.length() + 1), 0, length).append('\n');
    }

    private void deep(StringBuilder out) {
        int depth = random.nextInt(10) == 0 ? 1 + random.nextInt(6_000) : 1 + random.nextInt(300);
        switch (random.nextInt(3)) {
            case 0 -> out.append("> ".repeat(depth)).append(words(2)).append('\n');
            case 1 -> {
                int levels = Math.min(depth, 150);
                for (int i = 0; i < levels; i++) {
                    out.append("  ".repeat(i)).append("- ").append(words(1)).append('\n');
                }
            }
            default ->
                out.append("[".repeat(depth))
                        .append("*".repeat(depth))
                        .append(words(1))
                        .append("]".repeat(depth))
                        .append('\n');
        }
    }

    private String lineEndings(String text) {
        return switch (random.nextInt(4)) {
            case 0 -> text.replace("\n", "\r\n");
            case 1 -> text.replace("\n", "\r");
            case 2 -> {
                StringBuilder out = new StringBuilder(text.length());
                for (char c : text.toCharArray()) {
                    out.append(c == '\n' ? (random.nextBoolean() ? "\r\n" : random.nextBoolean() ? "\r" : "\n") : c);
                }
                yield out.toString();
            }
            default -> text;
        };
    }
}
