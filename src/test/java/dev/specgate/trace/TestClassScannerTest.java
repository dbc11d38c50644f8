package dev.specgate.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specgate.trace.fixtures.MarkedRefundChecks;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the markers of {@link MarkedRefundChecks}, compiled with this test suite, from its class files. */
class TestClassScannerTest {

    private static final String OUTER = "dev.specgate.trace.fixtures.MarkedRefundChecks";
    private static final String SOURCE = "src/test/java/dev/specgate/trace/fixtures/MarkedRefundChecks.java";

    private final Path base = Path.of("").toAbsolutePath();
    private final TestClassScanner scanner = new TestClassScanner(base, List.of(base.resolve("src/test/java")));

    @Test
    void readsTagsAnnotationsDisplayNamesAndTestMethodNamesWithTheirLines() throws Exception {
        List<TestMarker> markers = scanner.scanClass(classFile("MarkedRefundChecks.class"));

        assertEquals(
                List.of(
                        classMarker(MarkerKind.TAG, "REQ-001"),
                        classMarker(MarkerKind.ANNOTATION, "REQ-002"),
                        classMarker(MarkerKind.ANNOTATION, "refunds/FR-1"),
                        methodMarker("tagged", MarkerKind.TAG, "REQ-003", 26),
                        methodMarker("tagged", MarkerKind.TAG, "slow", 26),
                        methodMarker("tagged", MarkerKind.METHOD_NAME, "tagged", 26),
                        methodMarker("annotatedAndNamed", MarkerKind.DISPLAY_NAME, "REQ-005 and REQ-006 are shown", 33),
                        methodMarker("annotatedAndNamed", MarkerKind.ANNOTATION, "REQ-004", 33),
                        methodMarker("annotatedAndNamed", MarkerKind.METHOD_NAME, "annotatedAndNamed", 33),
                        methodMarker("req007_amounts", MarkerKind.METHOD_NAME, "req007_amounts", 39)),
                markers);
    }

    @Test
    void aNestedClassHasItsOwnBinaryNameAndTheOuterSourceFile() throws Exception {
        List<TestMarker> markers = scanner.scanClass(classFile("MarkedRefundChecks$Refused.class"));

        String nested = OUTER + "$Refused";
        assertEquals(
                List.of(
                        new TestMarker(nested, Optional.empty(), MarkerKind.TAG, "REQ-008", SOURCE, 1),
                        new TestMarker(nested, Optional.empty(), MarkerKind.TAG, "REQ-009", SOURCE, 1),
                        new TestMarker(nested, Optional.of("refused"), MarkerKind.METHOD_NAME, "refused", SOURCE, 52)),
                markers);
    }

    @Test
    void withoutTheSourceFindingsPointAtTheClassFile() throws Exception {
        Path classFile = classFile("MarkedRefundChecks$Refused.class");
        List<TestMarker> markers = new TestClassScanner(base, List.of()).scanClass(classFile);

        String expected = base.relativize(classFile).toString().replace('\\', '/');
        assertTrue(expected.endsWith("dev/specgate/trace/fixtures/MarkedRefundChecks$Refused.class"), expected);
        assertEquals(
                List.of(expected),
                markers.stream().map(TestMarker::file).distinct().toList());
    }

    @Test
    void scanWalksTheDirectoryAndAMissingDirectoryHasNoMarkers(@TempDir Path dir) throws Exception {
        Path fixtures = Files.createDirectories(dir.resolve("classes/dev/specgate/trace/fixtures"));
        Files.copy(classFile("MarkedRefundChecks.class"), fixtures.resolve("MarkedRefundChecks.class"));
        Files.writeString(dir.resolve("classes/readme.txt"), "not a class");

        assertEquals(10, scanner.scan(dir.resolve("classes")).size());
        assertEquals(List.of(), scanner.scan(dir.resolve("nothing-here")));
    }

    @Test
    void aBrokenClassFileNamesTheFile(@TempDir Path dir) throws IOException {
        Path broken = Files.write(dir.resolve("Broken.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, 1, 2});

        TraceException e = assertThrows(TraceException.class, () -> scanner.scan(dir));

        assertTrue(e.getMessage().startsWith("Cannot read the test class " + broken + ": "), e.getMessage());
    }

    private static TestMarker classMarker(MarkerKind kind, String value) {
        return new TestMarker(OUTER, Optional.empty(), kind, value, SOURCE, 1);
    }

    private static TestMarker methodMarker(String method, MarkerKind kind, String value, int line) {
        return new TestMarker(OUTER, Optional.of(method), kind, value, SOURCE, line);
    }

    private static Path classFile(String name) throws URISyntaxException {
        Path classes = Path.of(MarkedRefundChecks.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        return classes.resolve("dev/specgate/trace/fixtures").resolve(name);
    }
}
