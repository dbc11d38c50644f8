package dev.specgate.parse;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedOptionsSequence;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.specgate.model.SpecDocument;
import java.util.List;

/**
 * Parses Markdown text into a {@link SpecDocument}. One instance holds one configured flexmark parser and is meant
 * to be reused; it is thread-safe (each call builds its own AST and model).
 */
public final class MarkdownParser {

    private final Parser parser;

    public MarkdownParser() {
        Parser.Builder builder = Parser.builder(FirstCharacterBlockStarts.options(options()))
                .customInlineParserFactory(RegionMatchingInlineParser.FACTORY)
                // flexmark adds its reference definitions only with its own inline parser
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        FirstCharacterBlockStarts.factories().forEach(builder::customBlockParserFactory);
        parser = builder.build();
    }

    /**
     * flexmark's options as the plugin parses (its parser adds a cheaper inline parser and cheaper block starts,
     * {@code FirstCharacterBlockStarts}, which build the same tree): the extensions whose blocks the
     * model reads (tables, YAML front matter, task list items), with flexmark's MultiMarkdown table syntax turned off
     * where GitHub reads a table otherwise: {@code ||} is an empty cell, not a column span; one dash per column makes
     * a separator row; a {@code [bracketed]} line under a table is text, not the table's caption. Public for the
     * benchmark's raw parse, which must parse what the plugin parses.
     */
    public static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions =
                List.of(TablesExtension.create(), YamlFrontMatterExtension.create(), TaskListExtension.create());
        options.set(Parser.EXTENSIONS, extensions);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(TablesExtension.WITH_CAPTION, false);
        return options;
    }

    /**
     * flexmark's tree of a {@linkplain #normalized normalized} text as this parser reads it (and tests that compare
     * it with flexmark's own parser). Segmented sequences (a paragraph's lines inside a list item or a quote) are
     * flexmark's flat ones: its default tree-based ones keep a thread-local cache per sequence, which fills every
     * worker's thread-local map with entries the collector has to clear.
     */
    Document tree(String text) {
        return parser.parse(BasedSequence.of(BasedOptionsSequence.of(text, BasedSequence.F_FULL_SEGMENTED_SEQUENCES)));
    }

    /**
     * Parses one file.
     *
     * @param path the file as shown to users (relative to the project base directory, {@code /}-separated)
     * @param text the decoded text; a leading BOM is dropped and CRLF or CR line endings are read as LF, so line
     *     and column numbers are those an editor shows
     */
    public SpecDocument parse(String path, String text) {
        String normalized = normalized(text);
        return new DocumentBuilder(path, normalized, tree(normalized)).build();
    }

    /** The text as the parser reads it: without a leading BOM, with CRLF and CR line endings as LF. */
    static String normalized(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        return normalized.startsWith("\uFEFF") ? normalized.substring(1) : normalized;
    }
}
