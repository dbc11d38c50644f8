package dev.specgate.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecFileReaderTest {

    @TempDir
    Path dir;

    private final SpecFileReader utf8 = new SpecFileReader(StandardCharsets.UTF_8);

    @Test
    void dropsUtf8ByteOrderMarkAndKeepsCrlf() throws Exception {
        Path file = write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "# Title\r\n\r\nCaf\u00e9\r\n");
        assertEquals("# Title\r\n\r\nCaf\u00e9\r\n", utf8.read(file, "docs/specs/a.md"));
    }

    @Test
    void malformedUtf8NamesFileLineAndRemedy() throws Exception {
        Path file = write(new byte[0], "# Title\n\nline three\n");
        byte[] latin1 = "Caf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, latin1, java.nio.file.StandardOpenOption.APPEND);
        SpecReadException e = assertThrows(SpecReadException.class, () -> utf8.read(file, "docs/specs/a.md"));
        assertEquals(
                "docs/specs/a.md:4: not valid UTF-8 (byte 0xE9); save it as UTF-8 or set <encoding>"
                        + " (-Dspec.encoding) to the encoding it is written in",
                e.getMessage());
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsText() throws Exception {
        Path file = write(new byte[0], "# Title\n\nGarbled \uFFFD here, and \uD83D\uDE00 there\n");
        assertEquals("# Title\n\nGarbled \uFFFD here, and \uD83D\uDE00 there\n", utf8.read(file, "a.md"));
    }

    @Test
    void anEncodedSurrogateIsNotUtf8() throws Exception {
        Path file = write(new byte[] {'o', 'k', '\n', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'}, "");
        SpecReadException e = assertThrows(SpecReadException.class, () -> utf8.read(file, "a.md"));
        assertEquals(
                "a.md:2: not valid UTF-8 (byte 0xED); save it as UTF-8 or set <encoding> (-Dspec.encoding) to the"
                        + " encoding it is written in",
                e.getMessage());
    }

    @Test
    void otherEncodingReadsLatin1() throws Exception {
        Path file = dir.resolve("latin.md");
        Files.write(file, "# Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("# Caf\u00e9\n", new SpecFileReader(StandardCharsets.ISO_8859_1).read(file, "latin.md"));
    }

    @Test
    void missingFileIsAClearError() {
        SpecReadException e =
                assertThrows(SpecReadException.class, () -> utf8.read(dir.resolve("gone.md"), "docs/specs/gone.md"));
        assertEquals(
                "Cannot read docs/specs/gone.md: the file does not exist (was it deleted while the build ran?)",
                e.getMessage());
    }

    @Test
    void emptyFileIsEmptyText() throws Exception {
        assertEquals("", utf8.read(write(new byte[0], ""), "empty.md"));
    }

    private Path write(byte[] prefix, String text) throws IOException {
        Path file = dir.resolve("a.md");
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        Files.write(file, all);
        return file;
    }
}
