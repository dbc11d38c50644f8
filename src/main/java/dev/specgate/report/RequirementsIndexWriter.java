package dev.specgate.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.specgate.rules.Requirement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Writes every requirement found to {@code requirements.json}: an array of {@code {id, file, line, text}} sorted
 * by file, then line, then ID, in UTF-8 with {@code \n} line endings, so the same specs give the same bytes.
 */
public final class RequirementsIndexWriter {

    /** The file name written in the output directory. */
    public static final String FILE_NAME = "requirements.json";

    private static final Comparator<Requirement> ORDER = Comparator.comparing(Requirement::file)
            .thenComparing(Requirement::location)
            .thenComparing(Requirement::id);

    /** Writes the index, creating the directory when needed, and returns the file written. */
    public Path write(List<Requirement> requirements, Path outputDirectory) throws IOException {
        JsonArray array = new JsonArray();
        requirements.stream().sorted(ORDER).forEach(r -> {
            JsonObject entry = new JsonObject();
            entry.addProperty("id", r.id());
            entry.addProperty("file", r.file());
            entry.addProperty("line", r.line());
            entry.addProperty("text", r.text());
            array.add(entry);
        });
        Files.createDirectories(outputDirectory);
        Path file = outputDirectory.resolve(FILE_NAME);
        Files.writeString(file, JsonText.of(array), StandardCharsets.UTF_8);
        return file;
    }
}
