package dev.specgate.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.specgate.rules.Requirement;
import dev.specgate.trace.RequirementTrace;
import dev.specgate.trace.TestRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Writes every requirement found to {@code requirements.json}: an array of {@code {id, file, line, text}} sorted
 * by file, then line, then ID, in UTF-8 with {@code \n} line endings, so the same specs give the same bytes.
 * {@code spec:trace} writes the same entries with each requirement's tests and their outcomes.
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
        requirements.stream().sorted(ORDER).map(RequirementsIndexWriter::entry).forEach(array::add);
        return write(array, outputDirectory);
    }

    /**
     * Writes the index of a trace: each requirement also gets {@code gated} (whether its spec is gated),
     * {@code status} ({@code verified}, {@code failing} or {@code untested}) and {@code tests}, the tests naming it
     * as {@code {test, outcome}} with outcome {@code passed}, {@code failed}, {@code errored}, {@code skipped} or
     * {@code not-run}.
     */
    public Path writeTraced(List<RequirementTrace> traces, Path outputDirectory) throws IOException {
        JsonArray array = new JsonArray();
        traces.stream()
                .sorted(Comparator.comparing(RequirementTrace::requirement, ORDER))
                .forEach(trace -> {
                    JsonObject entry = entry(trace.requirement());
                    entry.addProperty("gated", trace.gated());
                    entry.addProperty("status", trace.status().id());
                    JsonArray tests = new JsonArray();
                    for (TestRun run : trace.tests()) {
                        JsonObject test = new JsonObject();
                        test.addProperty("test", run.test());
                        test.addProperty("outcome", run.outcome().id());
                        tests.add(test);
                    }
                    entry.add("tests", tests);
                    array.add(entry);
                });
        return write(array, outputDirectory);
    }

    private static JsonObject entry(Requirement r) {
        JsonObject entry = new JsonObject();
        entry.addProperty("id", r.id());
        entry.addProperty("file", r.file());
        entry.addProperty("line", r.line());
        entry.addProperty("text", r.text());
        return entry;
    }

    private static Path write(JsonArray array, Path outputDirectory) throws IOException {
        Files.createDirectories(outputDirectory);
        Path file = outputDirectory.resolve(FILE_NAME);
        Files.writeString(file, JsonText.of(array), StandardCharsets.UTF_8);
        return file;
    }
}
