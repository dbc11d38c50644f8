package dev.specgate.approval;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and writes {@code spec-approvals.lock}: JSON Lines, a header line {@code {"specApprovals":1}} and then one
 * JSON object per approval, sorted by spec and role. One line per approval keeps unrelated approvals apart, so that
 * with git's {@code union} merge driver two branches approving different specs merge without conflict.
 */
public final class ApprovalLockFile {

    /** The default file name, beside the specs. */
    public static final String DEFAULT_NAME = "spec-approvals.lock";

    private static final int VERSION = 1;
    private static final String HEADER = "{\"specApprovals\":" + VERSION + "}";
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private ApprovalLockFile() {}

    /**
     * Reads a lock file.
     *
     * @param display how messages name the file
     * @throws LockFileException naming the file and line of the first problem
     */
    public static ApprovalLock read(Path file, String display) throws LockFileException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LockFileException(display + ": cannot read the file (" + e.getMessage() + "); it must be a"
                    + " readable UTF-8 text file, as spec:approve writes it");
        }
        return parse(lines, display);
    }

    /** Parses the lines of a lock file; {@code display} names it in messages. */
    static ApprovalLock parse(List<String> lines, String display) throws LockFileException {
        List<ApprovalEntry> entries = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            int number = i + 1;
            if (text.isEmpty()) {
                continue;
            }
            String where = display + ":" + number + ": ";
            if (text.startsWith("<<<<<<<") || text.startsWith("=======") || text.startsWith(">>>>>>>")) {
                throw new LockFileException(where + "unresolved merge conflict: keep one line per spec and role,"
                        + " or delete the conflicting lines and run mvn spec:approve again");
            }
            if (!header) {
                if (!isHeader(text)) {
                    throw new LockFileException(where + "not an approvals lock file: the first line must be " + HEADER);
                }
                header = true;
                continue;
            }
            JsonObject object = object(text, where);
            ApprovalEntry entry = entry(object, where);
            String key = entry.spec() + "\u0000" + entry.role().toLowerCase(Locale.ROOT);
            Integer first = firstLine.putIfAbsent(key, number);
            if (first != null) {
                throw new LockFileException(where + "a second approval of " + entry.spec() + " by " + entry.role()
                        + " (the first is on line " + first + "), as a merge that kept both sides leaves: delete"
                        + " one of the lines, or both and run mvn spec:approve again");
            }
            entries.add(entry);
        }
        return new ApprovalLock(entries);
    }

    /** A line spec:approve did not write as it is: what is wrong, and how to get back to a file it can read. */
    private static LockFileException damaged(String where, String what) {
        return new LockFileException(where + what + "; restore the file from version control, or delete the line and"
                + " record that approval again with mvn spec:approve");
    }

    private static boolean isHeader(String text) {
        try {
            JsonElement version = object(text, "").get("specApprovals");
            return version != null
                    && version.isJsonPrimitive()
                    && version.getAsJsonPrimitive().isNumber()
                    && version.getAsInt() == VERSION;
        } catch (LockFileException e) {
            return false;
        }
    }

    private static JsonObject object(String text, String where) throws LockFileException {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw damaged(where, "more than one JSON value on the line");
            }
            if (!element.isJsonObject()) {
                throw damaged(where, "expected a JSON object, found " + text);
            }
            return element.getAsJsonObject();
        } catch (JsonParseException | IOException e) {
            throw damaged(where, "not valid JSON (" + reason(e) + ")");
        }
    }

    /** Gson's message without its troubleshooting link and JSON path, its column counted on the file's line. */
    private static String reason(Exception e) {
        String message = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        String first =
                message == null ? e.toString() : message.lines().findFirst().orElse("");
        int path = first.indexOf(" path $");
        return (path < 0 ? first : first.substring(0, path))
                .replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "malformed JSON")
                .replace(" at line 1 column ", " at column ");
    }

    private static ApprovalEntry entry(JsonObject object, String where) throws LockFileException {
        String spec = string(object, "spec", where);
        String role = string(object, "role", where);
        String name = string(object, "name", where);
        String dateText = string(object, "date", where);
        String hash = string(object, "hash", where);
        LocalDate date;
        try {
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            throw damaged(where, "\"date\" is \"" + dateText + "\", not a date in YYYY-MM-DD form");
        }
        JsonElement sections = object.get("sections");
        if (sections == null || !sections.isJsonObject()) {
            throw damaged(where, "missing \"sections\", an object of section hashes");
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> section : sections.getAsJsonObject().entrySet()) {
            if (!isString(section.getValue())) {
                throw damaged(where, "the hash of section \"" + section.getKey() + "\" is not a string");
            }
            hashes.put(section.getKey(), section.getValue().getAsString());
        }
        return new ApprovalEntry(spec, role, name, date, new ContentHashes(hash, hashes));
    }

    private static String string(JsonObject object, String field, String where) throws LockFileException {
        JsonElement value = object.get(field);
        if (value == null || !isString(value) || value.getAsString().isBlank()) {
            throw damaged(where, "missing \"" + field + "\"");
        }
        return value.getAsString();
    }

    private static boolean isString(JsonElement element) {
        return element.isJsonPrimitive() && element.getAsJsonPrimitive().isString();
    }

    /** The file's text: the header line, then one line per entry in {@link ApprovalEntry#ORDER}. */
    public static String format(ApprovalLock lock) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (ApprovalEntry entry : lock.entries()) {
            JsonObject object = new JsonObject();
            object.addProperty("spec", entry.spec());
            object.addProperty("role", entry.role());
            object.addProperty("name", entry.name());
            object.addProperty("date", entry.date().toString());
            object.addProperty("hash", entry.hashes().whole());
            JsonObject sections = new JsonObject();
            entry.hashes().sections().forEach(sections::addProperty);
            object.add("sections", sections);
            out.append(GSON.toJson(object)).append('\n');
        }
        return out.toString();
    }

    /** Writes the lock, creating missing parent directories. */
    public static void write(ApprovalLock lock, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, format(lock), StandardCharsets.UTF_8);
    }

    /** A lock file that cannot be used; the message names the file and line. */
    public static final class LockFileException extends Exception {
        public LockFileException(String message) {
            super(message);
        }
    }
}
