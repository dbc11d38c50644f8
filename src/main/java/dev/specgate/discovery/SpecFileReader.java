package dev.specgate.discovery;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
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
        return text(bytes(file, displayPath), displayPath);
    }

    /**
     * Reads {@code file}'s bytes, undecoded.
     *
     * @throws SpecReadException when the file is missing (a dangling link, or deleted while the build runs), a
     *     directory or unreadable; the message names the file
     */
    public byte[] bytes(Path file, String displayPath) throws SpecReadException {
        if (Files.isDirectory(file)) {
            throw new SpecReadException("Cannot read " + displayPath + ": it is a directory, not a file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            String why = Files.isSymbolicLink(file)
                    ? "it is a symbolic link to " + linkTarget(file) + ", which does not exist"
                    : "the file does not exist (was it deleted while the build ran?)";
            throw new SpecReadException("Cannot read " + displayPath + ": " + why, e);
        } catch (AccessDeniedException e) {
            throw new SpecReadException(
                    "Cannot read " + displayPath + ": permission denied; make the file readable", e);
        } catch (IOException e) {
            throw new SpecReadException("Cannot read " + displayPath + ": " + e, e);
        } catch (OutOfMemoryError e) {
            throw new SpecReadException("Cannot read " + displayPath + ": the file is too large to check", e);
        }
    }

    /** Decodes bytes read from the file named {@code displayPath}, dropping a UTF-8 byte order mark. */
    public String text(byte[] bytes, String displayPath) throws SpecReadException {
        String text = decode(bytes, displayPath);
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "a missing file";
        }
    }

    private String decode(byte[] bytes, String displayPath) throws SpecReadException {
        if (StandardCharsets.UTF_8.equals(encoding)) {
            // The String constructor decodes UTF-8 without an intermediate buffer; it replaces malformed input with
            // U+FFFD, so only a text holding that character needs the strict decoder to tell what is wrong.
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
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
