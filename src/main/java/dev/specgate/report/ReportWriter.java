package dev.specgate.report;

import dev.specgate.engine.CheckResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes one machine-readable report of a check. Implementations are stateless and thread-safe. */
public interface ReportWriter {

    /** The report's file name, e.g. {@code spec-report.sarif}. */
    String fileName();

    /** The report's whole text; the same result and context always give the same text. */
    String render(CheckResult result, ReportContext context);

    /**
     * Writes the report as UTF-8 into {@code outputDirectory} (created when missing), replacing any earlier one.
     *
     * @return the file written
     */
    default Path write(CheckResult result, ReportContext context, Path outputDirectory) throws IOException {
        return write(result, context, outputDirectory, fileName());
    }

    /**
     * Writes the report like {@link #write(CheckResult, ReportContext, Path)} under another file name (another goal's
     * report of the same format).
     *
     * @return the file written
     */
    default Path write(CheckResult result, ReportContext context, Path outputDirectory, String fileName)
            throws IOException {
        Files.createDirectories(outputDirectory);
        Path file = outputDirectory.resolve(fileName);
        Files.writeString(file, render(result, context), StandardCharsets.UTF_8);
        return file;
    }
}
