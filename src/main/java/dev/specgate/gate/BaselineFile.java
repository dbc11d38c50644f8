package dev.specgate.gate;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads and writes {@code spec-baseline.json} (format version 1), sorted so that diffs stay small. */
public final class BaselineFile {

    private static final int VERSION = 1;
    private static final Gson GSON =
            new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private BaselineFile() {}

    /** @throws BaselineException naming the file and what to do when it cannot be read */
    public static Baseline read(Path file) throws BaselineException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Content content = GSON.fromJson(in, Content.class);
            if (content == null || content.version != VERSION || content.findings == null) {
                throw new BaselineException(file + ": not a spec baseline (version " + VERSION
                        + "); recreate it with mvn spec:baseline -Dspec.baseline.overwrite");
            }
            return new Baseline(content.findings);
        } catch (IOException | JsonParseException e) {
            throw new BaselineException(file + ": cannot read the baseline (" + e.getMessage()
                    + "); fix the JSON or recreate it with mvn spec:baseline -Dspec.baseline.overwrite");
        }
    }

    public static void write(Baseline baseline, Path file) throws IOException {
        List<BaselineEntry> sorted = baseline.entries().stream()
                .sorted(java.util.Comparator.comparing(BaselineEntry::file)
                        .thenComparingInt(BaselineEntry::line)
                        .thenComparing(BaselineEntry::rule)
                        .thenComparing(BaselineEntry::fingerprint))
                .toList();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            GSON.toJson(new Content(VERSION, sorted), out);
            out.write("\n");
        }
    }

    /** The JSON shape. */
    private record Content(int version, List<BaselineEntry> findings) {}

    /** The baseline file exists but cannot be used. */
    public static final class BaselineException extends Exception {
        public BaselineException(String message) {
            super(message);
        }
    }
}
