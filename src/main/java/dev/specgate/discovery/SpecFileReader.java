package dev.specgate.discovery;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a spec or template file as text in a given encoding. A UTF-8 byte order mark is dropped; everything else,
 * line endings included, is kept as it is. Bytes the encoding cannot decode are an error naming the file and line.
 */
public final class SpecFileReader {

    private static final char BOM = '\uFEFF';

    private final Charset encoding;

    public SpecFileReader(Charset encoding) {
        this.encoding = encoding;
    }

    /**
     * Reads {@code file}.
     *
     * @param file the file to read
     * @param displayPath how messages name the file (relative to the project base directory)
     * @throws SpecReadException when the file is missing, unreadable or not valid in the encoding
     */
    public String read(Path file, String displayPath) throws SpecReadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SpecReadException("Cannot read " + displayPath + ": the file does not exist", e);
        } catch (IOException e) {
            throw new SpecReadException("Cannot read " + displayPath + ": " + e, e);
        }
        String text = decode(bytes, displayPath);
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    private String decode(byte[] bytes, String displayPath) throws SpecReadException {
        CharsetDecoder decoder = encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw notDecodable(bytes, in.position(), displayPath);
        }
        out.flip();
        return out.toString();
    }

    private SpecReadException notDecodable(byte[] bytes, int badByte, String displayPath) {
        int line = 1;
        for (int i = 0; i < badByte && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        String value = badByte < bytes.length ? String.format(" (byte 0x%02X)", bytes[badByte] & 0xFF) : "";
        String hint = StandardCharsets.UTF_8.equals(encoding)
                ? "save it as UTF-8 or set <encoding> (-Dspec.encoding) to the encoding it is written in"
                : "save it as " + encoding.name() + " or set <encoding> (-Dspec.encoding) to the encoding it is"
                        + " written in";
        return new SpecReadException(displayPath + ":" + line + ": not valid " + encoding.name() + value + "; " + hint);
    }
}
