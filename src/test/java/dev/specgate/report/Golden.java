package dev.specgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Compares a rendered report with {@code src/test/resources/report/<name>.golden}. Run the tests with
 * {@code -Dreport.golden.update=true} to rewrite the golden files after a deliberate change, then review the diff.
 */
final class Golden {

    private static final Path DIR = Path.of("src", "test", "resources", "report");

    private Golden() {}

    static void assertMatches(String name, String actual) throws IOException {
        Path file = DIR.resolve(name + ".golden");
        if (Boolean.getBoolean("report.golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            // Nothing was compared: say so instead of passing.
            Assumptions.abort("rewrote " + file + "; review the diff and run the tests again without the flag");
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from " + file);
    }
}
