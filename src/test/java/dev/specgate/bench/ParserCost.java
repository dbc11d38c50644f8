package dev.specgate.bench;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import dev.specgate.parse.MarkdownParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What each part of the parse costs, on the {@code .md} files below a folder, as ratios to flexmark's core parser
 * measured in the same run (rounds interleaved, medians): each extension the plugin enables, block parsers the
 * model could do without, and the plugin's whole parse (flexmark plus building the model).
 * {@code java -cp ... dev.specgate.bench.ParserCost FOLDER [ROUNDS]}.
 */
public final class ParserCost {

    private ParserCost() {}

    public static void main(String[] args) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            for (Path file :
                    walk.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"));
            }
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Map<String, Consumer<String>> configurations = new LinkedHashMap<>();
        configurations.put("flexmark core, no extension", flexmark(List.of(), null));
        configurations.put("+ tables", flexmark(List.of(TablesExtension.create()), null));
        configurations.put("+ yaml front matter", flexmark(List.of(YamlFrontMatterExtension.create()), null));
        configurations.put("+ task list items", flexmark(List.of(TaskListExtension.create()), null));
        List<Extension> all =
                List.of(TablesExtension.create(), YamlFrontMatterExtension.create(), TaskListExtension.create());
        configurations.put("the plugin's three extensions", flexmark(all, null));
        configurations.put("three extensions, no indented code", flexmark(all, Parser.INDENTED_CODE_BLOCK_PARSER));
        configurations.put("three extensions, no HTML blocks", flexmark(all, Parser.HTML_BLOCK_PARSER));
        configurations.put("three extensions, no block quotes", flexmark(all, Parser.BLOCK_QUOTE_PARSER));
        configurations.put(
                "three extensions, no reference definitions", flexmark(all, Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR));
        MarkdownParser plugin = new MarkdownParser();
        configurations.put("the plugin's parse (flexmark + model)", text -> plugin.parse("x.md", text));

        Map<String, long[]> times = new LinkedHashMap<>();
        configurations.keySet().forEach(k -> times.put(k, new long[rounds]));
        for (int warm = 0; warm < 2; warm++) {
            configurations.values().forEach(c -> texts.forEach(c));
        }
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, Consumer<String>> c : configurations.entrySet()) {
                long start = System.nanoTime();
                texts.forEach(c.getValue());
                times.get(c.getKey())[r] = System.nanoTime() - start;
            }
        }
        double core = median(times.get("flexmark core, no extension"));
        System.out.printf(
                "%d files, %d rounds; times relative to flexmark's core parser (%.0f ms)%n",
                texts.size(), rounds, core / 1e6);
        times.forEach((name, t) -> System.out.printf("%-48s %6.2f%n", name, median(t) / core));
    }

    /** flexmark's own parser with the plugin's options ({@link MarkdownParser#options()}) but these extensions. */
    private static Consumer<String> flexmark(List<Extension> extensions, DataKey<Boolean> off) {
        MutableDataSet options = MarkdownParser.options();
        options.set(Parser.EXTENSIONS, extensions);
        if (off != null) {
            options.set(off, false);
        }
        Parser parser = Parser.builder(options).build();
        return parser::parse;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
