package dev.specgate.bench;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import dev.specgate.parse.MarkdownParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The floor the whole check is compared with: a cold JVM that reads every {@code .md} file below a folder and parses
 * it with flexmark's own parser (the extensions and options the plugin parses with, {@link MarkdownParser#options()}),
 * on one thread, keeping nothing. Run by
 * {@code src/test/bench/run-bench.sh}; {@code java -cp ... dev.specgate.bench.RawParse FOLDER}.
 */
public final class RawParse {

    private RawParse() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RawParse FOLDER");
            System.exit(2);
        }
        Parser parser = Parser.builder(MarkdownParser.options()).build();
        long files = 0;
        long lines = 0;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f))
                    .sorted()
                    .toList()) {
                Document document = parser.parse(Files.readString(file, StandardCharsets.UTF_8));
                lines += document.getLineCount();
                files++;
            }
        }
        System.out.println("parsed " + files + " files (" + lines + " lines)");
    }
}
