package dev.specgate.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SegmentedSequence;
import dev.specgate.engine.FuzzMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plugin's parser only finds regular-expression matches more cheaply than flexmark's own (inline, and where a
 * block starts, see {@link FirstCharacterBlockStarts}): on every Markdown fixture of the project and on generated
 * documents, both give the same tree, node for node, with the same offsets, text, link targets, code and reference
 * definitions, and the same model.
 */
class RegionMatchingInlineParserTest {

    private static final Parser FLEXMARK =
            Parser.builder(MarkdownParser.options()).build();
    private static final MarkdownParser PLUGIN = new MarkdownParser();

    @Test
    void readsCodeSpansLinksAndReferencesInQuotesAndListsLikeFlexmark() {
        String text = """
                > A quoted paragraph with `one`, ``two ` ticks`` and `three`
                > lines, a [link](http://example.com "title"), a [ref][r] and [undefined].
                > [r]: http://example.com/r 'Ref title'

                - item with `code` and `more code`
                  continued with [a label] [r] and <http://auto.link>
                  - nested `x` ``y``

                [r]: http://example.com/other
                [s]:
                  http://example.com/s
                  "spread over lines"
                """;
        assertSameTree(text);
        assertTrue(dump(PLUGIN.tree(text)).contains("Reference"), "the reference definitions are still read");
    }

    @Test
    void readsHeadingsThematicBreaksAndFencesInEveryContextLikeFlexmark() {
        String text = """
                # Title #
                #not a heading
                ####### seven is text

                A paragraph
                ===
                Another paragraph
                ---
                - - -
                * * *
                ___
                - item
                  ## heading in an item
                  ```java
                  code in an item
                  ```
                - ---
                > ### quoted heading
                > ~~~
                > quoted fence
                > ~~~
                >
                > ***

                    # indented code, not a heading
                \t---

                ```
                # a heading inside a fence is code
                ---
                ````
                ```
                ~~~ not closed by backticks
                ```
                """;
        assertSameTree(text);
        // a character that ends a line for a regular expression but not for flexmark, right after one marker
        assertSameTree("Paragraph\n=\u2028\nText\n-\u0085\n- - -\u2028\n* item\n");
        String tree = dump(PLUGIN.tree(text));
        for (String kind : List.of("Heading", "ThematicBreak", "FencedCodeBlock", "IndentedCodeBlock")) {
            assertTrue(tree.contains(kind + " "), kind + " in " + tree);
        }
    }

    @Test
    void aTextNodeIsOneRangeOfTheSourceOnlyWhenItsPiecesFollowOneAnother() {
        BasedSequence source = BasedSequence.of("alpha beta gamma");
        BasedSequence alpha = source.subSequence(0, 6);
        BasedSequence beta = source.subSequence(6, 11);
        BasedSequence gamma = source.subSequence(11, 16);
        assertTrue(RegionMatchingInlineParser.oneRun(source, List.of(alpha, beta, gamma)));
        assertFalse(RegionMatchingInlineParser.oneRun(source, List.of(alpha, gamma)), "a gap");
        assertFalse(RegionMatchingInlineParser.oneRun(source, List.of(beta, alpha)), "out of order");
        assertFalse(
                RegionMatchingInlineParser.oneRun(source, List.of(BasedSequence.of(new String("alpha beta gamma")))),
                "another source");
        BasedSequence rewritten = SegmentedSequence.create(source, List.of(alpha, gamma));
        assertFalse(RegionMatchingInlineParser.oneRun(source, List.of(rewritten)), "a piece flexmark put together");
    }

    @Test
    void readsEveryMarkdownFixtureOfTheProjectLikeFlexmark() throws IOException {
        List<Path> fixtures = new ArrayList<>();
        for (String root : List.of("src/test/resources", "src/it")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                files.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f))
                        .forEach(fixtures::add);
            }
        }
        assertTrue(fixtures.size() > 20, "fixtures found: " + fixtures.size());
        for (Path fixture : fixtures) {
            assertSameTree(Files.readString(fixture, StandardCharsets.UTF_8));
        }
    }

    @Test
    void readsGeneratedDocumentsLikeFlexmark() throws InterruptedException {
        // Generated documents nest deeply: both parsers recurse, so they run with a worker's large stack.
        // -Dseeds=N compares N seeds instead of 500.
        Throwable[] failure = {null};
        Thread worker = new Thread(
                null,
                () -> {
                    try {
                        for (long seed = 0; seed < Long.getLong("seeds", 500); seed++) {
                            FuzzMarkdown markdown = new FuzzMarkdown(seed);
                            assertSameTree("seed " + seed, markdown.document());
                            assertSameTree("seed " + seed + ", mutated", markdown.mutated());
                        }
                    } catch (Throwable e) {
                        failure[0] = e;
                    }
                },
                "generated-documents",
                512L * 1024 * 1024);
        worker.start();
        worker.join();
        if (failure[0] != null) {
            throw new AssertionError(failure[0]);
        }
    }

    private static void assertSameTree(String text) {
        assertSameTree("", text);
    }

    /**
     * Both parsers' trees of the text as the plugin parses it (line endings normalized), and the model built from
     * each.
     */
    private static void assertSameTree(String name, String original) {
        String text = MarkdownParser.normalized(original);
        Document flexmark = FLEXMARK.parse(text);
        Document plugin = PLUGIN.tree(text);
        assertEquals(dump(flexmark), dump(plugin), name);
        assertEquals(
                new DocumentBuilder("spec.md", text, flexmark).build(),
                new DocumentBuilder("spec.md", text, plugin).build(),
                name);
        LineIndexTest.assertReadsEveryNodeAsFlexmarkDoes(text);
    }

    /**
     * Every node: its type, offsets and text, and what links, code and references hold. The end offset of a node whose
     * text ends in a character flexmark put in (a paragraph's lines inside a list item or a quote are joined without
     * their prefixes) is left out: the plugin's flat segmented sequences place it after the last character from the
     * source, flexmark's default ones further along (after a prefix it skipped), and nothing in the plugin reads it.
     * The model comparison in {@link #assertSameTree} covers what the plugin does read.
     */
    private static String dump(Node root) {
        StringBuilder out = new StringBuilder();
        for (Node node : root.getDescendants()) {
            BasedSequence chars = node.getChars();
            boolean endsInserted = !chars.isEmpty() && chars.getIndexOffset(chars.length() - 1) < 0;
            out.append(node.getClass().getSimpleName())
                    .append(' ')
                    .append(node.getStartOffset())
                    .append('-')
                    .append(endsInserted ? "?" : String.valueOf(node.getEndOffset()))
                    .append(" [")
                    .append(node.getChars())
                    .append(']');
            if (node instanceof Reference reference) {
                out.append(" reference=")
                        .append(reference.getReference())
                        .append(" url=")
                        .append(reference.getUrl());
                out.append(" title=").append(reference.getTitle());
            } else if (node instanceof LinkRef ref) {
                out.append(" defined=").append(ref.isDefined());
            } else if (node instanceof Link link) {
                out.append(" url=").append(link.getUrl()).append(" title=").append(link.getTitle());
            } else if (node instanceof Code code) {
                out.append(" code=").append(code.getText());
            }
            out.append('\n');
        }
        return out.toString();
    }
}
